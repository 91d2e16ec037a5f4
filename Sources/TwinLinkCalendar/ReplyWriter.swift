import CLibical
import Foundation

/// Writes an attendee's answer to an invite as a `METHOD:REPLY` calendar, as a calendar client
/// sends it back (RFC 5546 §3.2.3): one VEVENT with the invite's `UID` and `SEQUENCE`, the
/// `DTSTAMP` of the answer, the `ORGANIZER` and the one `ATTENDEE` answering with its `PARTSTAT`
/// (and a `COMMENT` if the reply has one). `InviteWriter` refuses REPLY by design: TwinLink sends
/// requests; this writer is for the answers people give in the portal, which are then read back
/// by ``ReplyReader`` like a reply from a mailbox. Every property goes through libical's
/// constructors and the calendar passes `icalrestriction_check`; the same reply gives the same bytes.
public struct ReplyWriter: Sendable {
    /// The `PRODID` written in every reply.
    public var productID: String

    public init(productID: String = InviteWriter.defaultProductID) {
        self.productID = productID
    }

    /// The `.ics` text (CRLF line ends) of `reply` to an invite organised by `organiser`. The
    /// reply's `dtstamp` is required (the instant of the answer).
    public func write(_ reply: InviteReply, organiser: CalendarUser) throws(InviteWriteError) -> String {
        let uid = reply.uid
        guard !uid.isEmpty, !ControlCharacters.contained(in: uid) else { throw .invalidUID(uid) }
        guard reply.sequence >= 0 else { throw .negativeSequence(uid: uid, sequence: reply.sequence) }
        for address in [organiser.email, reply.attendee.email] where !InviteEventValidator.isBareAddress(address) {
            throw .invalidEmail(address, uid: uid)
        }
        guard organiser.email.lowercased() != reply.attendee.email.lowercased() else {
            throw .organiserIsAttendee(email: organiser.email, uid: uid)
        }
        guard let dtstamp = reply.dtstamp else {
            throw .failedRestrictionCheck(uid: uid, method: .reply, problems: ["a reply needs its DTSTAMP"])
        }
        let calendar = ICalComponent(kind: ICAL_VCALENDAR_COMPONENT)
        calendar.addProperty(taking: icalproperty_new_prodid(productID))
        calendar.addProperty(taking: icalproperty_new_version("2.0"))
        calendar.addProperty(taking: icalproperty_new_calscale("GREGORIAN"))
        calendar.addProperty(taking: icalproperty_new_method(ICAL_METHOD_REPLY))
        let event = ICalComponent(kind: ICAL_VEVENT_COMPONENT)
        event.addProperty(taking: icalproperty_new_uid(uid))
        event.addProperty(taking: icalproperty_new_dtstamp(ICalTime.utc(dtstamp)))
        event.addProperty(taking: icalproperty_new_sequence(Int32(clamping: reply.sequence)))
        event.addProperty(taking: EventComponentBuilder.userProperty(icalproperty_new_organizer, organiser))
        let attendee = EventComponentBuilder.userProperty(icalproperty_new_attendee, reply.attendee)
        icalproperty_add_parameter(
            attendee, icalparameter_new_partstat(EventComponentBuilder.participationStatus(reply.participationStatus)))
        event.addProperty(taking: attendee)
        if let comment = reply.comment, !comment.isEmpty {
            event.addProperty(taking: icalproperty_new_comment(ICalText.value(comment)))
        }
        calendar.add(event)
        guard icalrestriction_check(calendar.pointer) != 0, calendar.errorCount == 0 else {
            let problems = ([calendar] + calendar.children()).flatMap { component in
                component.properties(ofKind: ICAL_XLICERROR_PROPERTY).map {
                    LibicalString.copy(icalproperty_get_xlicerror($0.pointer)) ?? "unknown problem"
                }
            }
            throw .failedRestrictionCheck(uid: uid, method: .reply, problems: problems)
        }
        return calendar.icalText
    }
}
