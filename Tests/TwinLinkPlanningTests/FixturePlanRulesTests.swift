import Foundation
import Testing
import TwinLinkCalendar
import TwinLinkDomain
import TwinLinkImport
import TwinLinkPlanning
import TwinLinkTestSupport

/// Plans the bundled fixtures and checks every online meeting against the rules with an
/// independent computation (Foundation's calendar, the holiday files read afresh), not with the
/// planner's own helpers.
@Suite("The fixtures' plan obeys every rule")
struct FixturePlanRulesTests {
    struct Party {
        let name: String
        let zone: TimeZone
        let hours: BusinessHours
        let holidays: Set<String>
    }

    /// Holidays per region code, read from calendars/holidays-<REGION>.ics.
    static func holidayFiles() throws -> [String: [(String, String)]] {
        let folder = RepositoryPaths.root.appendingPathComponent("calendars")
        let reader = CalendarReader(
            window: DateInterval(start: Date(timeIntervalSince1970: 1_735_689_600), duration: 10 * 366 * 86_400))
        var result: [String: [(String, String)]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
        where name.hasPrefix("holidays-") && name.hasSuffix(".ics") {
            let region = String(name.dropFirst("holidays-".count).dropLast(".ics".count))
            for event in try reader.events(inFileAt: folder.appendingPathComponent(name)) {
                let day = try #require(event.start.day)
                result[region, default: []].append((day.description, event.summary ?? ""))
            }
        }
        return result
    }

    @Test("every online meeting: both cities' hours, a working day, no holiday of either, the lead-time window")
    func fixturePlan() throws {
        let registry = try RegistryReader().read(
            directory: URL(fileURLWithPath: RepositoryPaths.fixtures), displayPath: "fixtures")
        let files = try Self.holidayFiles()
        let holidays = files.flatMap { region, days in
            days.map { Holiday(region: HolidayRegion(code: region)!, date: LocalDate(iso: $0.0)!, name: $0.1) }
        }
        let now = try LocalDateTime(iso: "2026-12-01T12:00")!.instant(in: TimeZone(identifier: "Europe/Warsaw")!)
        let plan = ActivityPlanner().plan(
            ActivityPlanner.Input(
                programme: registry.programme, partnerCities: registry.partnerCities, events: registry.events,
                holidays: holidays, eventsWithMeetingRequests: Set(registry.meetingRequests.map(\.eventID)), now: now,
                seed: 1))

        func holidaySet(country: CountryCode, subdivision: String?) -> Set<String> {
            let code = subdivision.flatMap { files[$0] != nil ? $0 : nil } ?? country.rawValue
            return Set((files[code] ?? []).map(\.0))
        }
        let home = registry.programme.homeCity
        let homeParty = Party(
            name: home.name, zone: home.timeZone.timeZone, hours: home.businessHours,
            holidays: holidaySet(country: home.country, subdivision: home.subdivision))
        let cities = Dictionary(uniqueKeysWithValues: registry.partnerCities.map { ($0.id, $0) })
        let events = Dictionary(uniqueKeysWithValues: registry.events.map { ($0.id, $0) })
        var checked = 0
        for event in registry.events where event.visit != .none {
            #expect(
                plan.activities.contains {
                    $0.id
                        == Activity.plannedID(
                            event.visit == .outgoing ? .outgoingStudyVisit : .incomingStudyVisit, for: event.id)
                })
        }
        for activity in plan.activities where activity.kind.isOnline {
            let event = try #require(events[activity.eventID])
            let partnerIDs: [Identifier<PartnerCity>] =
                switch event.host {
                case .partnerCity(let id): [id]
                case .home: event.invitedPartnerCityIDs
                }
            let parties =
                [homeParty]
                + partnerIDs.map { id in
                    let city = cities[id]!
                    return Party(
                        name: city.name, zone: city.timeZone.timeZone, hours: city.businessHours,
                        holidays: holidaySet(country: city.country, subdivision: city.subdivision))
                }
            for party in parties {
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = party.zone
                let start = calendar.dateComponents(
                    [.year, .month, .day, .hour, .minute, .weekday], from: activity.start.instant)
                let end = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: activity.end.instant)
                let day = String(format: "%04d-%02d-%02d", start.year!, start.month!, start.day!)
                #expect(start.weekday != 1 && start.weekday != 7, "\(activity.id) falls on a weekend for \(party.name)")
                #expect(!party.holidays.contains(day), "\(activity.id) falls on a holiday of \(party.name): \(day)")
                #expect((start.year, start.month, start.day) == (end.year, end.month, end.day))
                let startMinute = start.hour! * 60 + start.minute!
                let endMinute = end.hour! * 60 + end.minute!
                #expect(
                    startMinute >= party.hours.opens.minutesSinceMidnight
                        && endMinute <= party.hours.closes.minutesSinceMidnight,
                    "\(activity.id) is outside \(party.name)'s hours \(party.hours): \(startMinute)–\(endMinute)")
                checked += 1
            }
            let visit = try #require(
                plan.activities.first {
                    $0.id
                        == Activity.plannedID(
                            event.host == .home ? .incomingStudyVisit : .outgoingStudyVisit, for: event.id)
                })
            let homeZone = home.timeZone.timeZone
            let day = LocalDate(activity.start.instant, in: homeZone)
            if activity.kind == .onlineIntroduction {
                let lead = day.days(until: LocalDate(visit.start.instant, in: homeZone))
                #expect((14...28).contains(lead), "\(activity.id): \(lead) days before the visit")
            } else {
                let delay = LocalDate(visit.end.instant.addingTimeInterval(-1), in: homeZone).days(until: day)
                #expect((14...28).contains(delay), "\(activity.id): \(delay) days after the visit")
            }
            #expect(activity.notes.isEmpty, "\(activity.id): \(activity.notes)")
        }
        #expect(checked >= 60)

        // The Rochester summit falls in the week when New York is on daylight time and Kraków is
        // not; its B2B session is at 13:00 New York time, which is 18:00 in Kraków, not 19:00.
        let session = try #require(plan.activities.first { $0.id.rawValue == "b2b-ev-2027-03-rochester-photonics" })
        #expect(session.start.local.iso == "2027-03-16T13:00")
        #expect(session.start.local(in: home.timeZone).iso == "2027-03-16T18:00")
    }
}
