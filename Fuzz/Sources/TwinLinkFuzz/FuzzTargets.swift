import Foundation
import TwinLinkCalendar
import TwinLinkImport
import TwinLinkMeetingScheduler

/// The readers under test. Each gets the same bytes: a crash, a hang or a trap in any of them is a
/// finding; a refusal (a thrown error) is the expected answer to garbage.
enum FuzzTargets {
    static let calendarReader = CalendarReader(
        window: DateInterval(
            start: Date(timeIntervalSince1970: 1_767_225_600), end: Date(timeIntervalSince1970: 1_924_992_000)),
        maximumOccurrencesPerEvent: 500, floatingTimeZone: "Europe/Warsaw")

    static let semicolons = try! CSVFormat.named(delimiter: ";", encoding: nil).get()
    static let windows1250 = try! CSVFormat.named(delimiter: nil, encoding: "windows-1250").get()

    /// Runs every reader on `data`; returns how many of them accepted it.
    @discardableResult
    static func run(_ data: Data) -> Int {
        var accepted = 0
        for format in [CSVFormat.standard, semicolons, windows1250] {
            let (sheet, _) = RecordSheet.read(
                data: data, file: "fuzz.csv", required: ["id"], optional: ["name", "email", "offer", "start"],
                format: format)
            if sheet != nil { accepted += 1 }
        }
        if (try? calendarReader.events(in: data, file: "fuzz.ics")) != nil { accepted += 1 }
        if (try? MeetingInstanceJSON.decode(data)) != nil { accepted += 1 }
        return accepted
    }
}
