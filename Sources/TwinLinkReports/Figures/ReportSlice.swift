import TwinLinkDomain

/// A part of the report's scope that one row of a breakdown counts: some activities, and which
/// people, firms, meetings and outcomes within them.
struct ReportSlice {
    /// How the row counts its activities.
    enum ActivityCount {
        /// Every activity of the slice.
        case all
        /// Those at which someone the slice counts was expected or recorded.
        case withCountedPeople
    }

    var activities: [Activity]
    var activityCount: ActivityCount = .all
    var person: (Identifier<Person>) -> Bool = { _ in true }
    var firm: (Identifier<LocalEnterprise>) -> Bool = { _ in true }
    var meeting: (MeetingRequest) -> Bool = { _ in true }
    var outcome: (RecordedOutcome) -> Bool = { _ in true }
}
