import Foundation
import TwinLinkMail

enum InviteEmailFixtures {
    static let organiser = MailAddress(
        name: "TwinLink Kraków, Programme Office", address: "programme@twinlink.example.org")
    static let zofia = MailAddress(name: "Zofia Łukasiewicz-Żółć", address: "zofia@drukarnia-krakow.example.pl")

    /// 2027-01-15 08:00:00 UTC.
    static let sentAt = Date(timeIntervalSince1970: 1_800_000_000)

    /// A small ASCII calendar, as the calendar writer makes them (CRLF).
    static let asciiCalendar = [
        "BEGIN:VCALENDAR", "PRODID:-//TwinLink//Invites 1.0//EN", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
        "UID:intro-nyc-2027@twinlink.example.org", "DTSTAMP:20270115T080000Z", "SEQUENCE:0",
        "DTSTART:20270316T140000Z", "DTEND:20270316T153000Z", "SUMMARY:Online introduction",
        "ORGANIZER:mailto:programme@twinlink.example.org",
        "ATTENDEE;RSVP=TRUE:mailto:zofia@drukarnia-krakow.example.pl",
        "END:VEVENT", "END:VCALENDAR", "",
    ].joined(separator: "\r\n")

    static let polishCalendar = asciiCalendar.replacingOccurrences(
        of: "SUMMARY:Online introduction",
        with: "SUMMARY:Spotkanie online: Kraków – Łódź – Київ – 東京"
    )

    static func email(
        calendar: String = polishCalendar,
        method: CalendarPartMethod = .request,
        subject: String = "Zaproszenie: spotkanie online Kraków × Nowy Jork, 16 marca 2027 r. (wtorek) 15:00–16:30",
        body: String =
            "Dzień dobry,\nzapraszamy na spotkanie online. Zaproszenie jest w załączniku.\n\nKoszty podróży pokrywa uczestnik."
    ) -> InviteEmail {
        InviteEmail(
            from: organiser,
            to: zofia,
            subject: subject,
            date: sentAt,
            textBody: body,
            calendarText: calendar,
            method: method,
            uid: "intro-nyc-2027@twinlink.example.org",
            sequence: 0
        )
    }
}
