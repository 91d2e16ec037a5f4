public import TwinLinkDomain

/// What the allocation needs to know about the activity: its days (in the home city's zone) and
/// the counterparts whose sectors earn priority points.
public struct AllocationActivity: Hashable, Sendable, Codable {
    public var id: Identifier<Activity>
    public var title: String
    public var firstDay: LocalDate
    public var lastDay: LocalDate
    /// The partner city visited, or for a visit hosted at home the cities invited.
    public var partnerCities: [PartnerCityProfile]
    /// The partner enterprises of those cities, with the sectors they want contacts in.
    public var partnerInterests: [PartnerInterest]

    public init(
        id: Identifier<Activity>, title: String, firstDay: LocalDate, lastDay: LocalDate,
        partnerCities: [PartnerCityProfile] = [], partnerInterests: [PartnerInterest] = []
    ) {
        self.id = id
        self.title = title
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.partnerCities = partnerCities
        self.partnerInterests = partnerInterests
    }
}
