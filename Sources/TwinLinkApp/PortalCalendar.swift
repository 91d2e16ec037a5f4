public import Foundation
public import TwinLinkCalendar
public import TwinLinkDomain
import TwinLinkStore

/// Use case: a person's own invites on the portal, and their personal subscription feed: one
/// iCalendar (written by libical through ``InviteWriter``) with every activity and 1:1 meeting they
/// are currently invited to, under the invites' own UIDs and SEQUENCEs, so that calendar apps that
/// subscribe see updates, and cancelled entries disappear.
public enum PortalCalendar {
    /// The person behind an e-mail, and their invites (cancelled ones included, for the page).
    public static func invites(
        email: String, workspace: Workspace
    ) async throws(TwinLinkError) -> (person: Person?, invites: [Invite]) {
        let path = workspace.databasePath
        return try await workspace.read { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            let lowered = email.lowercased()
            guard let person = registry.people.first(where: { $0.email.rawValue.lowercased() == lowered }) else {
                return (nil, [])
            }
            return (person, try access.invites().filter { $0.personID == person.id })
        }
    }

    /// The personal feed of `email`'s person: the text, and when its newest invite was sent (for
    /// `Last-Modified`). The feed's DTSTAMP is that instant, so the same invites give the same bytes.
    public static func feed(
        email: String, workspace: Workspace
    ) async throws(TwinLinkError) -> (text: String, lastModified: Date) {
        let (person, invites) = try await invites(email: email, workspace: workspace)
        let registry = try await workspace.registry()
        let organiser = CalendarUser(
            name: registry.programme.organiser.name, email: registry.programme.organiser.email.rawValue)
        let current = invites.filter { $0.lastMethod == .request }.sorted {
            ($0.start.instant, $0.uid) < ($1.start.instant, $1.uid)
        }
        let stamp = invites.map(\.sentAt).max() ?? Date(timeIntervalSince1970: 0)
        let events = current.map { invite in
            InviteEvent(
                uid: invite.uid, sequence: invite.sequence, organiser: organiser, attendees: [],
                summary: invite.summary, description: invite.summary, schedule: WriteInvites.schedule(of: invite),
                location: invite.location)
        }
        let feed = CalendarFeed(
            name: "\(registry.programme.name): \(person?.fullName ?? email)", dtstamp: stamp, events: events)
        do {
            return (try InviteWriter().write(feed), stamp)
        } catch {
            throw .internalFailure("the personal feed of \(email) cannot be written: \(error)")
        }
    }

    /// The person's answer to one of their own invites, from the portal: recorded through
    /// ``ImportReplies`` with the same checks as a calendar's `REPLY` (the invite went to this
    /// person, it is not cancelled). Another person's invite is not found.
    public static func rsvp(
        email: String, uid: String, status: ParticipationStatus, workspace: Workspace
    ) async throws(TwinLinkError) -> ImportReplies.Outcome {
        let (person, invites) = try await invites(email: email, workspace: workspace)
        guard let person, let invite = invites.first(where: { $0.uid == uid }) else {
            throw .notFound("no invite \(uid) of \(email)")
        }
        let reply = InviteReply(
            uid: uid, sequence: invite.sequence,
            attendee: CalendarUser(name: person.fullName, email: person.email.rawValue), participationStatus: status)
        guard
            let outcome = try await ImportReplies.record([(source: "portal", reply: reply)], workspace: workspace).first
        else { throw .internalFailure("the reply to \(uid) was not recorded") }
        if let problem = outcome.problem { throw .conflict(problem) }
        return outcome
    }
}
