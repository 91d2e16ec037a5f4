public import TwinLinkDomain
public import TwinLinkLocalization

/// Who holds a seat for a mutual event: the accepted applications of its study visit's latest
/// allocation run, each with its delegates up to its seats. Where no allocation was stored (a
/// visit held before the programme used TwinLink), every application that was not withdrawn
/// counts as accepted with all its delegates, and the report says so.
public struct Delegation: Hashable, Sendable {
    /// Where the seats come from.
    public enum Basis: Hashable, Sendable {
        case allocation(version: Int)
        case applicationsWithoutAllocation
    }

    public struct Member: Hashable, Sendable {
        public let application: Application
        public let seats: Int
        /// The firm's delegates who hold its seats, in the firm's order.
        public let delegates: [Identifier<Person>]
    }

    public let eventID: Identifier<MutualEvent>
    /// The study visit whose allocation decides the seats.
    public let visitID: Identifier<Activity>
    public let basis: Basis
    /// Accepted applications, by application id.
    public let members: [Member]

    /// The delegation of `event` from its applications and its visit's latest allocation, if any.
    public init(event: MutualEvent, applications: [Application], allocation: VisitAllocation?) {
        eventID = event.id
        visitID = Self.visitID(of: event)
        let own = applications.filter { $0.eventID == event.id && $0.activityID == nil }.sorted { $0.id < $1.id }
        if let allocation {
            basis = .allocation(version: allocation.version)
            members = own.compactMap { application in
                guard let seats = allocation.seats[application.id] else { return nil }
                return Member(
                    application: application, seats: seats,
                    delegates: Array(application.seatedDelegateIDs(seats: seats)))
            }
        } else {
            basis = .applicationsWithoutAllocation
            members = own.filter { !$0.isWithdrawn }.map {
                Member(application: $0, seats: $0.delegateIDs.count, delegates: $0.delegateIDs)
            }
        }
    }

    /// The id of the study visit planned for `event`: incoming when it is at home.
    public static func visitID(of event: MutualEvent) -> Identifier<Activity> {
        Activity.plannedID(event.host == .home ? .incomingStudyVisit : .outgoingStudyVisit, for: event.id)
    }

    /// Every delegate, in application order, each once.
    public var delegates: [Identifier<Person>] {
        var seen: Set<Identifier<Person>> = []
        return members.flatMap(\.delegates).filter { seen.insert($0).inserted }
    }

    /// The accepted application of `firm`, if it has one.
    public func member(for firm: Identifier<LocalEnterprise>) -> Member? {
        members.first { $0.application.enterpriseID == firm }
    }

    /// `allocation v2` or `applications (no allocation stored)`.
    /// What decided the seats, as a catalogue message for texts in the reader's language.
    public var basisMessage: Message {
        switch basis {
        case .allocation(let version): Message("report_basis_allocation", ["version": .verbatim(String(version))])
        case .applicationsWithoutAllocation: Message("report_basis_applications")
        }
    }

    public var basisText: String {
        switch basis {
        case .allocation(let version): "allocation v\(version)"
        case .applicationsWithoutAllocation: "applications (no allocation stored)"
        }
    }
}
