import TwinLinkDomain
import TwinLinkStore

/// Who holds a seat: the one rule that the 1:1 sessions, the invites, the briefing packs and the
/// reports follow. A firm is seated for an event when an application of its is accepted in the
/// latest allocation run of the event's study visit: for sure when that run is final,
/// provisionally while it is not. Its seated delegates are the first `seats` delegates its
/// application names. An event nobody applies to seats everybody who asked for a meeting.
struct Seating: Sendable {
    /// How sure a seat is.
    enum Seat: Sendable, Equatable {
        case final
        /// The allocation is provisional: the firm takes part in a 1:1 session only when the
        /// coordinator schedules before the allocation is final, and then its invites say so.
        case provisional
    }

    private let appliedEvents: Set<Identifier<MutualEvent>>
    private let hosts: [Identifier<MutualEvent>: EventHost]
    /// Accepted applications of every activity's latest run, final and provisional.
    let accepted: [AcceptedApplication]
    /// The firms each study visit seats, made once (every session and invite asks).
    private let seated: [Identifier<Activity>: [Identifier<LocalEnterprise>: Seat]]

    init(registry: Registry, accepted: [AcceptedApplication]) {
        let applications = Dictionary(uniqueKeysWithValues: registry.applications.map { ($0.id, $0) })
        self.appliedEvents = Set(registry.applications.filter { $0.activityID == nil }.map(\.eventID))
        self.hosts = Dictionary(uniqueKeysWithValues: registry.events.map { ($0.id, $0.host) })
        self.accepted = accepted
        var seated: [Identifier<Activity>: [Identifier<LocalEnterprise>: Seat]] = [:]
        for seat in accepted {
            guard let firm = applications[seat.applicationID]?.enterpriseID else { continue }
            if seated[seat.activityID]?[firm] != .final {
                seated[seat.activityID, default: [:]][firm] = seat.provisional ? .provisional : .final
            }
        }
        self.seated = seated
    }

    init(registry: Registry, in access: RegistryAccess) throws {
        self.init(registry: registry, accepted: try access.acceptedApplications(includingProvisional: true))
    }

    /// The study visit whose allocation seats the delegation of `event`.
    func visit(of event: Identifier<MutualEvent>) -> Identifier<Activity> {
        Activity.plannedID(hosts[event] == .home ? .incomingStudyVisit : .outgoingStudyVisit, for: event)
    }

    /// The firms seated for `event`, with how sure each seat is; `nil` when nobody applies for
    /// the event's seats (then every firm that asked for a meeting takes part).
    func firms(for event: Identifier<MutualEvent>) -> [Identifier<LocalEnterprise>: Seat]? {
        guard appliedEvents.contains(event) else { return nil }
        return seated[visit(of: event)] ?? [:]
    }

    /// Whether `firm` takes part in the 1:1 session of `event`: seated for sure, or provisionally
    /// when `provisional` (the coordinator chose to schedule before the allocation is final).
    func meets(_ firm: Identifier<LocalEnterprise>, at event: Identifier<MutualEvent>, provisional: Bool) -> Bool {
        guard let firms = firms(for: event) else { return true }
        switch firms[firm] {
        case .final: return true
        case .provisional: return provisional
        case nil: return false
        }
    }

    /// The seated delegates of an accepted application: the first `seats` delegates it names.
    static func delegates(of application: Application, seats: Int) -> ArraySlice<Identifier<Person>> {
        application.seatedDelegateIDs(seats: seats)
    }
}
