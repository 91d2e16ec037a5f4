public import TwinLinkDomain

/// The accepted applications of a study visit's latest allocation run and the seats each holds:
/// who sits in the delegation.
public struct VisitAllocation: Hashable, Sendable {
    public var activityID: Identifier<Activity>
    /// The run's version (1, 2, …), shown so that a reader knows which run the figures follow.
    public var version: Int
    /// Seats per accepted application.
    public var seats: [Identifier<Application>: Int]

    public init(activityID: Identifier<Activity>, version: Int, seats: [Identifier<Application>: Int]) {
        self.activityID = activityID
        self.version = version
        self.seats = seats
    }
}
