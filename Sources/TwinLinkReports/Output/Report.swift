public import TwinLinkDomain

/// The attendance and outcomes report for the city's management and the programme's funders:
/// sections of tables (each also a CSV file) and charts drawn from them.
public struct Report: Hashable, Sendable {
    public struct Section: Hashable, Sendable {
        /// The HTML anchor.
        public let id: String
        public let title: String
        /// What the section answers, in a sentence.
        public let intro: String
        public let charts: [BarChart]
        public let tables: [ReportTable]
    }

    /// The ISO 639-1 code of the language people read the report in (the CSV files stay
    /// language-neutral).
    public let language: String
    /// The programme's name.
    public let title: String
    /// Who reports: the coordinating unit.
    public let author: String
    public let period: ReportPeriod
    public let sections: [Section]
    /// Caveats a reader needs, such as activities without costs recorded.
    public let notes: [String]
    /// The activities the report covers, in the order of its tables.
    public let activityIDs: [Identifier<Activity>]
    /// The attendance conflicts at those activities.
    public let conflicts: [AttendanceConflict]

    /// Every table, in the order of the page.
    public var tables: [ReportTable] { sections.flatMap(\.tables) }
}
