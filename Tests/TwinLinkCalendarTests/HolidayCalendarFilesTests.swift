import Foundation
import Testing
import TwinLinkCalendar

/// The public-holiday calendars in `calendars/` at the repository root.
@Suite("Holiday calendars shipped in calendars/")
struct HolidayCalendarFilesTests {
    static let directory = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("calendars")

    static let files: [URL] =
        ((try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? [])
        .filter { $0.pathExtension == "ics" && $0.lastPathComponent.hasPrefix("holidays-") }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }

    @Test("the calendars are there, Poland's among them")
    func present() {
        #expect(Self.files.count >= 8, "expected the holiday calendars in \(Self.directory.path)")
        #expect(Self.files.contains { $0.lastPathComponent == "holidays-PL.ics" })
    }

    @Test("every calendar reads as all-day PUBLISH events, one per VEVENT", arguments: files)
    func reads(_ file: URL) throws {
        let events = try Fixtures.reader.events(inFileAt: file)
        let written = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "BEGIN:VEVENT").count - 1
        #expect(events.count == written)
        #expect(events.allSatisfy { $0.isAllDay && $0.method == "PUBLISH" && $0.categories == ["Holiday"] })
        let oneDayEach = events.allSatisfy { event in
            guard let start = event.start.day, let end = event.end.day else { return false }
            return start.days(until: end) == 1
        }
        #expect(oneDayEach)
        #expect(Set(events.map(\.uid)).count == events.count)
    }

    @Test("Poland's calendar has Constitution Day on 3 May 2027")
    func constitutionDay() throws {
        let file = Self.directory.appendingPathComponent("holidays-PL.ics")
        let events = try Fixtures.reader.events(inFileAt: file)
        let day = try #require(events.first { $0.start == Fixtures.day(2027, 5, 3) })
        #expect(day.end == Fixtures.day(2027, 5, 4))
        #expect(day.uid == "20270503-pl-national-day-of-the-third-of-may@twinlink.example")
        print("holidays-PL.ics: \(events.count) events; 2027-05-03 is '\(day.summary ?? "")'")
    }
}
