internal import GRDB

extension Migrations {
    /// What the planner meant by an activity's title (a catalogue key with typed arguments, as
    /// JSON), so that each reader gets the title in their own language; empty for a title someone
    /// wrote. Agenda items keep theirs inside the `agenda` JSON.
    static func addActivityTitleMessage(_ db: Database) throws {
        try db.alter(table: "activities") { t in
            t.add(column: "title_message", .jsonText)
        }
    }
}
