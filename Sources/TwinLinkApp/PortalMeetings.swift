public import Foundation
import TwinLinkAllocation
public import TwinLinkDomain
import TwinLinkStore

/// Use case: 1:1 meetings on the SME portal. A firm requests meetings with the partner
/// enterprises of an event that has a 1:1 session; answers the requests partner enterprises made
/// to it (accept: the interest becomes mutual; decline: the request is retired, out of
/// scheduling); and sees its agenda once the session is scheduled, with the partner's contact only
/// for meetings both sides wanted. A firm only ever reaches its own requests.
public enum PortalMeetings {
    /// An event with a 1:1 session the firm can still take part in.
    public struct Session: Sendable {
        public var activity: Activity
        public var event: MutualEvent
        /// The partner enterprises of the event (of its host or invited cities).
        public var partners: [PartnerEnterprise]
    }

    /// One of the firm's requests and where it stands.
    public struct Entry: Sendable {
        public var request: MeetingRequest
        public var partner: PartnerEnterprise?
        public var event: MutualEvent?
        public var meeting: ScheduledMeeting?
        /// The partner's contact: only for meetings both sides wanted.
        public var contact: Person?
    }

    public struct Overview: Sendable {
        public var sessions: [Session]
        public var entries: [Entry]
    }

    public static func overview(
        of id: Identifier<LocalEnterprise>, workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> Overview {
        let path = workspace.databasePath
        return try await workspace.read { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            let events = Dictionary(uniqueKeysWithValues: registry.events.map { ($0.id, $0) })
            let partners = Dictionary(uniqueKeysWithValues: registry.partnerEnterprises.map { ($0.id, $0) })
            let people = Dictionary(uniqueKeysWithValues: registry.people.map { ($0.id, $0) })
            let meetings = Dictionary(
                try access.allScheduledMeetings().map { ($0.requestID, $0) }, uniquingKeysWith: { first, _ in first })
            let sessions = try access.activities().filter {
                $0.kind == .businessMeetings && $0.status != .cancelled && $0.start.instant > now
            }.compactMap { activity -> Session? in
                guard let event = events[activity.eventID] else { return nil }
                let cities: Set<Identifier<PartnerCity>> =
                    switch event.host {
                    case .partnerCity(let city): [city]
                    case .home: Set(event.invitedPartnerCityIDs)
                    }
                return Session(
                    activity: activity, event: event,
                    partners: registry.partnerEnterprises.filter { cities.contains($0.partnerCityID) })
            }
            let entries = registry.meetingRequests.filter { $0.enterpriseID == id }.map { request in
                let partner = partners[request.partnerEnterpriseID]
                let meeting = meetings[request.id]
                return Entry(
                    request: request, partner: partner, event: events[request.eventID], meeting: meeting,
                    contact: request.requestedBy == .both && meeting != nil
                        ? partner.flatMap { people[$0.contactPersonID] } : nil)
            }
            return Overview(sessions: sessions, entries: entries)
        }
    }

    /// Requests a meeting with `partnerID` at `eventID`'s 1:1 session.
    public static func request(
        _ id: Identifier<LocalEnterprise>, event eventText: String, partner partnerText: String, note: String,
        by actor: String, workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> Result<MeetingRequest, FieldProblems> {
        let overview = try await overview(of: id, workspace: workspace, now: now)
        var problems = FieldProblems()
        let session = overview.sessions.first { $0.event.id.rawValue == eventText }
        if session == nil { problems["event"] = "'\(eventText)' has no 1:1 session open to requests" }
        let partner = session?.partners.first { $0.id.rawValue == partnerText }
        if session != nil, partner == nil {
            problems["partner"] = "'\(partnerText)' is not a partner enterprise of this event"
        }
        if let partner, let session,
            overview.entries.contains(where: { $0.request.eventID == session.event.id && $0.partner?.id == partner.id })
        {
            problems["partner"] = "your firm has a request with \(partner.name) at this event already"
        }
        let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count > 500 { problems["note"] = "at most 500 characters, found \(trimmed.count)" }
        guard problems.isEmpty, let session, let partner else { return .failure(problems) }
        let path = workspace.databasePath
        return try await workspace.write { access in
            .success(
                try add(
                    event: session.event.id, firm: id, partner: partner.id, by: .sme, note: trimmed, actor: actor,
                    access: access, databasePath: path, now: now))
        }
    }

    /// Adds a meeting request to the registry (inside the caller's transaction), with the next
    /// free `mr-web-NNNN` id and an audit line.
    static func add(
        event: Identifier<MutualEvent>, firm: Identifier<LocalEnterprise>, partner: Identifier<PartnerEnterprise>,
        by requester: MeetingRequest.Requester, note: String, actor: String, access: RegistryAccess,
        databasePath: String, now: Date
    ) throws -> MeetingRequest {
        var registry = try Workspace.registry(in: access, databasePath: databasePath)
        let all = try access.registry(includingRetired: true) ?? registry
        let taken = Set(all.meetingRequests.map(\.id.rawValue))
        var number = all.meetingRequests.filter { $0.id.rawValue.hasPrefix("mr-web-") }.count + 1
        while taken.contains(String(format: "mr-web-%04d", number)) { number += 1 }
        let request = MeetingRequest(
            id: Identifier(trusted: String(format: "mr-web-%04d", number)), eventID: event, enterpriseID: firm,
            partnerEnterpriseID: partner, requestedBy: requester, weight: 2, note: note.isEmpty ? nil : note)
        registry.meetingRequests.append(request)
        _ = try access.apply(registry, source: "portal meeting request by \(actor)", at: now)
        try access.appendAudit(
            AuditEntry(
                at: now, actor: actor, action: "portal-meeting-request", subject: "meeting-request:\(request.id)",
                detail: "\(request.id) at \(event): \(firm) and \(partner), asked by \(requester.rawValue)"))
        return request
    }

    /// Answers a request a partner enterprise made to the firm: accept makes the interest mutual
    /// (highest weight), decline retires the request. Another firm's request is not found; a
    /// request already scheduled is changed only by the coordinator.
    public static func answer(
        _ requestText: String, of id: Identifier<LocalEnterprise>, accept: Bool, by actor: String,
        workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> MeetingRequest {
        let entry = try await overview(of: id, workspace: workspace, now: now).entries.first {
            $0.request.id.rawValue == requestText
        }
        guard let entry else { throw .notFound("no meeting request \(requestText) of \(id)") }
        guard entry.request.requestedBy == .partner else {
            throw .conflict("\(requestText) is not a request made to your firm awaiting an answer")
        }
        guard entry.meeting == nil else {
            throw .conflict("\(requestText) is scheduled already: ask the coordinator to change it")
        }
        let path = workspace.databasePath
        return try await workspace.write { access in
            try record(answer: accept, to: entry.request.id, by: actor, access: access, databasePath: path, now: now)
        }
    }

    /// Records the other side's answer to a request (inside the caller's transaction): accept makes
    /// the interest mutual with the highest weight, decline retires the request.
    static func record(
        answer accept: Bool, to id: Identifier<MeetingRequest>, by actor: String, access: RegistryAccess,
        databasePath: String, now: Date
    ) throws -> MeetingRequest {
        var registry = try Workspace.registry(in: access, databasePath: databasePath)
        guard let index = registry.meetingRequests.firstIndex(where: { $0.id == id }) else {
            throw TwinLinkError.notFound("no meeting request \(id)")
        }
        var request = registry.meetingRequests[index]
        if accept {
            request.requestedBy = .both
            request.weight = MeetingRequest.weights.upperBound
            registry.meetingRequests[index] = request
            _ = try access.apply(registry, source: "portal meeting answer by \(actor)", at: now)
        } else {
            try access.retireMeetingRequest(request.id.rawValue, at: now)
        }
        let answer = accept ? "accepted" : "declined"
        try access.appendAudit(
            AuditEntry(
                at: now, actor: actor, action: "portal-meeting-\(accept ? "accept" : "decline")",
                subject: "meeting-request:\(request.id)",
                detail: "\(request.id) of \(request.enterpriseID) and \(request.partnerEnterpriseID) \(answer)"))
        return request
    }
}
