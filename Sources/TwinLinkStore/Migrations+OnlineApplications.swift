internal import GRDB

extension Migrations {
    /// Applications to an event's online meeting (issue 12): `applications.activity_id` names the
    /// meeting (`intro-<event id>`, `follow-up-<event id>`); empty for the event's study visit.
    static func addApplicationActivity(_ db: Database) throws {
        try db.alter(table: "applications") { t in
            t.add(column: "activity_id", .text)
        }
    }
}
