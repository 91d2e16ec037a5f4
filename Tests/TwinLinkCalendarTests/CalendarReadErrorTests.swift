import Foundation
import Testing
import TwinLinkCalendar

/// A broken .ics text and the exact error reading it must give.
struct BrokenCalendar: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let line: Int?
    let problem: CalendarReadError.Problem

    var testDescription: String { name }

    static let all: [BrokenCalendar] = [
        BrokenCalendar(
            name: "garbage",
            text: "This is not a calendar.\nJust a shopping list: bread, milk.\n",
            line: nil,
            problem: .notICalendar
        ),
        BrokenCalendar(name: "empty text", text: "", line: nil, problem: .notICalendar),
        BrokenCalendar(
            name: "file cut in the middle of a VEVENT",
            text: Fixtures.ics(
                """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//TwinLink//Tests//EN
                BEGIN:VEVENT
                UID:cut@twinlink
                DTSTART:20270310T130000Z
                SUMM
                """
            ),
            line: 4,
            problem: .unterminatedComponent("VEVENT")
        ),
        BrokenCalendar(
            name: "END of the wrong component",
            text: Fixtures.calendar(
                """
                BEGIN:VEVENT
                UID:wrong-end
                DTSTART:20270310T130000Z
                END:VTODO

                """
            ),
            line: 7,
            problem: .mismatchedEnd(expected: "VEVENT", found: "VTODO")
        ),
        BrokenCalendar(
            name: "VEVENT outside a VCALENDAR",
            text: Fixtures.ics("BEGIN:VEVENT\nUID:loose\nDTSTART:20270310T130000Z\nEND:VEVENT\n"),
            line: 1,
            problem: .outsideCalendar(component: "VEVENT")
        ),
        BrokenCalendar(
            name: "calendar without events",
            text: Fixtures.calendar(""),
            line: nil,
            problem: .noEvents
        ),
        BrokenCalendar(
            name: "DTSTART libical cannot parse",
            text: Fixtures.calendar(
                """
                BEGIN:VEVENT
                UID:bad-start
                DTSTART:next Tuesday
                END:VEVENT

                """
            ),
            line: 6,
            problem: .rejectedByParser([
                CalendarReadError.Diagnostic(
                    line: 6,
                    message:
                        "Can't parse as DATE-TIME value in DTSTART property. Removing entire property: next Tuesday"
                )
            ])
        ),
        BrokenCalendar(
            name: "two parser errors in two events",
            text: Fixtures.calendar(
                """
                BEGIN:VEVENT
                UID:one
                DTSTART;VALUE=DATE:2027031
                END:VEVENT
                BEGIN:VEVENT
                UID:two
                DTSTART:20270310T130000Z
                RRULE:FREQ=SOMETIMES
                END:VEVENT

                """
            ),
            line: 6,
            problem: .rejectedByParser([
                CalendarReadError.Diagnostic(
                    line: 6,
                    message: "Can't parse as DATE value in DTSTART property. Removing entire property: 2027031"
                ),
                CalendarReadError.Diagnostic(
                    line: 11,
                    message: "Can't parse as RECUR value in RRULE property. Removing entire property: FREQ=SOMETIMES"
                ),
            ])
        ),
        BrokenCalendar(
            name: "date out of range, which libical accepts",
            text: Fixtures.calendar(
                """
                BEGIN:VEVENT
                UID:bad-date
                SUMMARY:Thirteenth month
                DTSTART:20271399T250000Z
                END:VEVENT

                """
            ),
            line: 7,
            problem: .invalidValue(property: "DTSTART", value: "20271399T250000Z", uid: "bad-date")
        ),
        BrokenCalendar(
            name: "DTSTART missing",
            text: Fixtures.calendar(
                """
                BEGIN:VEVENT
                UID:no-start
                SUMMARY:Someday
                END:VEVENT

                """
            ),
            line: 4,
            problem: .missingProperty("DTSTART", uid: "no-start")
        ),
        BrokenCalendar(
            name: "UID missing",
            text: Fixtures.calendar("BEGIN:VEVENT\nDTSTART:20270310T130000Z\nEND:VEVENT\n"),
            line: 4,
            problem: .missingProperty("UID", uid: nil)
        ),
        BrokenCalendar(
            name: "unknown TZID without VTIMEZONE",
            text: Fixtures.calendar(
                """
                BEGIN:VEVENT
                UID:mars
                DTSTART;TZID=Mars/Olympus_Mons:20270310T140000
                END:VEVENT

                """
            ),
            line: 6,
            problem: .unknownTimeZone("Mars/Olympus_Mons", uid: "mars")
        ),
        BrokenCalendar(
            name: "unknown TZID in EXDATE",
            text: Fixtures.calendar(
                """
                BEGIN:VEVENT
                UID:exdate
                DTSTART:20270310T140000Z
                RRULE:FREQ=DAILY;COUNT=3
                EXDATE;TZID=Europe/Atlantis:20270311T140000
                END:VEVENT

                """
            ),
            line: 8,
            problem: .unknownTimeZone("Europe/Atlantis", uid: "exdate")
        ),
        BrokenCalendar(
            name: "SEQUENCE that is not a number, which libical reads as 0",
            text: Fixtures.calendar(
                """
                BEGIN:VEVENT
                UID:seq
                DTSTART:20270310T140000Z
                SEQUENCE:two
                END:VEVENT

                """
            ),
            line: 7,
            problem: .invalidValue(property: "SEQUENCE", value: "two", uid: "seq")
        ),
        BrokenCalendar(
            name: "STATUS that VEVENT does not allow",
            text: Fixtures.calendar(
                """
                BEGIN:VEVENT
                UID:status
                DTSTART:20270310T140000Z
                STATUS:MAYBE
                END:VEVENT

                """
            ),
            line: 7,
            problem: .invalidValue(property: "STATUS", value: "MAYBE", uid: "status")
        ),
        BrokenCalendar(
            name: "DTEND and DURATION together, which libical accepts",
            text: Fixtures.calendar(
                """
                BEGIN:VEVENT
                UID:both
                DTSTART:20270310T140000Z
                DTEND:20270310T150000Z
                DURATION:PT1H
                END:VEVENT

                """
            ),
            line: 8,
            problem: .inconsistentEnd("it has both DTEND and DURATION; keep one", uid: "both")
        ),
        BrokenCalendar(
            name: "DTEND before DTSTART",
            text: Fixtures.calendar(
                """
                BEGIN:VEVENT
                UID:backwards
                DTSTART:20270310T140000Z
                DTEND:20270310T130000Z
                END:VEVENT

                """
            ),
            line: 7,
            problem: .inconsistentEnd("DTEND is before DTSTART", uid: "backwards")
        ),
        BrokenCalendar(
            name: "all-day DTEND equal to DTSTART",
            text: Fixtures.calendar(
                """
                BEGIN:VEVENT
                UID:zero-days
                DTSTART;VALUE=DATE:20270503
                DTEND;VALUE=DATE:20270503
                END:VEVENT

                """
            ),
            line: 7,
            problem: .inconsistentEnd("DTEND must be after DTSTART", uid: "zero-days")
        ),
        BrokenCalendar(
            name: "all-day start with a timed end",
            text: Fixtures.calendar(
                """
                BEGIN:VEVENT
                UID:mixed
                DTSTART;VALUE=DATE:20270503
                DTEND:20270503T120000Z
                END:VEVENT

                """
            ),
            line: 7,
            problem: .inconsistentEnd("DTSTART and DTEND must both be dates or both date-times", uid: "mixed")
        ),
    ]
}

@Suite("Rejecting broken calendars")
struct CalendarReadErrorTests {
    @Test("each broken calendar fails with the exact error", arguments: BrokenCalendar.all)
    func rejects(_ broken: BrokenCalendar) {
        let expected = CalendarReadError(file: "broken.ics", line: broken.line, problem: broken.problem)
        #expect(throws: expected) {
            try Fixtures.reader.events(in: broken.text, file: "broken.ics")
        }
    }

    @Test("bytes that are not UTF-8 are rejected")
    func notUTF8() {
        let bytes = Data([0x42, 0x45, 0x47, 0x49, 0x4E, 0x3A, 0xFF, 0xFE, 0x0D, 0x0A])
        #expect(throws: CalendarReadError(file: "latin.ics", line: nil, problem: .notUTF8)) {
            try Fixtures.reader.events(in: bytes, file: "latin.ics")
        }
    }

    @Test("a missing file names its path")
    func missingFile() throws {
        let url = URL(fileURLWithPath: "/nonexistent/twinlink/holidays.ics")
        let error = try #require(throws: CalendarReadError.self) {
            try Fixtures.reader.events(inFileAt: url)
        }
        #expect(error.file == "/nonexistent/twinlink/holidays.ics")
        guard case .unreadable = error.problem else {
            Issue.record("expected .unreadable, got \(error.problem)")
            return
        }
    }

    @Test("descriptions tell the file, the line, what is wrong and what would fix it")
    func descriptions() {
        let truncated = CalendarReadError(file: "pl.ics", line: 4, problem: .unterminatedComponent("VEVENT"))
        #expect(truncated.description == "pl.ics:4: BEGIN:VEVENT has no END:VEVENT; the file looks truncated.")
        let zone = CalendarReadError(file: "a.ics", line: 6, problem: .unknownTimeZone("Mars/Olympus", uid: "x"))
        #expect(
            zone.description
                == "a.ics:6: event x uses TZID 'Mars/Olympus', which is neither a VTIMEZONE in the calendar "
                + "nor a known IANA zone; add its VTIMEZONE or use an IANA name such as Europe/Warsaw."
        )
        let parser = CalendarReadError(
            file: "b.ics",
            line: 6,
            problem: .rejectedByParser([
                CalendarReadError.Diagnostic(line: 6, message: "bad DTSTART"),
                CalendarReadError.Diagnostic(line: nil, message: "bad RRULE"),
            ])
        )
        #expect(parser.description == "b.ics:6: libical rejected the file: line 6: bad DTSTART; bad RRULE")
    }
}
