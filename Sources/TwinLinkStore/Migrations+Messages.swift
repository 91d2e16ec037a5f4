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

    /// The notes the engine writes (an allocation version's, an activity's) as messages, JSON
    /// beside the English `notes`, so that each reader gets them in their own language; empty for
    /// rows written before. (Decisions and score lines keep their messages inside `detail`.)
    static func addEngineNoteMessages(_ db: Database) throws {
        try db.alter(table: "allocation_runs") { t in
            t.add(column: "note_messages", .jsonText)
        }
        try db.alter(table: "activities") { t in
            t.add(column: "note_messages", .jsonText)
        }
    }
}
