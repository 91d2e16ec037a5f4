internal import GRDB

extension Migrations {
    /// Each person's reading language (`language` in `people.csv`): empty for the default, the
    /// first language of the organisation's country that the programme offers.
    static func addPeopleLanguage(_ db: Database) throws {
        try db.alter(table: "people") { t in
            t.add(column: "language", .text)
        }
    }
}
