public import Foundation
public import TwinLinkAllocation
public import TwinLinkDomain
import TwinLinkStore

/// Use case: a firm applies on the SME portal to a study visit (its delegates, the acknowledgement
/// of the self-paid costs, its motivation), sees the decisions with their reasons and its place on
/// the waitlist, and withdraws (through ``AllocationWithdrawal``: the seat goes to the next in line
/// at once, as on the desk). A firm only ever reaches its own applications.
public enum PortalApplications {
    /// A study visit or an online meeting a firm may apply to, with what it costs the firm.
    public struct Opening: Sendable {
        public var activity: Activity
        public var event: MutualEvent
        public var costs: CostRules
        public var delegatesMax: Int
        /// The seats (for an online meeting: the connections) the regulations give it.
        public var seats: Int?
        /// What the application form sends for it: the event's id for its study visit, the
        /// activity's id for an online meeting.
        public var choice: String { activity.kind.isOnline ? activity.id.rawValue : event.id.rawValue }
    }

    /// One of the firm's applications and where it stands.
    public struct Entry: Sendable {
        public var application: Application
        public var activityID: Identifier<Activity>
        public var event: MutualEvent?
        public var decision: ApplicationDecision?
        public var withdrawal: Withdrawal?
        public var withdrawn: Bool { withdrawal != nil || application.isWithdrawn }
    }

    public struct Overview: Sendable {
        public var entries: [Entry]
        public var openings: [Opening]
        public var people: [Person]
    }

    /// The firm's applications (newest first) and the study visits it can still apply to.
    public static func overview(
        of id: Identifier<LocalEnterprise>, workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> Overview {
        let path = workspace.databasePath
        return try await workspace.read { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            let latest = try access.latestAllocations()
            let withdrawals = try access.recordedWithdrawals()
            let regulations = try access.regulations()
            let events = Dictionary(uniqueKeysWithValues: registry.events.map { ($0.id, $0) })
            let own = registry.applications.filter { $0.enterpriseID == id }
            let entries = own.sorted { ($0.submittedAt, $0.id.rawValue) > ($1.submittedAt, $1.id.rawValue) }.map {
                application in
                let activity = application.seatActivityID
                return Entry(
                    application: application, activityID: activity, event: events[application.eventID],
                    decision: latest[activity]?.decisions.first { $0.applicationID == application.id },
                    withdrawal: withdrawals[application.id])
            }
            // One application per firm and event (the registry's rule), a withdrawn one included: a
            // firm joins the study visit (with its online meetings) or one online meeting alone.
            // Online meetings are open when the regulations take applications to them.
            let applied = Set(own.map(\.eventID))
            let openings = try access.activities().filter {
                ($0.kind == .outgoingStudyVisit || $0.kind.isOnline) && $0.status != .cancelled
                    && $0.start.instant > now && !applied.contains($0.eventID)
            }.sorted { ($0.start.instant, $0.id) < ($1.start.instant, $1.id) }.compactMap { activity -> Opening? in
                guard let event = events[activity.eventID] else { return nil }
                let rules = regulations?.rules(for: activity.id, kind: activity.kind)
                if activity.kind.isOnline, rules == nil { return nil }
                return Opening(
                    activity: activity, event: event,
                    costs: rules?.costs ?? CostRules(travel: .euros(0), accommodation: .euros(0), fees: .euros(0)),
                    delegatesMax: rules?.capacity.delegatesMax ?? 2, seats: rules?.capacity.seats)
            }
            return Overview(
                entries: entries, openings: openings,
                people: registry.people.filter { $0.organisation == .localEnterprise(id) })
        }
    }

    /// One of the firm's applications; `notFound` for another firm's (the same answer as for an id
    /// that does not exist, so that ids cannot be probed).
    public static func entry(
        _ applicationID: String, of id: Identifier<LocalEnterprise>, workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> Entry {
        guard
            let entry = try await overview(of: id, workspace: workspace, now: now).entries.first(where: {
                $0.application.id.rawValue == applicationID
            })
        else { throw TwinLinkError.notFound("no application \(applicationID) of \(id)") }
        return entry
    }

    /// Applies `id` to the study visit of the event `eventText` names, or to the online meeting it
    /// names (`intro-<event id>`). Refused field by field: an event that is not open, delegates
    /// that are not the firm's people or too many, costs not acknowledged.
    public static func apply(
        _ id: Identifier<LocalEnterprise>, event eventText: String, delegates: [String], costAcknowledged: Bool,
        motivation: String, by actor: String, workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> Result<Application, FieldProblems> {
        let overview = try await overview(of: id, workspace: workspace, now: now)
        var problems = FieldProblems()
        let opening = overview.openings.first { $0.choice == eventText }
        if opening == nil {
            problems["event"] = "'\(eventText)' is not a study visit or online meeting open to this firm's application"
        }
        let people = Set(overview.people.map(\.id.rawValue))
        var chosen: [Identifier<Person>] = []
        for delegate in delegates where !delegate.isEmpty {
            if people.contains(delegate), let person = Identifier<Person>(rawValue: delegate) {
                if !chosen.contains(person) { chosen.append(person) }
            } else {
                problems["delegates"] = "'\(delegate)' is not a person of this firm"
            }
        }
        if chosen.isEmpty, problems["delegates"] == nil { problems["delegates"] = "choose at least one delegate" }
        if let opening, chosen.count > opening.delegatesMax {
            problems["delegates"] = "at most \(opening.delegatesMax) delegates per firm, chosen \(chosen.count)"
        }
        if let opening, opening.costs.acknowledgementRequired, !costAcknowledged {
            problems["cost_acknowledged"] =
                "the regulations require that you acknowledge the self-paid costs (\(opening.costs.perDelegate) per delegate)"
        }
        if motivation.count > 2000 { problems["motivation"] = "at most 2000 characters" }
        guard problems.isEmpty, let opening else { return .failure(problems) }
        let path = workspace.databasePath
        let delegateIDs = chosen
        return try await workspace.write { access in
            var registry = try Workspace.registry(in: access, databasePath: path)
            if registry.applications.contains(where: { $0.enterpriseID == id && $0.eventID == opening.event.id }) {
                var problems = FieldProblems()
                problems["event"] = "this firm has applied to \(opening.event.id) already"
                return .failure(problems)
            }
            let all = try access.registry(includingRetired: true) ?? registry
            let taken = Set(all.applications.map(\.id.rawValue))
            var number = all.applications.filter { $0.id.rawValue.hasPrefix("app-web-") }.count + 1
            while taken.contains(String(format: "app-web-%04d", number)) { number += 1 }
            let application = Application(
                id: Identifier(trusted: String(format: "app-web-%04d", number)), eventID: opening.event.id,
                enterpriseID: id, submittedAt: Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down)),
                delegateIDs: delegateIDs, costAcknowledged: costAcknowledged,
                motivation: PortalFirmForm.optional(motivation),
                activityID: opening.activity.kind.isOnline ? opening.activity.id : nil)
            registry.applications.append(application)
            _ = try access.apply(registry, source: "portal application of \(id) by \(actor)", at: now)
            try access.appendAudit(
                AuditEntry(
                    at: now, actor: actor, action: "portal-apply", subject: opening.activity.id.rawValue,
                    detail: "\(application.id) of \(id) to \(opening.event.id), \(delegateIDs.count) delegate(s)"))
            return .success(application)
        }
    }

    /// Withdraws one of the firm's own applications (another firm's is not found).
    public static func withdraw(
        _ applicationID: String, of id: Identifier<LocalEnterprise>, reason: String?, by actor: String,
        workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> AllocationWithdrawal.Report {
        let entry = try await entry(applicationID, of: id, workspace: workspace, now: now)
        return try await AllocationWithdrawal.run(
            application: entry.application.id, reason: reason, by: actor, workspace: workspace, now: now)
    }
}
