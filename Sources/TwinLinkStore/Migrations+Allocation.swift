internal import GRDB

extension Migrations {
    /// Allocation: the regulations stored with the registry, what each run needs besides its
    /// seed and hash (provisional or final, its cause, seats, quotas and notes), each decision's
    /// full detail, withdrawals recorded with `twinlink withdraw` (apart from the registry's own
    /// `applications.withdrawn_at`, which every import rewrites) and coordinators' overrides.
    static func createAllocation(_ db: Database) throws {
        try db.create(table: "regulations") { t in
            t.column("id", .integer).primaryKey().check { $0 == 1 }
            t.column("rules", .jsonText).notNull()
            t.column("saved_at", .text).notNull()
        }
        try db.alter(table: "allocation_runs") { t in
            t.add(column: "provisional", .boolean).notNull().defaults(to: false)
            t.add(column: "cause", .text).notNull().defaults(to: "")
            t.add(column: "seats", .integer).notNull().defaults(to: 0)
            t.add(column: "quotas", .jsonText).notNull().defaults(to: "[]")
            t.add(column: "notes", .jsonText).notNull().defaults(to: "[]")
        }
        try db.alter(table: "allocation_decisions") { t in
            t.add(column: "detail", .jsonText).notNull().defaults(to: "{}")
        }
        try db.create(table: "allocation_withdrawals") { t in
            t.primaryKey("application_id", .text).references("applications")
            t.column("at", .text).notNull()
            t.column("recorded_by", .text).notNull()
            t.column("reason", .text)
        }
        try db.create(table: "allocation_overrides") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("application_id", .text).indexed().references("applications").notNull()
            t.column("action", .text).notNull().check { ["accept", "reject"].contains($0) }
            t.column("seats", .integer)
            t.column("actor", .text).notNull()
            t.column("reason", .text).notNull()
            t.column("at", .text).notNull()
        }
        try db.create(index: "audit_log_subject", on: "audit_log", columns: ["subject", "id"])
    }
}
