import Testing
import TwinLinkDomain
import TwinLinkReports

@Suite("Attendance conflicts")
struct AttendanceReviewTests {
    let conflicts = AttendanceReview.conflicts(in: ReportScenario.records())

    @Test("every conflict of the scenario, and nothing else")
    func all() {
        let summary = conflicts.map {
            "\($0.kind.rawValue) \($0.activityID) \($0.personID) \($0.meetingRequestID?.rawValue ?? "-")"
        }
        #expect(
            summary == [
                // p-b1 attended mr-3, which is not in the schedule; so did p-y.
                "meeting_not_scheduled b2b-ev-home p-b1 mr-3", "meeting_not_scheduled b2b-ev-home p-y mr-3",
                // A no-show at the visit on 2026-11-17, the day of mr-2 and mr-3.
                "no_show_with_meeting visit-ev-home p-b1 mr-2", "no_show_with_meeting visit-ev-home p-b1 mr-3",
                // p-a2 has no seat: app-1 holds one, for p-a1. The staff member is not questioned.
                "not_expected visit-ev-out p-a2 -",
            ])
        let seat = conflicts.first { $0.personID.rawValue == "p-a2" }
        #expect(seat?.detail.contains("not among the 1 delegate of application app-1") == true)
    }

    @Test("a withdrawn application, a firm that did not apply, a stranger at a meeting")
    func reasons() {
        var records = ReportScenario.records()
        records.attendance += [
            ReportScenario.attended("visit-ev-out", "p-c1", day: "2026-10-13"),
            ReportScenario.attended("visit-ev-out", "p-d1", day: "2026-10-14"),
            ReportScenario.attended("b2b-ev-home", "p-a2", meeting: "mr-2"),
        ]
        let details = AttendanceReview.conflicts(in: records).filter { $0.kind == .notExpected }.map(\.detail)
        #expect(details.contains { $0.contains("application app-3 of sme-c was withdrawn on") })
        #expect(details.contains { $0.contains("sme-d did not apply to ev-out") })
        #expect(details.contains { $0.contains("is not a party to it: p-a2 works for sme:sme-a") })
    }

    @Test("correcting the record resolves the conflict")
    func corrected() {
        var records = ReportScenario.records()
        records.attendance.removeAll { $0.personID.rawValue == "p-b1" && $0.activityID.rawValue == "visit-ev-home" }
        records.attendance.append(ReportScenario.attended("visit-ev-home", "p-b1", day: "2026-11-17"))
        #expect(!AttendanceReview.conflicts(in: records).contains { $0.kind == .noShowWithMeeting })
    }

    @Test("a whole-activity no-show clashes with a meeting on any of its days")
    func wholeActivity() {
        var records = ReportScenario.records()
        records.attendance.removeAll { $0.personID.rawValue == "p-b1" && $0.activityID.rawValue == "visit-ev-home" }
        records.attendance.append(ReportScenario.attended("visit-ev-home", "p-b1", .noShow))
        let clashes = AttendanceReview.conflicts(in: records).filter { $0.kind == .noShowWithMeeting }
        #expect(clashes.count == 2)
        #expect(clashes.allSatisfy { $0.day == nil && $0.detail.contains("for the whole activity") })
    }
}
