import Testing

@testable import TwinLinkCalendar

@Suite("Owning libical components")
struct ICalComponentTests {
    static let twoEvents = Fixtures.calendar(
        """
        BEGIN:VEVENT
        UID:first
        DTSTART:20270310T130000Z
        END:VEVENT
        BEGIN:VEVENT
        UID:second
        DTSTART:20270311T130000Z
        END:VEVENT

        """
    )

    @Test("a child handle keeps its tree alive after the root handle is gone")
    func childKeepsTreeAlive() throws {
        let events: [ICalComponent]
        do {
            let calendar = try #require(ICalComponent.parse(Self.twoEvents))
            events = calendar.children().filter { $0.kindName == "VEVENT" }
        }
        #expect(events.map(\.isRoot) == [false, false])
        #expect(events[1].icalText.contains("UID:second"))
    }

    @Test("adding a component hands it to the new parent")
    func addTransfersOwnership() throws {
        let target = try #require(ICalComponent.parse(Fixtures.calendar("")))
        do {
            let source = try #require(ICalComponent.parse(Self.twoEvents))
            let copy = try #require(source.children().first { $0.kindName == "VEVENT" }).clone()
            #expect(copy.isRoot)
            target.add(copy)
            #expect(!copy.isRoot)
        }
        #expect(target.children().map(\.kindName) == ["VEVENT"])
        #expect(target.icalText.contains("UID:first"))
    }

    @Test("removing a child makes its handle the owner")
    func removeReturnsOwnership() throws {
        let calendar = try #require(ICalComponent.parse(Self.twoEvents))
        let removed = try #require(calendar.children().last)
        calendar.remove(removed)
        #expect(removed.isRoot)
        #expect(calendar.children().count == 1)
        #expect(removed.icalText.contains("UID:second"))
        #expect(!calendar.icalText.contains("UID:second"))
    }

    @Test("several VCALENDARs come back under XROOT")
    func xroot() throws {
        let root = try #require(ICalComponent.parse(Self.twoEvents + Self.twoEvents))
        #expect(root.kindName == "XROOT")
        #expect(root.children().map(\.kindName) == ["VCALENDAR", "VCALENDAR"])
    }

    @Test("a trimmed VTIMEZONE component can be added to a calendar")
    func vtimezoneIntoCalendar() throws {
        let calendar = try #require(ICalComponent.parse(Self.twoEvents))
        let zone = try TimeZoneComponent(identifier: "Europe/Warsaw", covering: Fixtures.planningWindow)
        calendar.add(zone.makeComponent())
        // libical puts VTIMEZONEs before the other children.
        #expect(calendar.children().map(\.kindName) == ["VTIMEZONE", "VEVENT", "VEVENT"])
        #expect(calendar.icalText.contains("TZID:Europe/Warsaw\r\n"))
    }
}
