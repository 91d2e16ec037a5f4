public import Foundation
public import TwinLinkDomain
import TwinLinkStore

/// Use case: the partner-city portal's agendas. A partner city sees the delegations of local firms
/// coming to it (the study visits to its events that are not cancelled or over: dates, programme,
/// the visiting firms), and the 1:1 agendas of its own enterprises. Under the regulations' access
/// rule a visiting firm is named with its profile only when it published it (consented to the
/// information material), and its contact person is shown only for a 1:1 meeting both sides
/// accepted and the coordinator scheduled. Another city's visit is not found.
public enum PortalPartnerAgendas {
    /// A delegation of local firms coming to the city.
    public struct Delegation: Sendable {
        public var visit: Activity
        public var event: MutualEvent
        public var firms: [VisitingFirm]
        /// How many seated firms did not publish their profile (not named).
        public var unpublished: Int
        /// Whether the allocation that seats the firms is still provisional.
        public var provisional: Bool
    }

    /// A firm of a delegation that published its profile.
    public struct VisitingFirm: Sendable {
        public var firm: LocalEnterprise
        /// The firm's contact person: only when one of its 1:1 meetings with the city's enterprises
        /// was accepted by both sides and is scheduled.
        public var contact: Person?
    }

    /// A scheduled 1:1 meeting of one of the city's enterprises.
    public struct Meeting: Sendable {
        public var meeting: ScheduledMeeting
        public var request: MeetingRequest
        public var event: MutualEvent?
        public var partner: PartnerEnterprise
        /// The local firm when it published its profile; `nil` otherwise.
        public var firm: LocalEnterprise?
        /// The local firm's contact: only for a meeting both sides accepted.
        public var contact: Person?
    }

    public struct Agendas: Sendable {
        public var delegations: [Delegation]
        public var meetings: [Meeting]
    }

    /// The delegations coming to `city` and its enterprises' 1:1 agendas, as of `now`.
    public static func agendas(
        of city: Identifier<PartnerCity>, workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> Agendas {
        let path = workspace.databasePath
        return try await workspace.read { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            let seating = try Seating(registry: registry, in: access)
            let events = Dictionary(uniqueKeysWithValues: registry.events.map { ($0.id, $0) })
            let firms = Dictionary(uniqueKeysWithValues: registry.enterprises.map { ($0.id, $0) })
            let people = Dictionary(uniqueKeysWithValues: registry.people.map { ($0.id, $0) })
            let own = Dictionary(
                uniqueKeysWithValues: registry.partnerEnterprises.filter { $0.partnerCityID == city }.map {
                    ($0.id, $0)
                })
            let requests = registry.meetingRequests.filter { own[$0.partnerEnterpriseID] != nil }
            let scheduled = Dictionary(
                try access.allScheduledMeetings().map { ($0.requestID, $0) }, uniquingKeysWith: { first, _ in first })
            // The access rule: contacts only between parties that both accepted a scheduled meeting.
            let acquainted = Set(
                requests.filter { $0.requestedBy == .both && scheduled[$0.id] != nil }.map(\.enterpriseID))
            func contact(of firm: LocalEnterprise) -> Person? {
                acquainted.contains(firm.id) ? people[firm.contactPersonID] : nil
            }
            let delegations = try access.activities().compactMap { visit -> Delegation? in
                guard visit.kind == .outgoingStudyVisit, visit.status != .cancelled, visit.end.instant > now,
                    let event = events[visit.eventID], event.host == .partnerCity(city)
                else { return nil }
                let seats = seating.firms(for: event.id) ?? [:]
                let seated = seats.keys.sorted { $0.rawValue < $1.rawValue }.compactMap { firms[$0] }
                let published = seated.filter(\.profileConsent)
                return Delegation(
                    visit: visit, event: event,
                    firms: published.map { VisitingFirm(firm: $0, contact: contact(of: $0)) },
                    unpublished: seated.count - published.count,
                    provisional: seats.values.contains(.provisional))
            }.sorted { ($0.visit.start.instant, $0.visit.id.rawValue) < ($1.visit.start.instant, $1.visit.id.rawValue) }
            let meetings = requests.compactMap { request -> Meeting? in
                guard let meeting = scheduled[request.id], let partner = own[request.partnerEnterpriseID] else {
                    return nil
                }
                // Named when it published its profile, or accepted this very meeting.
                let firm = firms[request.enterpriseID].flatMap {
                    $0.profileConsent || request.requestedBy == .both ? $0 : nil
                }
                return Meeting(
                    meeting: meeting, request: request, event: events[request.eventID], partner: partner, firm: firm,
                    contact: request.requestedBy == .both
                        ? firms[request.enterpriseID].flatMap { people[$0.contactPersonID] } : nil)
            }.sorted {
                ($0.meeting.start.instant, $0.partner.name, $0.request.id.rawValue)
                    < ($1.meeting.start.instant, $1.partner.name, $1.request.id.rawValue)
            }
            return Agendas(delegations: delegations, meetings: meetings)
        }
    }

    /// One delegation coming to `city`; another city's visit, or none, is not found.
    public static func delegation(
        _ visitID: String, of city: Identifier<PartnerCity>, workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> Delegation {
        guard
            let found = try await agendas(of: city, workspace: workspace, now: now).delegations.first(where: {
                $0.visit.id.rawValue == visitID
            })
        else {
            throw .notFound("no delegation '\(visitID)' coming to your city")
        }
        return found
    }
}
