import Foundation
import Testing
import TwinLinkDomain
import TwinLinkPlanning

@Suite("Planning activities from mutual events")
struct ActivityPlannerTests {
    let nuremberg = Build.city("nuremberg", "Nuremberg", country: "DE", zone: "Europe/Berlin", subdivision: "DE-BY")
    let now = Build.instant("2026-12-01T12:00", "Europe/Warsaw")

    func input(
        events: [MutualEvent], holidays: [Holiday] = [], previous: [Activity] = [], requests: Bool = false,
        settings: PlanningSettings = PlanningSettings(seed: 7), now: Date? = nil
    ) -> ActivityPlanner.Input {
        ActivityPlanner.Input(
            programme: Build.programme(settings: settings), partnerCities: [nuremberg], events: events,
            holidays: holidays, eventsWithMeetingRequests: requests ? Set(events.map(\.id)) : [], previous: previous,
            now: now ?? self.now, seed: 42)
    }

    @Test("an outgoing visit: arrival the day before, departure the day after, an introduction and a follow-up")
    func outgoingVisit() throws {
        let fair = Build.event("fair", in: nuremberg, first: "2027-05-04", last: "2027-05-05")
        let plan = ActivityPlanner().plan(input(events: [fair], requests: true))
        let ids = plan.activities.map(\.id.rawValue)
        #expect(ids == ["intro-fair", "visit-fair", "b2b-fair", "follow-up-fair"])
        let visit = try #require(plan.activities.first { $0.kind == .outgoingStudyVisit })
        #expect(visit.start.local.iso == "2027-05-03T00:00")
        #expect(visit.end.local.iso == "2027-05-07T00:00")
        #expect(visit.partnerCityID == nuremberg.id)
        #expect(visit.agenda.map(\.title).first == "Arrival and hotel check-in")
        #expect(visit.agenda.contains { $0.title == "1:1 business meetings" })
        let intro = try #require(plan.activities.first { $0.kind == .onlineIntroduction })
        // 21 days before 3 May is Monday 12 April; 09:00 is when both Kraków (08:00) and Nuremberg (09:00) work.
        #expect(intro.start.local(in: Build.warsaw).iso == "2027-04-12T09:00")
        #expect(intro.joinURL?.hasPrefix("https://meet.jit.si/TwinLink-") == true)
        let followUp = try #require(plan.activities.first { $0.kind == .onlineFollowUp })
        #expect(
            Build.date("2027-05-20")...Build.date("2027-06-03")
                ~= LocalDate(followUp.start.instant, in: Build.warsaw.timeZone))
        let session = try #require(plan.activities.first { $0.kind == .businessMeetings })
        #expect(session.start.local.iso == "2027-05-04T13:00")
        #expect(session.end.local.iso == "2027-05-04T17:00")
        #expect(plan.changes.allSatisfy { $0.kind == .added })
    }

    @Test("the same inputs give the same plan; every meeting gets its own unguessable room")
    func deterministic() {
        let events = [
            Build.event("a", in: nuremberg, first: "2027-05-04", last: "2027-05-05"),
            Build.event("b", in: nuremberg, first: "2027-09-14", last: "2027-09-16"),
        ]
        let first = ActivityPlanner().plan(input(events: events))
        let second = ActivityPlanner().plan(input(events: events))
        #expect(first.activities == second.activities)
        let links = first.activities.compactMap(\.joinURL)
        #expect(links.count == 4)
        #expect(Set(links).count == 4)
        #expect(links.allSatisfy { $0.count == "https://meet.jit.si/TwinLink-".count + 26 })
        var other = input(events: events)
        other.seed = 43
        #expect(ActivityPlanner().plan(other).activities.compactMap(\.joinURL) != links)
    }

    @Test("a fixed room or a URL pattern from the programme's video setting")
    func videoSettings() {
        let fair = [Build.event("fair", in: nuremberg, first: "2027-05-04", last: "2027-05-05")]
        let fixed = ActivityPlanner().plan(
            input(events: fair, settings: PlanningSettings(video: .fixed(url: "https://video.city.example/room1"))))
        #expect(Set(fixed.activities.compactMap(\.joinURL)) == ["https://video.city.example/room1"])
        let pattern = ActivityPlanner().plan(
            input(events: fair, settings: PlanningSettings(video: .pattern("https://meet.example/{activity}"))))
        #expect(
            pattern.activities.compactMap(\.joinURL) == [
                "https://meet.example/intro-fair", "https://meet.example/follow-up-fair",
            ])
    }

    @Test("re-planning keeps what still obeys the rules and moves only what must, saying why")
    func replanning() throws {
        let fair = Build.event("fair", in: nuremberg, first: "2027-05-04", last: "2027-05-05")
        let first = ActivityPlanner().plan(input(events: [fair]))
        let intro = try #require(first.activities.first { $0.id.rawValue == "intro-fair" })

        // Nothing changed: nothing moves.
        let again = ActivityPlanner().plan(input(events: [fair], previous: first.activities))
        #expect(again.moves.isEmpty)
        #expect(again.activities == first.activities)

        // The intro's day becomes a holiday in Bavaria: only the intro moves.
        let holiday = Build.holiday(
            "DE-BY", LocalDate(intro.start.instant, in: nuremberg.timeZone.timeZone).iso, "New holiday")
        let afterHoliday = ActivityPlanner().plan(
            input(events: [fair], holidays: [holiday], previous: first.activities))
        #expect(afterHoliday.moves.map(\.activityID.rawValue) == ["intro-fair"])
        #expect(afterHoliday.moves.first?.reason == "2027-04-12 is a public holiday (New holiday) for Nuremberg")
        let movedIntro = try #require(afterHoliday.activities.first { $0.id.rawValue == "intro-fair" })
        #expect(movedIntro.joinURL == intro.joinURL)

        // The event moves a week later: the visit moves; the intro still fits its window and stays.
        let moved = Build.event("fair", in: nuremberg, first: "2027-05-11", last: "2027-05-12")
        let afterMove = ActivityPlanner().plan(input(events: [moved], previous: first.activities))
        let visitChange = try #require(afterMove.changes.first { $0.activityID.rawValue == "visit-fair" })
        guard case .moved(let from, let to) = visitChange.kind else {
            Issue.record("the visit moves with its event")
            return
        }
        #expect(from.local.date.iso == "2027-05-03")
        #expect(to.local.date.iso == "2027-05-10")
        #expect(afterMove.changes.first { $0.activityID.rawValue == "intro-fair" }?.kind == .unchanged)

        // The event is no longer marked for a visit: its activities are cancelled, not deleted.
        var dropped = fair
        dropped.visit = .none
        let afterDrop = ActivityPlanner().plan(input(events: [dropped], previous: first.activities))
        #expect(afterDrop.activities.count == first.activities.count)
        #expect(afterDrop.activities.allSatisfy { $0.status == .cancelled })
        #expect(afterDrop.moves.allSatisfy { $0.kind == .cancelled })
    }

    @Test("an activity that has started never moves")
    func startedActivitiesStay() throws {
        let fair = Build.event("fair", in: nuremberg, first: "2027-05-04", last: "2027-05-05")
        let first = ActivityPlanner().plan(input(events: [fair]))
        let later = Build.instant("2027-05-04T10:00", "Europe/Berlin")
        let moved = Build.event("fair", in: nuremberg, first: "2027-06-04", last: "2027-06-05")
        let plan = ActivityPlanner().plan(input(events: [moved], previous: first.activities, now: later))
        let visit = try #require(plan.activities.first { $0.id.rawValue == "visit-fair" })
        #expect(visit.start.local.date.iso == "2027-05-03")
        #expect(plan.changes.first { $0.activityID.rawValue == "visit-fair" }?.kind == .unchanged)
    }

    @Test("a visit whose introduction window has passed gets a shorter lead time, with a note")
    func shortNotice() throws {
        let fair = Build.event("fair", in: nuremberg, first: "2026-12-10", last: "2026-12-11")
        let plan = ActivityPlanner().plan(input(events: [fair]))
        let intro = try #require(plan.activities.first { $0.kind == .onlineIntroduction })
        let day = LocalDate(intro.start.instant, in: Build.warsaw.timeZone)
        #expect(day > Build.date("2026-12-01") && day < Build.date("2026-12-09"))
        #expect(intro.notes == ["Less lead time than the programme asks for: the usual window has passed."])
    }
}
