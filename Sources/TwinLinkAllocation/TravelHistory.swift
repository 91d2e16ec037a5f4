public import TwinLinkDomain

/// The study visits firms went on with the programme, for rotation: firms that travelled
/// recently rank lower, newcomers higher.
public struct TravelHistory: Hashable, Sendable, Codable {
    public private(set) var trips: [Identifier<LocalEnterprise>: [Trip]]

    public init(trips: [Trip] = []) {
        self.trips = Dictionary(grouping: trips, by: \.enterpriseID).mapValues {
            $0.sorted { ($0.lastDay, $0.activityID) < ($1.lastDay, $1.activityID) }
        }
    }

    /// Trips of `enterprise` that ended before `day`, oldest first.
    public func trips(of enterprise: Identifier<LocalEnterprise>, endingBefore day: LocalDate) -> [Trip] {
        guard let list = trips[enterprise] else { return [] }
        return list.filter { $0.lastDay < day }
    }

    /// One trip: a seat taken on a study visit.
    public struct Trip: Hashable, Sendable, Codable {
        public var enterpriseID: Identifier<LocalEnterprise>
        public var activityID: Identifier<Activity>
        /// The visit's last day.
        public var lastDay: LocalDate

        public init(enterpriseID: Identifier<LocalEnterprise>, activityID: Identifier<Activity>, lastDay: LocalDate) {
            self.enterpriseID = enterpriseID
            self.activityID = activityID
            self.lastDay = lastDay
        }
    }
}
