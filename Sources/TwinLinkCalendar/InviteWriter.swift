public import Foundation
import TwinLinkDomain

/// Writes invites, updates, cancellations and read-only feeds as iCalendar text through libical.
///
/// Every property goes through libical's constructors. A one-event message is made from a
/// template built once per distinct rest of the message (see `InviteTemplates`): each template
/// passes `icalrestriction_check` or the write fails with the problems listed, and each message
/// gets its own UID, SEQUENCE and ATTENDEE lines from libical's property writer. Feeds are built
/// whole and checked each time. The same input gives the same bytes: nothing depends on the
/// clock, the locale or the order of a dictionary. All libical memory is released before a call
/// returns. Safe to use from several tasks at once; keep one writer for a run to reuse its templates.
public struct InviteWriter: Sendable {
    /// The `PRODID` of TwinLink's calendars.
    public static let defaultProductID = "-//TwinLink//Invites 1.0//EN"

    /// 2026 through 2030, the years TwinLink plans for.
    public static let defaultZoneRulesPeriod = DateInterval(
        start: Date(timeIntervalSince1970: 1_767_225_600),  // 2026-01-01T00:00:00Z
        end: Date(timeIntervalSince1970: 1_924_992_000)  // 2031-01-01T00:00:00Z
    )

    /// The `PRODID` written in every calendar.
    public var productID: String
    /// The period the VTIMEZONEs are made and checked for against the system's tzdata; their
    /// rules start in its first year. Zoned times outside it are written in UTC.
    public var zoneRulesPeriod: DateInterval
    /// The templates of the messages this writer made.
    let templates = InviteTemplates()

    /// A writer with TwinLink's product id and planning years, unless told otherwise.
    public init(productID: String = defaultProductID, zoneRulesPeriod: DateInterval = defaultZoneRulesPeriod) {
        self.productID = productID
        self.zoneRulesPeriod = zoneRulesPeriod
    }

    /// The `.ics` text of one message, with CRLF line ends.
    ///
    /// A `REQUEST` carries the event's attendees and its reminder; a `CANCEL` must have
    /// `STATUS:CANCELLED` and never carries a reminder; a `PUBLISH` carries no attendees.
    public func write(_ message: InviteMessage) throws(InviteWriteError) -> String {
        try templates.text(of: message, productID: productID, period: zoneRulesPeriod)
    }

    /// The `.ics` text of a read-only `METHOD:PUBLISH` calendar with one VEVENT per event.
    public func write(_ feed: CalendarFeed) throws(InviteWriteError) -> String {
        var assembler = CalendarMessageAssembler(
            method: .publish,
            productID: productID,
            zoneRulesPeriod: zoneRulesPeriod,
            dtstamp: feed.dtstamp
        )
        assembler.calendarTexts = [("X-WR-CALNAME", feed.name)] + (feed.summary.map { [("X-WR-CALDESC", $0)] } ?? [])
        return ContentLineFolder.refold(try assembler.text(of: feed.events, label: feed.name))
    }

    /// A digest of what the message tells its recipient, ignoring `DTSTAMP` and `SEQUENCE`: equal
    /// digests mean an unchanged invite that need not be sent again. 16 hexadecimal digits.
    public func fingerprint(of message: InviteMessage) throws(InviteWriteError) -> String {
        var unstamped = message
        unstamped.dtstamp = Date(timeIntervalSince1970: 0)
        unstamped.event.sequence = 0
        return StableHash.hex(StableHash.fnv1a(try write(unstamped)))
    }
}
