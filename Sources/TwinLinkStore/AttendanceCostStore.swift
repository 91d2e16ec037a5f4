internal import GRDB
public import TwinLinkDomain

extension RegistryAccess {
    /// The costs recorded per activity, by activity.
    public func attendanceCosts() throws -> [ActivityCosts] {
        try run { db in try AttendanceCostRow.order(Column("activity_id")).fetchAll(db).map { try $0.domain() } }
    }

    /// Saves activities' costs in one transaction, each replacing what was stored for its activity.
    @discardableResult
    public func saveAttendanceCosts(_ costs: [ActivityCosts]) throws -> RegistryChanges.Table {
        try run { db in try Self.upsertCosts(costs, db) }
    }

    static func upsertCosts(_ costs: [ActivityCosts], _ db: Database) throws -> RegistryChanges.Table {
        var table = RegistryChanges.Table(name: AttendanceCostRow.databaseTableName)
        for cost in costs {
            let row = AttendanceCostRow(cost)
            if let old = try AttendanceCostRow.fetchOne(db, key: row.activityId) {
                if old == row {
                    table.unchanged += 1
                } else {
                    try row.update(db)
                    table.updated += 1
                }
            } else {
                try row.insert(db)
                table.inserted += 1
            }
        }
        return table
    }
}
