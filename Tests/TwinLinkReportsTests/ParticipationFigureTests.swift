import Testing
import TwinLinkDomain
import TwinLinkReports

/// The participation figures of `ReportScenario`, worked out by hand from its records.
@Suite("Participation figures")
struct ParticipationFigureTests {
    let activities = ReportScenario.report().table("activities")

    @Test("only activities not cancelled whose first day is in the period are reported")
    func scope() {
        let ids = activities.rows.map { $0.cells[0].csv }
        // follow-up-ev-home starts on 2026-12-14, after the period's end 2026-12-01.
        #expect(ids == ["intro-ev-out", "visit-ev-out", "visit-ev-home", "b2b-ev-home", "Total"])
        let narrowed = ReportBuilder.build(
            ReportScenario.records(),
            period: ReportPeriod(from: ReportScenario.day("2026-10-01"), to: ReportScenario.day("2026-10-31"))!)
        #expect(narrowed.table("activities").rows.map { $0.cells[0].csv } == ["visit-ev-out", "Total"])
    }

    @Test(
        "people per activity",
        arguments: [
            // Delegates p-a1, p-b1 (one seat each in allocation v2) and the city's contact; p-b1 excused.
            (
                "intro-ev-out",
                ["invited": "3", "attended": "2", "no-shows": "0", "excused": "1", "no-show rate (%)": "0.0"]
            ),
            // p-a1 came two of three days: attended. p-a2 has no seat but came: counted (and a conflict).
            // p-b1 no-show; the staff member is not counted. 1 no-show of 3 expected on the day.
            (
                "visit-ev-out",
                ["invited": "2", "attended": "2", "no-shows": "1", "excused": "0", "no-show rate (%)": "33.3"]
            ),
            // No allocation for ev-home: both applications count with their delegates.
            ("visit-ev-home", ["invited": "2", "attended": "1", "no-shows": "1", "no-show rate (%)": "50.0"]),
            // Both sides of the scheduled mr-1 and mr-2: p-a1, p-b1, p-x. p-x missed mr-2 but attended
            // mr-1; p-y attended the unscheduled mr-3: four attended.
            ("b2b-ev-home", ["invited": "3", "attended": "4", "no-shows": "0", "no-show rate (%)": "0.0"]),
            ("Total", ["invited": "10", "attended": "9", "no-shows": "2", "excused": "1", "no-show rate (%)": "18.2"]),
        ])
    func people(activity: String, expected: [String: String]) {
        for (column, value) in expected {
            #expect(activities.value(activity, column) == value, "\(activity) \(column)")
        }
    }

    @Test("applications and acceptances come from the latest allocation, else from the applications")
    func applications() {
        // app-3 was withdrawn: ev-out has two applications, both accepted in v2.
        #expect(activities.value("visit-ev-out", "applications") == "2")
        #expect(activities.value("visit-ev-out", "accepted") == "2")
        #expect(activities.value("visit-ev-home", "accepted") == "2")
        #expect(activities.value("Total", "applications") == "4")
        let delegations = ReportScenario.report().table("delegations")
        #expect(delegations.value("ev-out", "seats decided by") == "allocation v2")
        #expect(delegations.value("ev-home", "seats decided by") == "applications (no allocation stored)")
        #expect(delegations.value("ev-out", "seats") == "2")
    }

    @Test("a 1:1 meeting is held when both sides attended it, scheduled or not")
    func meetings() {
        // mr-1: both came. mr-2: the partner did not. mr-3: both came, though not scheduled.
        #expect(activities.value("b2b-ev-home", "meetings requested") == "3")
        #expect(activities.value("b2b-ev-home", "meetings scheduled") == "2")
        #expect(activities.value("b2b-ev-home", "meetings held") == "2")
        #expect(activities.value("visit-ev-home", "meetings held") == "0")
    }

    @Test("leads and joint projects count contacts by their furthest outcome; every rating is averaged")
    func outcomes() {
        // (sme-a, pe-x): lead, then contract → a lead. (sme-b, pe-y): nothing. Ratings 4, 5, 2.
        #expect(activities.value("visit-ev-out", "leads") == "1")
        #expect(activities.value("visit-ev-out", "joint projects") == "0")
        #expect(activities.value("visit-ev-out", "average rating") == "3.67")
        #expect(activities.value("visit-ev-out", "ratings") == "3")
        // mr-1 follow-up agreed (not a lead); mr-3 offer sent, then a joint project. Ratings 3, 4.
        #expect(activities.value("b2b-ev-home", "leads") == "1")
        #expect(activities.value("b2b-ev-home", "joint projects") == "1")
        #expect(activities.value("b2b-ev-home", "average rating") == "3.50")
        #expect(activities.value("intro-ev-out", "average rating") == "")
        #expect(activities.value("Total", "average rating") == "3.60")
    }

    @Test("sector and size-class rows count local firms' people and split the total")
    func breakdowns() {
        let report = ReportScenario.report()
        let sizes = report.table("size-classes")
        // sme-a (micro): p-a1 at four activities, p-a2 once. sme-b (small): p-b1.
        #expect(sizes.value("micro", "invited") == "4")
        #expect(sizes.value("micro", "attended") == "5")
        #expect(sizes.value("small", "no-shows") == "2")
        // sme-c is medium only with its linked enterprise (40 + 30 staff); it withdrew.
        #expect(sizes.value("medium", "applications") == "0")
        #expect(sizes.value("Total", "invited") == "8")
        for column in ["applications", "invited", "attended", "no-shows", "leads", "meetings held"] {
            let rows = sizes.rows.filter { !$0.isTotal }.compactMap {
                Int($0.cells[sizes.columns.firstIndex(of: column)!].csv)
            }
            #expect(String(rows.reduce(0, +)) == sizes.value("Total", column), "\(column)")
        }
        let sectors = report.table("sectors")
        #expect(
            sectors.rows.map { $0.cells[0].csv } == ["C Manufacturing", "J Information and communication", "Total"])
        #expect(sectors.value("J Information and communication", "meetings held") == "1")
        #expect(sectors.value("C Manufacturing", "joint projects") == "1")
        let quarters = report.table("quarters")
        #expect(quarters.rows.map { $0.cells[0].csv } == ["2026-Q3", "2026-Q4", "Total"])
        #expect(quarters.value("2026-Q3", "activities") == "1")
    }
}
