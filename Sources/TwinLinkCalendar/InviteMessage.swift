public import Foundation

/// One iTIP message about one event, ready for `InviteWriter`: an invite or update
/// (`REQUEST`), a cancellation (`CANCEL`), or a single read-only event (`PUBLISH`).
public struct InviteMessage: Sendable, Hashable {
    public var method: ITIPMethod
    /// The `DTSTAMP`: when the message was made. Passed in, so the same input gives the same bytes.
    public var dtstamp: Date
    public var event: InviteEvent

    /// A message from its parts.
    public init(method: ITIPMethod, dtstamp: Date, event: InviteEvent) {
        self.method = method
        self.dtstamp = dtstamp
        self.event = event
    }

    /// The invite (or update) of `event` for one attendee: `REQUEST` with only that attendee.
    public static func request(of event: InviteEvent, for attendee: InviteAttendee, dtstamp: Date) -> InviteMessage {
        var personal = event
        personal.attendees = [attendee]
        personal.status = .confirmed
        return InviteMessage(method: .request, dtstamp: dtstamp, event: personal)
    }

    /// The cancellation sent to one person withdrawn or moved out of `event`: `CANCEL` listing only
    /// their own ATTENDEE line (`RSVP=FALSE`: no answer is expected), `STATUS:CANCELLED`, no
    /// reminder, and `sequence`, which must be higher than any sequence sent for the event before.
    public static func withdrawal(
        of attendee: InviteAttendee,
        from event: InviteEvent,
        sequence: Int,
        dtstamp: Date
    ) -> InviteMessage {
        var withdrawn = attendee
        withdrawn.expectsReply = false
        var cancelled = event
        cancelled.attendees = [withdrawn]
        cancelled.sequence = sequence
        cancelled.status = .cancelled
        cancelled.alarm = nil
        return InviteMessage(method: .cancel, dtstamp: dtstamp, event: cancelled)
    }
}
