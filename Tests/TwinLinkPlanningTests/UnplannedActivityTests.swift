import Foundation
import Testing
import TwinLinkDomain
import TwinLinkLocalization
import TwinLinkPlanning

/// An online meeting that cannot be placed appears as unplanned with the reason (issue 13 §3).
@Suite struct UnplannedActivityTests {
    let nuremberg = Build.city("nuremberg", "Nuremberg", country: "DE", zone: "Europe/Berlin", subdivision: "DE-BY")

    func input(holidays: [Holiday], previous: [Activity] = []) -> ActivityPlanner.Input {
        ActivityPlanner.Input(
            programme: Build.programme(), partnerCities: [nuremberg],
            events: [Build.event("fair", in: nuremberg, first: "2027-05-04", last: "2027-05-05")],
            holidays: holidays, previous: previous, now: Build.instant("2026-12-01T12:00", "Europe/Warsaw"), seed: 42)
    }

    /// Every day of the introduction's window (28 to 14 days before the arrival on 3 May) is a holiday.
    var closedWindow: [Holiday] {
        var holidays: [Holiday] = []
        var day = Build.date("2027-04-05")
        while day <= Build.date("2027-04-19") {
            holidays.append(Build.holiday("DE-BY", day.iso, "Strike day"))
            day = day.adding(days: 1)
        }
        return holidays
    }

    @Test func anIntroductionWhoseEveryDayIsAHolidayIsUnplannedWithTheReason() throws {
        let plan = ActivityPlanner().plan(input(holidays: closedWindow))
        #expect(!plan.activities.contains { $0.kind == .onlineIntroduction })
        let unplanned = try #require(plan.unplanned.first)
        #expect(plan.unplanned.count == 1)
        #expect(unplanned.activityID.rawValue == "intro-fair")
        #expect(unplanned.kind == .onlineIntroduction)
        #expect(
            unplanned.reason.hasPrefix(
                "no day from 5 April 2027 to 19 April 2027 is a working day for every party: 5 April 2027: public "
                    + "holiday (Strike day) for Nuremberg"), "\(unplanned.reason)")
        #expect(unplanned.reason.contains("10 April 2027: weekend for"))
        // The reason is a message: the coordinator of a Czech programme reads it in Czech.
        let czech = MessageRenderer(CatalogueSet.shippedCatalogue("cs")).render(try #require(unplanned.reasonMessage))
        #expect(czech.hasPrefix("žádný den od 5. dubna 2027 do 19. dubna 2027 není pracovním dnem"), "\(czech)")
        #expect(czech.contains("10. dubna 2027: víkend (Kraków)"))
        #expect(!czech.contains("weekend") && !czech.contains("working day"))
    }

    @Test func aPlannedIntroductionThatCanNoLongerBePlacedIsCancelledWithTheReason() throws {
        let first = ActivityPlanner().plan(input(holidays: []))
        #expect(first.unplanned.isEmpty)
        let again = ActivityPlanner().plan(input(holidays: closedWindow, previous: first.activities))
        let change = try #require(again.changes.first { $0.activityID.rawValue == "intro-fair" })
        #expect(change.kind == .cancelled)
        #expect(change.reason.hasPrefix("no day from 5 April 2027 to 19 April 2027"))
    }

    @Test func whatWasPlannedOnAnEventThePartnerDroppedIsCancelledWithTheReason() throws {
        let first = ActivityPlanner().plan(input(holidays: []))
        var dropped = Build.event("fair", in: nuremberg, first: "2027-05-04", last: "2027-05-05")
        dropped.visit = .none
        dropped.source = FeedEventDrop.source(droppedFrom: "feed:events-nuremberg.ics")
        let again = ActivityPlanner().plan(
            ActivityPlanner.Input(
                programme: Build.programme(), partnerCities: [nuremberg], events: [dropped], holidays: [],
                previous: first.activities, now: Build.instant("2026-12-01T12:00", "Europe/Warsaw"), seed: 42))
        #expect(!again.moves.isEmpty)
        #expect(
            again.moves.allSatisfy {
                $0.kind == .cancelled && $0.reason == "the partner dropped its event from the feed"
            })
    }
}
