import Foundation
import Testing
import TwinLinkDomain
import TwinLinkLocalization
import TwinLinkPlanning

@Suite("Online meeting times across zones, daylight-saving time and holidays")
struct OnlineSlotFinderTests {
    let rochester = Build.city("rochester", "Rochester", country: "US", zone: "America/New_York", subdivision: "US-NY")
    let kyotoCity = Build.city("kyoto", "Kyoto", country: "JP", zone: "Asia/Tokyo")
    let losAngeles = Build.city("la", "Los Angeles", country: "US", zone: "America/Los_Angeles")
    let nuremberg = Build.city("nuremberg", "Nuremberg", country: "DE", zone: "Europe/Berlin", subdivision: "DE-BY")

    func slot(with city: PartnerCity, on day: String, holidays: [Holiday] = []) -> OnlineSlotFinder.Slot? {
        let finder = OnlineSlotFinder(
            parties: [Build.warsawParty, Build.party(city)], calendar: WorkingCalendar(holidays: holidays),
            durationMinutes: 60)
        return finder.bestSlot(in: Build.date(day)...Build.date(day), preferring: Build.date(day))
    }

    /// Kraków 08:00–16:00 and Rochester 09:00–17:00 share one hour in winter, two while only the US
    /// is on daylight time, and one again once Europe has changed too.
    @Test(
        "Kraków and Rochester before, during and after the weeks DST is out of step",
        arguments: [
            ("2027-03-12", "2027-03-12T15:00"),  // both standard time: 15:00 Kraków = 09:00 New York
            ("2027-03-16", "2027-03-16T14:00"),  // US on daylight time since 14 March, Europe not yet
            ("2027-03-26", "2027-03-26T14:00"),  // still out of step (Europe changes 28 March)
            ("2027-03-29", "2027-03-29T15:00"),  // both on daylight time
            ("2027-11-01", "2027-11-01T14:00"),  // Europe back on standard time 31 October, the US not until 7 November
            ("2027-11-08", "2027-11-08T15:00"),  // both standard again
        ])
    func rochesterAcrossDST(day: String, expectedWarsaw: String) throws {
        let found = try #require(slot(with: rochester, on: day))
        #expect(found.isInsideEveryonesHours)
        #expect(found.start == Build.instant(expectedWarsaw, "Europe/Warsaw"))
        #expect(LocalDateTime(found.start, in: TimeZone(identifier: "America/New_York")!).time.iso == "09:00")
    }

    @Test("Kraków and Kyoto share one hour in winter and two in summer; Japan has no DST")
    func kyoto() throws {
        let winter = try #require(slot(with: kyotoCity, on: "2027-03-26"))  // Friday before Europe's change
        #expect(winter.start == Build.instant("2027-03-26T08:00", "Europe/Warsaw"))
        #expect(LocalDateTime(winter.start, in: TimeZone(identifier: "Asia/Tokyo")!).time.iso == "16:00")
        let summer = try #require(slot(with: kyotoCity, on: "2027-03-29"))  // Monday after it
        #expect(LocalDateTime(summer.start, in: TimeZone(identifier: "Asia/Tokyo")!).time.iso == "15:00")
        #expect(summer.end.timeIntervalSince(summer.start) == 3600)
    }

    @Test("the night the clocks change, a 60-minute meeting lasts 60 minutes")
    func changeNight() throws {
        // 2027-03-28 is a Sunday; a partner with a Friday–Saturday weekend works on it.
        let telAviv = Build.city("tel-aviv", "Tel Aviv", country: "IL", zone: "Asia/Jerusalem", hours: "00:00-23:00")
        let nightOwls = MeetingParty(
            name: "Kraków", zone: Build.warsaw, hours: BusinessHours(iso: "01:00-05:00")!,
            region: HolidayRegion(code: "IL")!)
        let finder = OnlineSlotFinder(
            parties: [nightOwls, Build.party(telAviv)], calendar: WorkingCalendar(holidays: []), durationMinutes: 60)
        let found = try #require(
            finder.bestSlot(
                in: Build.date("2027-03-28")...Build.date("2027-03-28"), preferring: Build.date("2027-03-28")))
        #expect(found.start == Build.instant("2027-03-28T01:00", "Europe/Warsaw"))
        #expect(found.end.timeIntervalSince(found.start) == 3600)
        // 02:00–03:00 does not exist in Warsaw that night; 01:30 CET + 60 min is 03:30 CEST.
        let acrossTheGap = Build.instant("2027-03-28T01:30", "Europe/Warsaw")
        guard case .success(let slot) = finder.evaluate(start: acrossTheGap) else {
            Issue.record("01:30 is a working time for both")
            return
        }
        #expect(LocalDateTime(slot.end, in: Build.warsaw.timeZone).iso == "2027-03-28T03:30")
        #expect(slot.isInsideEveryonesHours)
    }

    @Test("never on a weekend or a public holiday of either country")
    func holidaysAndWeekends() throws {
        let holidays = [
            Build.holiday("PL", "2027-05-03", "Constitution Day"),
            Build.holiday("DE-BY", "2027-05-06", "Ascension Day"),
        ]
        let finder = OnlineSlotFinder(
            parties: [Build.warsawParty, Build.party(nuremberg)], calendar: WorkingCalendar(holidays: holidays),
            durationMinutes: 60)
        // Window Saturday 1 May to Thursday 6 May, preferring Monday 3 May: Sat, Sun, Mon and Thu
        // are out, so Tuesday 4 May (next closest) is chosen.
        let found = try #require(
            finder.bestSlot(
                in: Build.date("2027-05-01")...Build.date("2027-05-06"), preferring: Build.date("2027-05-03")))
        #expect(LocalDate(found.start, in: Build.warsaw.timeZone).iso == "2027-05-04")
        #expect(
            finder.bestSlot(
                in: Build.date("2027-05-01")...Build.date("2027-05-03"), preferring: Build.date("2027-05-03")) == nil)
        guard case .failure(let closure) = finder.evaluate(start: Build.instant("2027-05-06T10:00", "Europe/Warsaw"))
        else {
            Issue.record("Ascension Day in Bavaria must be refused")
            return
        }
        #expect(
            closure
                == .init(party: "Nuremberg", date: Build.date("2027-05-06"), reason: "public holiday (Ascension Day)"))
    }

    @Test("a subdivision without its own calendar falls back to its country's")
    func regionFallback() {
        let calendar = WorkingCalendar(holidays: [Build.holiday("DE", "2027-10-03", "German Unity Day")])
        #expect(calendar.holiday(on: Build.date("2027-10-03"), in: HolidayRegion(code: "DE-BY")!) == "German Unity Day")
        #expect(calendar.effectiveRegion(for: HolidayRegion(code: "DE-BY")!) == HolidayRegion(code: "DE"))
    }

    @Test("with no common business hour, the least-bad time is proposed and the note says whose hours it misses")
    func noCommonHour() throws {
        // Kraków 08:00–16:00 CET is 07:00–15:00 UTC; Los Angeles 09:00–17:00 PST is 17:00–01:00 UTC.
        let found = try #require(slot(with: losAngeles, on: "2027-02-10"))
        #expect(!found.isInsideEveryonesHours)
        // Half way across the two-hour gap: 90 min from each side's hours at most.
        #expect(found.start == Build.instant("2027-02-10T16:30", "Europe/Warsaw"))
        #expect(found.minutesOutside == ["Kraków": 60, "Los Angeles": 60])
        let finder = OnlineSlotFinder(
            parties: [Build.warsawParty, Build.party(losAngeles)], calendar: WorkingCalendar(holidays: []),
            durationMinutes: 60)
        let note = try #require(finder.note(for: found))
        #expect(
            MessageRenderer(CatalogueSet.shippedCatalogue("en")).render(note)
                == "No time inside every party's business hours exists on the working days allowed; this is the "
                + "least-bad time, outside the hours of Kraków (starts 16:30 local time, 60 min outside 08:00-16:00) "
                + "and Los Angeles (starts 07:30 local time, 60 min outside 09:00-17:00).")
        let polish = MessageRenderer(CatalogueSet.shippedCatalogue("pl")).render(note)
        #expect(polish.contains("Kraków (początek o 16:30 czasu lokalnego, 60 minut poza godzinami 08:00-16:00)"))
    }
}
