public import Foundation
import TwinLinkAllocation
public import TwinLinkCalendar
public import TwinLinkDomain
import TwinLinkImport
public import TwinLinkStore

/// Use case: a person's own invites on the portal, and their personal subscription feed: one
/// iCalendar (written by libical through ``InviteWriter``) with every activity and 1:1 meeting they
/// are currently invited to, under the invites' own UIDs and SEQUENCEs, so that calendar apps that
/// subscribe see updates, and cancelled entries disappear.
public enum PortalCalendar {
    /// The account's person (of the account's own firm) and their invites (cancelled ones
    /// included, for the page).
    public static func invites(
        account: Account, workspace: Workspace
    ) async throws(TwinLinkError) -> (person: Person?, invites: [Invite]) {
        let path = workspace.databasePath
        return try await workspace.read { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            guard let person = PortalPerson.of(account, in: registry) else { return (nil, []) }
            return (person, try access.invites().filter { $0.personID == person.id })
        }
    }

    /// The personal feed of the account's person: what they should hold *now* (the invite
    /// planner's own answer, from the current seats, withdrawals and schedules), under the UIDs
    /// and SEQUENCEs of the invites already sent. What is no longer theirs (a withdrawn seat, a
    /// retired meeting) leaves the feed at once, so subscribed calendar apps drop it even before the
    /// desk re-issues the invites (a published feed carries no `STATUS:CANCELLED`: the project's
    /// calendar rules keep that for a `CANCEL`). `lastModified` is the newest of the invites sent, the
    /// allocation runs and the withdrawals that concern the person; the feed's DTSTAMP is that
    /// instant, so the same state gives the same bytes.
    public static func feed(
        account: Account, workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> (text: String, lastModified: Date) {
        let path = workspace.databasePath
        let (registry, person, events, stamp) = try await workspace.read { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            guard let person = PortalPerson.of(account, in: registry) else {
                return (registry, Person?.none, [InviteEvent](), Date(timeIntervalSince1970: 0))
            }
            let stored = try access.invites().filter { $0.personID == person.id }
            let planner = InvitePlanner(
                registry: registry, activities: try access.activities(),
                seating: try Seating(registry: registry, in: access),
                meetings: try access.allScheduledMeetings(), now: now)
            let wanted = planner.wanted().filter { $0.person.id == person.id }
            let domain =
                registry.programme.organiser.email.rawValue.split(separator: "@").last.map(String.init) ?? "twinlink"
            var byKey: [String: Invite] = [:]
            for invite in stored {
                byKey[WriteInvites.key(invite.activityID, invite.personID, invite.meetingRequestID)] = invite
            }
            var events: [(start: Date, event: InviteEvent)] = []
            var keys: Set<String> = []
            for item in wanted {
                let key = WriteInvites.key(item.activity.id, person.id, item.meeting?.id)
                guard keys.insert(key).inserted else { continue }
                var event = item.event
                let previous = byKey[key]
                event.uid =
                    previous?.uid ?? WriteInvites.uid(item.activity.id, person.id, item.meeting?.id, domain: domain)
                event.sequence = previous.map { $0.lastMethod == .request ? $0.sequence : $0.sequence + 1 } ?? 0
                event.attendees = []
                events.append((item.activity.start.instant, event))
            }
            let activities = Set(stored.map(\.activityID)).union(wanted.map(\.activity.id))
            let runs = try access.latestAllocations().filter { activities.contains($0.key) }.map(\.value.run.ranAt)
            let applications = Set(
                registry.applications.filter { $0.delegateIDs.contains(person.id) }.map(\.id))
            let withdrawn = try access.recordedWithdrawals().filter { applications.contains($0.key) }.map(\.value.at)
            let stamp = (stored.map(\.sentAt) + runs + withdrawn).max() ?? Date(timeIntervalSince1970: 0)
            return (
                registry, Optional(person),
                events.sorted { ($0.start, $0.event.uid) < ($1.start, $1.event.uid) }.map(\.event),
                stamp
            )
        }
        let feed = CalendarFeed(
            name: "\(registry.programme.name): \(person?.fullName ?? account.email)", dtstamp: stamp, events: events)
        do {
            return (try InviteWriter().write(feed), stamp)
        } catch {
            throw .internalFailure("the personal feed of \(account.email) cannot be written: \(error)")
        }
    }

    /// The person's answer to one of their own invites, from the portal, as a real calendar reply:
    /// a `METHOD:REPLY` written by libical (``ReplyWriter``: the organiser, the person as the one
    /// attendee with the answer's PARTSTAT, the invite's UID and SEQUENCE, the DTSTAMP of the
    /// answer), then read and recorded by ``ImportReplies`` exactly like a reply file from a
    /// mailbox (same reader, same checks: the invite went to this person, it is not cancelled), so
    /// the two have one effect. The reply's text is kept in the audit trail (`portal-rsvp`, the UID
    /// as subject), from where the person can download it. Another person's invite is not found.
    public static func rsvp(
        account: Account, uid: String, status: ParticipationStatus, workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> (outcome: ImportReplies.Outcome, reply: String) {
        let (person, invites) = try await invites(account: account, workspace: workspace)
        guard let person, let invite = invites.first(where: { $0.uid == uid }) else {
            throw .notFound("no invite \(uid) of \(account.email)")
        }
        let organiser = try await workspace.registry().programme.organiser
        let stamp = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        let reply = InviteReply(
            uid: uid, sequence: invite.sequence,
            attendee: CalendarUser(name: person.fullName, email: person.email.rawValue), participationStatus: status,
            dtstamp: stamp, organiserEmail: organiser.email.rawValue)
        let text: String
        do {
            text = try ReplyWriter().write(
                reply, organiser: CalendarUser(name: organiser.name, email: organiser.email.rawValue))
        } catch {
            throw .internalFailure("the reply of \(account.email) to \(uid) cannot be written: \(error)")
        }
        let file = InputFile(name: "portal reply to \(uid)", data: Data(text.utf8))
        guard let outcome = try await ImportReplies.run(files: [file], workspace: workspace).first else {
            throw .internalFailure("the reply to \(uid) was not recorded")
        }
        if let problem = outcome.problem { throw .conflict(problem) }
        let entry = AuditEntry(at: stamp, actor: account.email, action: replyAction, subject: uid, detail: text)
        try await workspace.write { access in try access.appendAudit(entry) }
        return (outcome, text)
    }

    /// The audit action under which a portal reply's text is kept.
    public static let replyAction = "portal-rsvp"

    /// The last reply the account's person gave in the portal to their invite `uid` (the
    /// `METHOD:REPLY` text kept in the audit trail); `notFound` when there is none, or the invite
    /// is not theirs.
    public static func lastReply(
        account: Account, uid: String, workspace: Workspace
    ) async throws(TwinLinkError) -> String {
        let (person, invites) = try await invites(account: account, workspace: workspace)
        guard person != nil, invites.contains(where: { $0.uid == uid }) else {
            throw .notFound("no invite \(uid) of \(account.email)")
        }
        let lines = try await workspace.read { try $0.auditLines(byActor: account.email) }
        guard let last = lines.last(where: { $0.action == replyAction && $0.subject == uid }) else {
            throw .notFound("no reply to \(uid) given in the portal")
        }
        return last.detail
    }
}
