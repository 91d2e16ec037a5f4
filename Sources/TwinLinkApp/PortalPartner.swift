public import Foundation
import TwinLinkAllocation
public import TwinLinkDomain
public import TwinLinkStore

/// Use case: the partner-city portal. A partner city's account sees its own city's enterprises
/// with their offers and needs, the meeting requests that involve them, the local firms' published
/// profiles (those that consented to the information material), and marks firms of interest with
/// a note (step 4 of the programme). It never sees another city's records.
public enum PortalPartner {
    public struct View: Sendable {
        public var city: PartnerCity
        public var enterprises: [PartnerEnterprise]
        public var requests: [MeetingRequest]
        /// The local firms in the information material: consented to appear in it.
        public var published: [LocalEnterprise]
        public var interests: [PortalInterest]
        /// The events the city hosts, by start.
        public var events: [MutualEvent]
        public var eventNames: [Identifier<MutualEvent>: String]
        /// The names of the published local firms only: others stay unnamed.
        public var firmNames: [Identifier<LocalEnterprise>: String]
        /// The URL of the city's events feed, with its last fetch.
        public var feed: PartnerFeed?
    }

    public static func view(
        of id: Identifier<PartnerCity>, workspace: Workspace
    ) async throws(TwinLinkError) -> View {
        let path = workspace.databasePath
        return try await workspace.read { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            guard let city = registry.partnerCities.first(where: { $0.id == id }) else {
                throw TwinLinkError.notFound("no partner city \(id) in the registry")
            }
            let enterprises = registry.partnerEnterprises.filter { $0.partnerCityID == id }
            let own = Set(enterprises.map(\.id))
            return View(
                city: city, enterprises: enterprises,
                requests: registry.meetingRequests.filter { own.contains($0.partnerEnterpriseID) },
                published: registry.enterprises.filter(\.profileConsent),
                interests: try access.interests(of: id.rawValue),
                events: registry.events.filter { $0.host == .partnerCity(id) }.sorted {
                    ($0.schedule.firstDay.iso, $0.id.rawValue) < ($1.schedule.firstDay.iso, $1.id.rawValue)
                },
                eventNames: Dictionary(uniqueKeysWithValues: registry.events.map { ($0.id, $0.name) }),
                firmNames: Dictionary(
                    uniqueKeysWithValues: registry.enterprises.filter(\.profileConsent).map { ($0.id, $0.legalName) }),
                feed: try access.partnerFeed(of: id.rawValue))
        }
    }

    /// Marks a published local firm as of interest to the city, with a note.
    public static func markInterest(
        city: Identifier<PartnerCity>, firm: String, note: String, by actor: String, workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> Result<PortalInterest, FieldProblems> {
        let path = workspace.databasePath
        return try await workspace.write { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            var problems = FieldProblems()
            // Only firms in the published material: an id of a firm that did not consent is unknown here.
            if !registry.enterprises.contains(where: { $0.id.rawValue == firm && $0.profileConsent }) {
                problems["firm"] = "'\(firm)' is not a firm of the information material"
            }
            let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.count > 1000 { problems["note"] = "at most 1000 characters, found \(trimmed.count)" }
            guard problems.isEmpty else { return .failure(problems) }
            let interest = PortalInterest(
                partnerCityID: city.rawValue, enterpriseID: firm, note: trimmed, at: now, actor: actor)
            try access.recordInterest(interest)
            try access.appendAudit(
                AuditEntry(
                    at: now, actor: actor, action: "portal-partner-interest", subject: "partner-city:\(city)",
                    detail: "\(city) marked \(firm) of interest"))
            return .success(interest)
        }
    }

    /// The events with a 1:1 session still to come that involve `city` (it hosts or is invited).
    public static func sessions(
        of city: Identifier<PartnerCity>, workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> [(Activity, MutualEvent)] {
        let path = workspace.databasePath
        return try await workspace.read { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            let events = Dictionary(uniqueKeysWithValues: registry.events.map { ($0.id, $0) })
            return try access.activities().compactMap { activity -> (Activity, MutualEvent)? in
                guard activity.kind == .businessMeetings, activity.status != .cancelled, activity.start.instant > now,
                    let event = events[activity.eventID]
                else { return nil }
                let involved =
                    switch event.host {
                    case .partnerCity(let host): host == city
                    case .home: event.invitedPartnerCityIDs.contains(city)
                    }
                return involved ? (activity, event) : nil
            }
        }
    }

    /// Requests a 1:1 meeting for one of the city's enterprises with a local firm of the
    /// information material, at an event with a 1:1 session that involves the city.
    public static func requestMeeting(
        city: Identifier<PartnerCity>, partner: String, firm: String, event: String, note: String, by actor: String,
        workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> Result<MeetingRequest, FieldProblems> {
        let view = try await view(of: city, workspace: workspace)
        let sessions = try await sessions(of: city, workspace: workspace, now: now)
        var problems = FieldProblems()
        let own = view.enterprises.first { $0.id.rawValue == partner }
        if own == nil { problems["partner"] = "'\(partner)' is not an enterprise of \(view.city.name)" }
        let local = view.published.first { $0.id.rawValue == firm }
        if local == nil { problems["firm"] = "'\(firm)' is not a firm of the information material" }
        let session = sessions.first { $0.1.id.rawValue == event }
        if session == nil { problems["event"] = "'\(event)' has no 1:1 session open to \(view.city.name)" }
        let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count > 500 { problems["note"] = "at most 500 characters, found \(trimmed.count)" }
        guard problems.isEmpty, let own, let local, let session else { return .failure(problems) }
        let path = workspace.databasePath
        return try await workspace.write { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            if registry.meetingRequests.contains(where: {
                $0.eventID == session.1.id && $0.enterpriseID == local.id && $0.partnerEnterpriseID == own.id
            }) {
                var problems = FieldProblems()
                problems["firm"] = "\(own.name) and \(local.legalName) have a request at this event already"
                return .failure(problems)
            }
            return .success(
                try PortalMeetings.add(
                    event: session.1.id, firm: local.id, partner: own.id, by: .partner, note: trimmed, actor: actor,
                    access: access, databasePath: path, now: now))
        }
    }

    /// Answers a request a local firm made to one of the city's enterprises (another city's
    /// request is not found; a scheduled one is changed only by the coordinator).
    public static func answer(
        _ requestText: String, city: Identifier<PartnerCity>, accept: Bool, by actor: String, workspace: Workspace,
        now: Date
    ) async throws(TwinLinkError) -> MeetingRequest {
        let view = try await view(of: city, workspace: workspace)
        guard let request = view.requests.first(where: { $0.id.rawValue == requestText }) else {
            throw .notFound("no meeting request \(requestText) of \(view.city.name)'s enterprises")
        }
        guard request.requestedBy == .sme else {
            throw .conflict("\(requestText) is not a request awaiting \(view.city.name)'s answer")
        }
        let path = workspace.databasePath
        return try await workspace.write { access in
            if try access.allScheduledMeetings().contains(where: { $0.requestID == request.id }) {
                throw TwinLinkError.conflict("\(requestText) is scheduled already: ask the coordinator to change it")
            }
            return try PortalMeetings.record(
                answer: accept, to: request.id, by: actor, access: access, databasePath: path, now: now)
        }
    }
}
