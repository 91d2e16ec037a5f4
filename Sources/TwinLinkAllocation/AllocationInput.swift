public import TwinLinkDomain

/// Everything one allocation run depends on. The same input always gives the same result.
public struct AllocationInput: Hashable, Sendable, Codable {
    public var activity: AllocationActivity
    public var rules: ActivityRules
    public var processingOrder: [ProcessingStep]
    /// The city firms must be located in (its postcodes unless the rules name others) and whose
    /// zone dates are read in.
    public var homeCity: HomeCity
    public var applicants: [Applicant]
    public var travelHistory: TravelHistory
    public var overrides: [ManualOverride]
    /// The seats a re-run keeps; `nil` for a first run.
    public var previous: PreviousAllocation?
    /// Breaks ties in the priority score; stored with the run.
    public var seed: UInt64
    /// The day of the run in the home city's zone. A run on or before the day applications close
    /// is provisional: later applications may still come in.
    public var runDay: LocalDate

    public init(
        activity: AllocationActivity, rules: ActivityRules,
        processingOrder: [ProcessingStep] = ProcessingStep.standardOrder,
        homeCity: HomeCity, applicants: [Applicant], travelHistory: TravelHistory = TravelHistory(),
        overrides: [ManualOverride] = [], previous: PreviousAllocation? = nil, seed: UInt64, runDay: LocalDate
    ) {
        self.activity = activity
        self.rules = rules
        self.processingOrder = processingOrder
        self.homeCity = homeCity
        self.applicants = applicants.sorted { $0.application.id < $1.application.id }
        self.travelHistory = travelHistory
        self.overrides = overrides
        self.previous = previous
        self.seed = seed
        self.runDay = runDay
    }

    /// The activity's deadlines as dates.
    public var deadlines: Deadlines { rules.deadlines.dates(forStart: activity.firstDay) }

    /// Whether the run comes before applications close, so that its result may still change.
    public var isProvisional: Bool { runDay <= deadlines.applicationsClose }
}
