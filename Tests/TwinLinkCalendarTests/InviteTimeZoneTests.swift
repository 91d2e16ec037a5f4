import Foundation
import Testing
import TwinLinkCalendar

@Suite("Invite times and time zones")
struct InviteTimeZoneTests {
    let writer = InviteWriter()

    func event(_ start: Date, _ end: Date, in zone: String) -> InviteMessage {
        var event = InviteFixtures.onlineMeeting
        event.schedule = .timed(start: start, end: end, timeZone: zone)
        return InviteMessage.request(of: event, for: InviteFixtures.zofia, dtstamp: InviteFixtures.sentAt)
    }

    /// Every DTSTART/DTEND outside VTIMEZONEs has a TZID with a matching VTIMEZONE, or is UTC.
    func checkTimedProperties(_ text: String) {
        var insideZone = false
        let zones = Set(ICSInspection.vtimezoneIDs(in: text))
        for line in ICSInspection.contentLines(text) {
            if line == "BEGIN:VTIMEZONE" { insideZone = true }
            if line == "END:VTIMEZONE" { insideZone = false }
            guard !insideZone, line.hasPrefix("DTSTART") || line.hasPrefix("DTEND") || line.hasPrefix("DTSTAMP")
            else { continue }
            if line.contains(";VALUE=DATE:") { continue }
            if let range = line.range(of: ";TZID=") {
                let tzid = String(line[range.upperBound...].prefix { $0 != ":" && $0 != ";" })
                #expect(zones.contains(tzid), "\(line) refers to \(tzid) without a VTIMEZONE")
            } else {
                #expect(line.hasSuffix("Z"), "\(line) has neither TZID nor Z")
            }
        }
    }

    @Test("16 March 2027: one instant, 15:00 in Kraków and 10:00 in New York, a 5-hour gap instead of 6")
    func outOfStepDaylightSaving() throws {
        let start = Fixtures.utc(2027, 3, 16, 14)
        let end = Fixtures.utc(2027, 3, 16, 15, 30)
        let warsaw = try writer.write(event(start, end, in: "Europe/Warsaw"))
        let newYork = try writer.write(event(start, end, in: "America/New_York"))
        #expect(ICSInspection.lines(named: "DTSTART", in: warsaw).last == "DTSTART;TZID=Europe/Warsaw:20270316T150000")
        #expect(
            ICSInspection.lines(named: "DTSTART", in: newYork).last == "DTSTART;TZID=America/New_York:20270316T100000")
        #expect(ICSInspection.vtimezoneIDs(in: newYork) == ["America/New_York"])
        for text in [warsaw, newYork] {
            checkTimedProperties(text)
            let read = try #require(try Fixtures.reader.events(in: text, file: "meeting.ics").first)
            #expect(read.start.instant == start)
            #expect(read.end.instant == end)
        }
    }

    @Test("the night clocks go forward in Warsaw: 01:30 CET to 03:30 CEST is one hour")
    func springForward() throws {
        let text = try writer.write(
            event(Fixtures.utc(2027, 3, 28, 0, 30), Fixtures.utc(2027, 3, 28, 1, 30), in: "Europe/Warsaw"))
        checkTimedProperties(text)
        #expect(
            ICSInspection.lines(named: "DTSTART", in: text).suffix(1) + ICSInspection.lines(named: "DTEND", in: text)
                == [
                    "DTSTART;TZID=Europe/Warsaw:20270328T013000", "DTEND;TZID=Europe/Warsaw:20270328T033000",
                ]
        )
        let read = try #require(try Fixtures.reader.events(in: text, file: "spring.ics").first)
        #expect(read.start.instant == Fixtures.utc(2027, 3, 28, 0, 30))
        #expect(read.end.instant == Fixtures.utc(2027, 3, 28, 1, 30))
    }

    @Test("the night clocks go back in Warsaw: 02:30 happens twice, so those times are written in UTC")
    func fallBack() throws {
        // 00:30 UTC is 02:30 CEST, 01:30 UTC is 02:30 CET; 02:00 UTC is 03:00 CET, unambiguous.
        let text = try writer.write(
            event(Fixtures.utc(2027, 10, 31, 0, 30), Fixtures.utc(2027, 10, 31, 2), in: "Europe/Warsaw"))
        checkTimedProperties(text)
        #expect(ICSInspection.lines(named: "DTSTART", in: text).last == "DTSTART:20271031T003000Z")
        #expect(ICSInspection.lines(named: "DTEND", in: text) == ["DTEND;TZID=Europe/Warsaw:20271031T030000"])
        let second = try writer.write(
            event(Fixtures.utc(2027, 10, 31, 1, 30), Fixtures.utc(2027, 10, 31, 2), in: "Europe/Warsaw"))
        #expect(ICSInspection.lines(named: "DTSTART", in: second).last == "DTSTART:20271031T013000Z")
        for (text, start) in [(text, Fixtures.utc(2027, 10, 31, 0, 30)), (second, Fixtures.utc(2027, 10, 31, 1, 30))] {
            let read = try #require(try Fixtures.reader.events(in: text, file: "autumn.ics").first)
            #expect(read.start.instant == start)
            #expect(read.end.instant == Fixtures.utc(2027, 10, 31, 2))
        }
        // An hour earlier the same wall-clock hour is unambiguous: 01:30 CEST.
        let before = try writer.write(
            event(Fixtures.utc(2027, 10, 30, 23, 30), Fixtures.utc(2027, 10, 31, 0), in: "Europe/Warsaw"))
        #expect(ICSInspection.lines(named: "DTSTART", in: before).last == "DTSTART;TZID=Europe/Warsaw:20271031T013000")
    }

    @Test("UTC, zones one rule pair cannot describe, and times outside the period are written with Z")
    func utcFallbacks() throws {
        let start = Fixtures.utc(2027, 6, 1, 12)
        let end = Fixtures.utc(2027, 6, 1, 13)
        for zone in ["UTC", "Africa/Casablanca"] {
            let text = try writer.write(event(start, end, in: zone))
            #expect(!text.contains("BEGIN:VTIMEZONE"), "\(zone)")
            #expect(ICSInspection.lines(named: "DTSTART", in: text) == ["DTSTART:20270601T120000Z"], "\(zone)")
            checkTimedProperties(text)
        }
        let late = try writer.write(
            event(Fixtures.utc(2032, 6, 1, 12), Fixtures.utc(2032, 6, 1, 13), in: "Europe/Warsaw"))
        #expect(!late.contains("BEGIN:VTIMEZONE"))
        #expect(ICSInspection.lines(named: "DTSTART", in: late) == ["DTSTART:20320601T120000Z"])
    }

    @Test("an unknown zone name is an error, not a silent UTC time")
    func unknownZone() {
        #expect(throws: InviteWriteError.unknownTimeZone("Europe/Krakow", uid: InviteFixtures.onlineMeeting.uid)) {
            try writer.write(event(Fixtures.utc(2027, 6, 1, 12), Fixtures.utc(2027, 6, 1, 13), in: "Europe/Krakow"))
        }
    }

    @Test("a feed with events in three zones carries one VTIMEZONE for each, Tokyo's without DST")
    func severalZones() throws {
        var events: [InviteEvent] = []
        for (index, zone) in ["Asia/Tokyo", "Europe/London", "Asia/Tokyo", "Europe/Kyiv"].enumerated() {
            var event = InviteFixtures.onlineMeeting
            event.uid = "feed-\(index)@twinlink.example.org"
            event.schedule = .timed(
                start: Fixtures.utc(2027, 7, 1 + index, 8), end: Fixtures.utc(2027, 7, 1 + index, 9), timeZone: zone)
            events.append(event)
        }
        let text = try writer.write(CalendarFeed(name: "Zones", dtstamp: InviteFixtures.sentAt, events: events))
        #expect(ICSInspection.vtimezoneIDs(in: text) == ["Asia/Tokyo", "Europe/Kyiv", "Europe/London"])
        #expect(
            ICSInspection.lines(named: "DTSTART", in: text).filter { $0.contains("TZID=Asia/Tokyo:20270701T170000") }
                .count == 1)
        checkTimedProperties(text)
        let read = try Fixtures.reader.events(in: text, file: "zones.ics")
        #expect(
            read.map(\.start.instant)
                == events.map { event in
                    guard case .timed(let start, _, _) = event.schedule else { return nil }
                    return start
                })
        #expect(read.map(\.start.timeZone) == ["Asia/Tokyo", "Europe/London", "Asia/Tokyo", "Europe/Kyiv"])
    }

    @Test("an all-day visit is written as dates, DTEND the day after the last day")
    func allDay() throws {
        let text = try writer.write(
            InviteMessage.request(
                of: InviteFixtures.studyVisit, for: InviteFixtures.olena, dtstamp: InviteFixtures.sentAt))
        #expect(ICSInspection.lines(named: "DTSTART", in: text) == ["DTSTART;VALUE=DATE:20270510"])
        #expect(ICSInspection.lines(named: "DTEND", in: text) == ["DTEND;VALUE=DATE:20270513"])
        #expect(!text.contains("BEGIN:VTIMEZONE"))
        #expect(ICSInspection.lines(named: "GEO", in: text) == ["GEO:49.839700;24.029700"])
        let read = try #require(try Fixtures.reader.events(in: text, file: "visit.ics").first)
        #expect(read.start == Fixtures.day(2027, 5, 10))
        #expect(read.end == Fixtures.day(2027, 5, 13))
    }
}
