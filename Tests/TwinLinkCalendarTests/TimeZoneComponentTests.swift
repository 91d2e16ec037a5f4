import Foundation
import Testing
import TwinLinkCalendar

@Suite("Trimmed VTIMEZONE components")
struct TimeZoneComponentTests {
    static let zonesWithDST = ["Europe/Warsaw", "Europe/London", "America/New_York", "Europe/Kyiv"]
    static let zones = zonesWithDST + ["Asia/Tokyo"]

    /// Every 6 hours across 2026–2030, and a minute either side of every transition Foundation knows.
    static func sampleInstants(in zone: TimeZone) -> (instants: [Date], transitions: Int) {
        let window = Fixtures.planningWindow
        var instants = Array(stride(from: window.start, to: window.end, by: 6 * 3600))
        var transitions = 0
        var transition = zone.nextDaylightSavingTimeTransition(after: window.start)
        while let current = transition, current < window.end {
            instants += [current - 60, current, current + 60]
            transitions += 1
            transition = zone.nextDaylightSavingTimeTransition(after: current)
        }
        return (instants, transitions)
    }

    @Test("the emitted VTIMEZONE gives Foundation's UTC offset at every sample", arguments: zones)
    func offsetsMatchFoundation(_ identifier: String) throws {
        let component = try TimeZoneComponent(identifier: identifier, covering: Fixtures.planningWindow)
        let foundation = try #require(TimeZone(identifier: identifier))
        let (instants, transitions) = Self.sampleInstants(in: foundation)
        let offsets = component.secondsFromGMT(for: instants)
        let mismatches = zip(instants, offsets).filter { foundation.secondsFromGMT(for: $0) != $1 }
        #expect(mismatches.isEmpty, "\(identifier): \(mismatches.prefix(5)) differ; VTIMEZONE:\n\(component.icalText)")
        print("\(identifier): \(instants.count) instants, \(transitions) transitions, \(mismatches.count) mismatches")
    }

    @Test("zones with DST get one STANDARD and one DAYLIGHT, each with an RRULE and no UNTIL", arguments: zonesWithDST)
    func oneRulePair(_ identifier: String) throws {
        let text = try TimeZoneComponent(identifier: identifier, covering: Fixtures.planningWindow).icalText
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.first == "BEGIN:VTIMEZONE")
        #expect(lines.contains("TZID:\(identifier)"))
        #expect(lines.filter { $0 == "BEGIN:STANDARD" }.count == 1)
        #expect(lines.filter { $0 == "BEGIN:DAYLIGHT" }.count == 1)
        #expect(lines.filter { $0.hasPrefix("RRULE:FREQ=YEARLY;") }.count == 2)
        #expect(!text.contains("UNTIL"))
        #expect(!text.contains("RDATE"))
        #expect(!text.contains("freeassociation"))
        #expect(lines.filter { $0.hasPrefix("DTSTART:2026") }.count == 2)
    }

    @Test("a zone without DST gets a single STANDARD")
    func tokyo() throws {
        let text = try TimeZoneComponent(identifier: "Asia/Tokyo", covering: Fixtures.planningWindow).icalText
        #expect(
            text
                == Fixtures.ics(
                    """
                    BEGIN:VTIMEZONE
                    TZID:Asia/Tokyo
                    BEGIN:STANDARD
                    DTSTART:19700101T000000
                    TZOFFSETFROM:+0900
                    TZOFFSETTO:+0900
                    TZNAME:JST
                    END:STANDARD
                    END:VTIMEZONE

                    """
                )
        )
    }

    @Test("Europe/Warsaw comes out as one DAYLIGHT and one STANDARD rule starting in 2026")
    func warsawGolden() throws {
        let text = try TimeZoneComponent(identifier: "Europe/Warsaw", covering: Fixtures.planningWindow)
            .icalText
        #expect(
            text
                == Fixtures.ics(
                    """
                    BEGIN:VTIMEZONE
                    TZID:Europe/Warsaw
                    BEGIN:DAYLIGHT
                    TZNAME:CEST
                    TZOFFSETFROM:+0100
                    TZOFFSETTO:+0200
                    DTSTART:20260329T020000
                    RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
                    END:DAYLIGHT
                    BEGIN:STANDARD
                    TZNAME:CET
                    TZOFFSETFROM:+0200
                    TZOFFSETTO:+0100
                    DTSTART:20261025T030000
                    RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
                    END:STANDARD
                    END:VTIMEZONE

                    """
                )
        )
    }

    @Test("an event written with the emitted VTIMEZONE reads back at Foundation's instant")
    func roundTrip() throws {
        let vtimezone = try TimeZoneComponent(identifier: "America/New_York", covering: Fixtures.planningWindow)
        let text = Fixtures.calendar(
            vtimezone.icalText.replacingOccurrences(of: "\r\n", with: "\n")
                + """
                BEGIN:VEVENT
                UID:round-trip
                DTSTART;TZID=America/New_York:20270315T090000
                END:VEVENT

                """
        )
        let event = try #require(try Fixtures.reader.events(in: text, file: "ny.ics").first)
        // 15 March 2027 is in EDT (UTC-4).
        #expect(event.start == .instant(Fixtures.utc(2027, 3, 15, 13), timeZone: "America/New_York"))
    }

    @Test("unknown names and UTC are refused with a reason")
    func refusals() {
        #expect(throws: TimeZoneComponentError.unknownZone("Europe/Atlantis")) {
            try TimeZoneComponent(identifier: "Europe/Atlantis", covering: Fixtures.planningWindow)
        }
        #expect(throws: TimeZoneComponentError.unknownZone("")) {
            try TimeZoneComponent(identifier: "", covering: Fixtures.planningWindow)
        }
        #expect(throws: TimeZoneComponentError.utcHasNoComponent("UTC")) {
            try TimeZoneComponent(identifier: "UTC", covering: Fixtures.planningWindow)
        }
    }

    @Test("a zone whose rules move every year (Morocco, around Ramadan) is refused, not approximated")
    func casablanca() throws {
        let error = try #require(throws: TimeZoneComponentError.self) {
            try TimeZoneComponent(identifier: "Africa/Casablanca", covering: Fixtures.planningWindow)
        }
        guard case .rulesChange(zone: "Africa/Casablanca", _) = error else {
            Issue.record("expected .rulesChange, got \(error)")
            return
        }
        let advice = "one STANDARD and one DAYLIGHT rule cannot describe it: write its times in UTC."
        #expect(error.description.hasSuffix(advice))
    }

    @Test("a disagreement with the system rules names the instant and both offsets")
    func disagreementDescription() {
        let error = TimeZoneComponentError.disagreesWithSystemRules(
            zone: "America/St_Johns",
            at: Fixtures.utc(2038, 3, 14, 5),
            vtimezone: -5_400,
            system: -9_000
        )
        #expect(
            error.description
                == "the VTIMEZONE made for America/St_Johns gives UTC-01:30 at 2038-03-14T05:00:00Z "
                + "where the system's tzdata gives UTC-02:30; write its times in UTC."
        )
    }
}
