import TwinLinkDomain

/// The activities a report covers, with the lookups every table uses: those not cancelled whose
/// first day lies in the period, by first day, start and id.
struct ReportScope {
    let index: RecordsIndex
    let period: ReportPeriod
    let activities: [Activity]
    let calculator: FiguresCalculator
    /// The language people read the report in.
    let language: ReportLanguage

    init(records: ProgrammeRecords, period: ReportPeriod, language: ReportLanguage) {
        self.language = language
        index = RecordsIndex(records)
        self.period = period
        activities = records.activities.filter { $0.status != .cancelled && period.contains($0.firstLocalDay) }
            .sorted { ($0.firstLocalDay, $0.start, $0.id) < ($1.firstLocalDay, $1.start, $1.id) }
        calculator = FiguresCalculator(index: index)
    }

    var currency: CurrencyCode { index.records.registry.programme.currency }

    /// The events of the activities in scope, by first day and id.
    var events: [MutualEvent] {
        let ids = Set(activities.map(\.eventID))
        return index.events.values.filter { ids.contains($0.id) }
            .sorted { ($0.schedule.firstDay, $0.id) < ($1.schedule.firstDay, $1.id) }
    }

    /// Applications not withdrawn to the events in scope, by id.
    var applications: [Application] {
        let ids = Set(activities.map(\.eventID))
        return index.records.registry.applications.filter { ids.contains($0.eventID) && !$0.isWithdrawn }
            .sorted { $0.id < $1.id }
    }

    /// Whether an application holds a seat, and how many.
    func seats(of application: Application) -> Int? {
        index.delegations[application.eventID]?.members.first { $0.application.id == application.id }?.seats
    }

    /// The NACE section of a firm's main activity; `nil` without sectors.
    func section(of firm: Identifier<LocalEnterprise>) -> NACESection? {
        index.firms[firm]?.mainSector?.section
    }

    /// `C Manufacturing`, or `(no sector)`.
    static func label(_ section: NACESection?) -> String {
        section.map { "\($0.letter) \($0.title)" } ?? "(no sector)"
    }

    /// `2026-Q3`: the calendar quarter of a day.
    static func quarter(of day: LocalDate) -> String { "\(day.year)-Q\((day.month - 1) / 3 + 1)" }

    /// The catalogue key of an activity kind's name: `report_kind_outgoing_visit`.
    static func kindKey(_ kind: Activity.Kind) -> String { "report_kind_" + kind.rawValue }

    /// `outgoing visit`, `online introduction`, …
    static func label(_ kind: Activity.Kind) -> String {
        switch kind {
        case .outgoingStudyVisit: "outgoing visit"
        case .incomingStudyVisit: "incoming visit"
        case .onlineIntroduction: "online introduction"
        case .onlineFollowUp: "online follow-up"
        case .businessMeetings: "1:1 meetings"
        }
    }
}
