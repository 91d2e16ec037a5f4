import TwinLinkDomain

/// What attending an activity cost, as stored: the city's preparation work (hours in hundredths
/// at an hourly rate), hall and service, and the estimate of what each local delegate who came
/// paid themselves.
public struct AttendanceCosts: Hashable, Sendable {
    public var activityID: Identifier<Activity>
    public var preparationHoursHundredths: Int64
    public var hourlyRate: Money
    public var hall: Money
    public var service: Money
    public var smeCostPerDelegate: Money
    public var note: String?
    /// Where it came from: a cost sheet and line.
    public var source: String

    public init(
        activityID: Identifier<Activity>, preparationHoursHundredths: Int64, hourlyRate: Money, hall: Money,
        service: Money, smeCostPerDelegate: Money, note: String? = nil, source: String
    ) {
        self.activityID = activityID
        self.preparationHoursHundredths = preparationHoursHundredths
        self.hourlyRate = hourlyRate
        self.hall = hall
        self.service = service
        self.smeCostPerDelegate = smeCostPerDelegate
        self.note = note
        self.source = source
    }
}
