/// What an activity cost: the city's part (preparation work at an hourly rate, the hall, the
/// service) and the estimate of what each local delegate paid themselves (travel, stay, fees),
/// the split that the programme's funders ask for.
public struct ActivityCosts: Hashable, Sendable {
    public var activityID: Identifier<Activity>
    public var preparationHours: WorkHours
    public var hourlyRate: Money
    /// Hall or room hire.
    public var hall: Money
    /// Service: catering, interpreting, technicians.
    public var service: Money
    /// What one local delegate who came paid for themselves, estimated (often the regulations'
    /// self-paid costs: travel, accommodation and fees).
    public var smeCostPerDelegate: Money
    public var note: String?
    /// Where it came from: a cost sheet and line (`nil` when it does not matter).
    public var source: String?

    public init(
        activityID: Identifier<Activity>, preparationHours: WorkHours, hourlyRate: Money, hall: Money, service: Money,
        smeCostPerDelegate: Money, note: String? = nil, source: String? = nil
    ) {
        self.activityID = activityID
        self.preparationHours = preparationHours
        self.hourlyRate = hourlyRate
        self.hall = hall
        self.service = service
        self.smeCostPerDelegate = smeCostPerDelegate
        self.note = note
        self.source = source
    }

    /// Preparation hours at the hourly rate, rounded half up to the cent.
    public var preparation: Money { preparationHours.cost(at: hourlyRate) }

    /// Preparation, hall and service.
    public var cityTotal: Money {
        Money(cents: preparation.cents + hall.cents + service.cents, currency: hourlyRate.currency)
    }
}
