import CLibical
import Foundation
import Synchronization

/// Invites made from templates: the messages of one run differ in a few properties (the UID,
/// the SEQUENCE, the attendee), so each distinct rest of a message — the VCALENDAR with its
/// VTIMEZONEs and the VEVENT's other properties — is built with libical, passes
/// `icalrestriction_check` and is serialised once; each message then puts its own UID, SEQUENCE
/// and ATTENDEE lines, each serialised by libical's own property writer, between the template's
/// pieces. `icalcomponent_as_ical_string_r` writes a component as its properties' texts one after
/// the other, so the result has the same bytes as the whole message built and serialised by
/// libical (the tests compare both on every kind of message).
///
/// The restriction check runs on every distinct template, which has the same properties as each
/// message made from it: the values that vary are not what iTIP's restrictions count.
final class InviteTemplates: Sendable {
    /// Templates kept at most; a run that needs more starts again (each is a few kilobytes).
    static let capacity = 4_096

    /// A template: the message's text cut around the UID, SEQUENCE and ATTENDEE lines, each piece
    /// refolded (`ContentLineFolder` works line by line, and every cut falls between content
    /// lines, so the pieces refolded one by one give the bytes of the whole message refolded).
    struct Template: Sendable {
        let head: String
        let afterUID: String
        let afterSequence: String
        let tail: String
    }

    /// What the template of a message depends on: everything but the UID, the SEQUENCE and who
    /// the attendees are (their number counts).
    private struct Key: Hashable {
        let method: ITIPMethod
        let dtstamp: Date
        let event: InviteEvent
        let productID: String
        let period: DateInterval
    }

    private let templates = Mutex<[Key: Template]>([:])

    /// How many templates are kept.
    var count: Int { templates.withLock { $0.count } }

    /// The text of a one-event message, through the template of its kind, refolded.
    func text(of message: InviteMessage, productID: String, period: DateInterval) throws(InviteWriteError) -> String {
        var shape = message.event
        shape.uid = "-"
        shape.sequence = 0
        shape.attendees = message.event.attendees.indices.map { index in
            InviteAttendee(user: CalendarUser(name: "", email: "attendee\(index)@template.invalid"))
        }
        let key = Key(
            method: message.method, dtstamp: message.dtstamp, event: shape, productID: productID, period: period)
        let template: Template
        if let known = templates.withLock({ $0[key] }) {
            // The rest of the message passed every check when its template was made.
            try InviteEventValidator.checkPersonal(message.event)
            template = known
        } else {
            try InviteEventValidator.check(message.event, method: message.method)
            template = try Self.make(message, productID: productID, period: period)
            templates.withLock { cache in
                if cache.count >= Self.capacity { cache.removeAll(keepingCapacity: true) }
                cache[key] = template
            }
        }
        var text = template.head
        text += ContentLineFolder.refold(Self.propertyText(icalproperty_new_uid(message.event.uid)))
        text += template.afterUID
        text += ContentLineFolder.refold(
            Self.propertyText(icalproperty_new_sequence(Int32(clamping: message.event.sequence))))
        text += template.afterSequence
        if message.method != .publish {
            for attendee in message.event.attendees {
                text += ContentLineFolder.refold(Self.propertyText(EventComponentBuilder.attendeeProperty(attendee)))
            }
        }
        text += template.tail
        return text
    }

    /// Builds the message with libical (restriction check included) and cuts its text around the
    /// properties that vary.
    private static func make(_ message: InviteMessage, productID: String, period: DateInterval)
        throws(InviteWriteError) -> Template
    {
        let assembler = CalendarMessageAssembler(
            method: message.method, productID: productID, zoneRulesPeriod: period, dtstamp: message.dtstamp)
        let whole = try assembler.text(of: [message.event], label: message.event.uid)
        let uid = propertyText(icalproperty_new_uid(message.event.uid))
        let sequence = propertyText(icalproperty_new_sequence(Int32(clamping: message.event.sequence)))
        let attendees =
            message.method == .publish
            ? "" : message.event.attendees.map { propertyText(EventComponentBuilder.attendeeProperty($0)) }.joined()
        guard let event = whole.range(of: "BEGIN:VEVENT\r\n"),
            let uidRange = whole.range(of: uid, range: event.upperBound..<whole.endIndex),
            uidRange.lowerBound == event.upperBound,
            let sequenceRange = whole.range(of: sequence, range: uidRange.upperBound..<whole.endIndex),
            let attendeeRange = attendees.isEmpty
                ? whole.endIndex..<whole.endIndex
                : whole.range(of: attendees, range: sequenceRange.upperBound..<whole.endIndex)
        else {
            preconditionFailure("libical wrote the VEVENT of \(message.event.uid) in an unexpected order:\n\(whole)")
        }
        return Template(
            head: ContentLineFolder.refold(String(whole[..<uidRange.lowerBound])),
            afterUID: ContentLineFolder.refold(String(whole[uidRange.upperBound..<sequenceRange.lowerBound])),
            afterSequence: ContentLineFolder.refold(
                String(whole[sequenceRange.upperBound..<attendeeRange.lowerBound])),
            tail: ContentLineFolder.refold(String(whole[attendeeRange.upperBound...])))
    }

    /// The folded text of one property, with its CRLF; frees the property.
    private static func propertyText(_ property: OpaquePointer?) -> String {
        guard let property else { preconditionFailure("libical could not make a property") }
        defer { icalproperty_free(property) }
        return LibicalString.take(icalproperty_as_ical_string_r(property)) ?? ""
    }
}
