import Foundation
import TwinLinkCalendar

/// Small builders for the inline .ics fixtures of these tests.
enum Fixtures {
    /// iCalendar text with CRLF line ends, as RFC 5545 requires, from a literal written with LF.
    static func ics(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: "\r\n")
    }

    /// One VCALENDAR around the given lines (which should hold BEGIN:VEVENT ... END:VEVENT).
    static func calendar(method: String? = nil, _ body: String) -> String {
        let methodLine = method.map { "METHOD:\($0)\n" } ?? ""
        return ics("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//TwinLink//Tests//EN\n\(methodLine)\(body)END:VCALENDAR\n")
    }

    /// An instant given in UTC.
    static func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))!
    }

    /// 2026 through 2030, the years TwinLink plans for.
    static let planningWindow = DateInterval(start: utc(2026, 1, 1), end: utc(2031, 1, 1))

    static let reader = CalendarReader(window: planningWindow)

    static func day(_ year: Int, _ month: Int, _ day: Int) -> EventTime {
        .day(CalendarDay(year: year, month: month, day: day))
    }
}
