internal import GRDB

extension Migrations {
    /// Planning: the programme's planning settings and holiday subdivision, partner cities'
    /// holiday subdivisions, planner notes on activities, and the programme's secrets.
    static func createPlanning(_ db: Database) throws {
        try db.alter(table: "programme") { t in
            t.add(column: "home_subdivision", .text)
            t.add(column: "planning", .jsonText).notNull().defaults(to: "{}")
            t.add(column: "calendars_path", .text)
        }
        try db.alter(table: "partner_cities") { t in
            t.add(column: "subdivision", .text)
        }
        try db.alter(table: "activities") { t in
            t.add(column: "notes", .jsonText).notNull().defaults(to: "[]")
        }
        try db.create(table: "programme_secrets") { t in
            t.primaryKey("name", .text)
            t.column("value", .text).notNull()
        }
    }
}
