import Foundation
import Testing
import TwinLinkTestSupport

/// `twinlink attendance`, `outcome` and `costs` on a copy of the fixtures, run as a user runs them.
@Suite("twinlink attendance, outcome and costs", .serialized)
struct AttendanceCommandTests {
    /// English output (`TWINLINK_LANGUAGE=en`): these checks read the command line's English texts.
    let cli = BinaryRunner(environment: ["TWINLINK_LANGUAGE": "en"])

    /// A copy of the fixtures without their attendance, outcome and cost files, imported, with
    /// the holidays, and planned (as `run` would, without recording attendance).
    func prepared() throws -> (root: URL, db: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "twinlink-attendance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["fixtures", "calendars"] {
            try FileManager.default.copyItem(
                at: RepositoryPaths.root.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        let db = root.appendingPathComponent("db.sqlite").path
        #expect(try cli.run("import", root.appendingPathComponent("fixtures").path, "--db", db).status == 0)
        #expect(try cli.run("import-calendar", root.appendingPathComponent("calendars").path, "--db", db).status == 0)
        #expect(try cli.run("plan", "--db", db).status == 0)
        return (root, db)
    }

    func write(_ lines: [String], to url: URL) throws {
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
    }

    @Test("bad check-in rows are reported with file and line, every one, and nothing from the file is recorded")
    func badRows() throws {
        let (root, db) = try prepared()
        let file = root.appendingPathComponent("checkins.csv")
        let visit = "visit-ev-2026-10-nuremberg-security"
        try write(
            [
                "person,activity,day,meeting,status,time",
                "person-geoplan-1,\(visit),2026-10-13,,attended,2026-10-13T09:04:00+02:00",
                "nobody@example.com,\(visit),2026-10-13,,attended,",
                "person-optiqa-1,\(visit),2026-10-20,,attended,",
                "person-optiqa-1,\(visit),2026-10-14,,present,",
                "person-optiqa-1,\(visit),,mr-0017,attended,",
                "person-optiqa-1,visit-ev-2027-05-nuremberg-forum,,,attended,",
                "person-optiqa-1,b2b-ev-2026-11-krakow-business-days,2026-11-17,mr-0042,attended,",
                "person-geoplan-1,\(visit),2026-10-13,,no_show,",
                "person-pakmasz-1,\(visit),2026-10-14,,attended,2026-10-13T09:00:00+02:00",
                "person-pakmasz-1,no-such-activity,,,attended,",
            ], to: file)
        let result = try cli.run("attendance", "import", file.path, "--db", db)
        #expect(result.status == 65)
        let path = file.path
        let expected = [
            "\(path):3: field 'person' value 'nobody@example.com': no person with this e-mail in the registry",
            "\(path):4: field 'day' value '2026-10-20': not a day of \(visit), which runs 2026-10-12 to 2026-10-16",
            "\(path):5: field 'status' value 'present': expected attended, no_show, excused or late_cancellation",
            "\(path):6: field 'meeting' value 'mr-0017': \(visit) is not a session of 1:1 meetings; record meetings at b2b-<event>",
            "\(path):7: field 'status' value 'attended': visit-ev-2027-05-nuremberg-forum starts on 2027-05-03, after today (2026-12-01); only excused fits",
            "\(path):8: field 'day' value '2026-11-17': give a day or a meeting, not both: a meeting has its own day",
            "\(path):9: field 'person' value 'person-geoplan-1': line 2 already records this person at this activity, day and meeting",
            "\(path):10: field 'time' value '2026-10-13T09:00:00+02:00': falls on 2026-10-13 in Europe/Berlin, not on the day 2026-10-14",
            "\(path):11: field 'activity' value 'no-such-activity': no such activity; ids look like visit-<event>, intro-<event>, b2b-<event> (the plan lists them)",
        ]
        for line in expected { #expect(result.stderr.contains(line + "\n"), "\(line)") }
        #expect(result.stderr.hasSuffix("attendance import refused: 9 problems; nothing was recorded\n"))
        #expect(result.stdout.isEmpty)

        // Line 2 alone: it is new, so the refused import recorded nothing.
        let good = root.appendingPathComponent("good.csv")
        try write(
            ["person,activity,day,status", "person-geoplan-1,\(visit),2026-10-13,attended"], to: good)
        let imported = try cli.run("attendance", "import", good.path, "--db", db)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("  attendance: 1 new\n"))
    }

    @Test("a check-in list is recorded, again changes nothing, conflicts are listed; a record is corrected by hand")
    func importAndCorrect() throws {
        let (root, db) = try prepared()
        let list = root.appendingPathComponent("fixtures/attendance/ev-2026-10-nuremberg-security.csv").path
        let first = try cli.run("attendance", "import", list, "--db", db)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("  attendance: 41 new\n"))
        #expect(first.stdout.contains("Conflicts to look at (1):"))
        #expect(
            first.stdout.contains(
                "not expected: visit-ev-2026-10-nuremberg-security person-cyberstraz-1 2026-10-13: recorded as attended, "
                    + "but visit-ev-2026-10-nuremberg-security does not expect them: application app-0018 of "
                    + "sme-cyberstraz was withdrawn on 2026-09-28"))
        let again = try cli.run("attendance", "import", list, "--db", db)
        #expect(again.stdout.contains("  attendance: 41 unchanged\n"))

        let set = try cli.run(
            "attendance", "set", "--person", "Mikolaj.Fijalkowski@smocza-data.example", "--activity",
            "visit-ev-2026-10-nuremberg-security", "--day", "2026-10-15", "--status", "attended", "--time",
            "2026-10-15T08:55:00+02:00", "--by", "Magdalena", "--db", db)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(
            set.stdout
                == "corrected: person-smocza-data-1 attended at visit-ev-2026-10-nuremberg-security (2026-10-15)\n")
        let bad = try cli.run(
            "attendance", "set", "--person", "person-smocza-data-1", "--activity",
            "visit-ev-2026-10-nuremberg-security",
            "--status", "maybe", "--db", db)
        #expect(bad.status == 64)
        #expect(bad.stderr == "twinlink: --status 'maybe': expected attended, no_show, excused or late_cancellation\n")
        let conflicts = try cli.run("attendance", "conflicts", "--db", db)
        #expect(conflicts.stdout.hasPrefix("Conflicts to look at (1):\n  not expected: "))
    }

    @Test("a declined invite excuses the participant; a check-in record wins over it")
    func replies() throws {
        let (root, db) = try prepared()
        let out = root.appendingPathComponent("invites")
        #expect(try cli.run("invites", "--out", out.path, "--db", db).status == 0)
        let invite = try String(
            contentsOf: out.appendingPathComponent("intro-ev-2027-11-budapest-food/person-city-budapest.ics"),
            encoding: .utf8)
        let uid = try #require(invite.split(separator: "\r\n").first { $0.hasPrefix("UID:") }?.dropFirst(4))
        let reply = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Mail client//EN", "METHOD:REPLY", "BEGIN:VEVENT",
            "UID:\(uid)", "DTSTAMP:20261202T090000Z", "SEQUENCE:0", "DTSTART:20271018T080000Z",
            "ORGANIZER:mailto:bridge@twinlink.example",
            "ATTENDEE;PARTSTAT=DECLINED:mailto:zsofia.kovacs@budapest.example",
            "END:VEVENT", "END:VCALENDAR", "",
        ].joined(separator: "\r\n")
        let file = root.appendingPathComponent("reply.ics")
        try reply.write(to: file, atomically: true, encoding: .utf8)
        let imported = try cli.run("import-replies", file.path, "--db", db)
        try #require(imported.status == 0, "\(imported.stderr)")
        let excused = try cli.run("attendance", "replies", "--db", db)
        #expect(excused.stdout == "Excused from declined invites: 1 new, 0 corrected.\n")
        #expect(
            try cli.run("attendance", "replies", "--db", db).stdout.hasPrefix("Excused from declined invites: 0 new"))
        #expect(try figures(db, root, "intro-ev-2027-11-budapest-food") == ["attended": "0", "excused": "1"])

        // She came after all (as of a day after the meeting): the check-in replaces the excuse,
        // and the reply does not bring it back.
        let came = try cli.run(
            "attendance", "set", "--person", "person-city-budapest", "--activity", "intro-ev-2027-11-budapest-food",
            "--status", "attended", "--now", "2027-12-01T12:00:00+01:00", "--db", db)
        #expect(came.stdout.hasPrefix("corrected: person-city-budapest attended"), "\(came.stderr)")
        #expect(
            try cli.run("attendance", "replies", "--db", db).stdout.hasPrefix("Excused from declined invites: 0 new, 0")
        )
        #expect(try figures(db, root, "intro-ev-2027-11-budapest-food") == ["attended": "1", "excused": "0"])
    }

    /// The attended and excused figures of an activity in a report up to the end of 2027.
    func figures(_ db: String, _ root: URL, _ activity: String) throws -> [String: String] {
        let report = root.appendingPathComponent("report-\(UUID().uuidString)")
        let written = try cli.run("report", "--to", "2027-12-31", "--out", report.path, "--db", db)
        #expect(written.status == 0, "\(written.stderr)")
        let lines = try String(contentsOf: report.appendingPathComponent("activities.csv"), encoding: .utf8)
            .split(separator: "\r\n")
        let header = lines[0].split(separator: ",")
        let row = try #require(lines.first { $0.hasPrefix("\(activity),") })
        // Only the title may hold commas (quoted): count the figures from the end.
        let cells = row.split(separator: ",", omittingEmptySubsequences: false)
        let value = { (column: String) in
            String(cells[cells.count - header.count + header.firstIndex(of: Substring(column))!])
        }
        return ["attended": value("attended"), "excused": value("excused")]
    }

    @Test("outcomes and costs are checked like attendance")
    func outcomesAndCosts() throws {
        let (root, db) = try prepared()
        let session = "b2b-ev-2026-11-krakow-business-days"
        let added = try cli.run(
            "outcome", "add", "--activity", session, "--meeting", "mr-0026", "--outcome", "lead", "--date",
            "2026-11-24", "--rating", "4", "--note", "a pilot in Nuremberg", "--db", db)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout == "recorded: sme-geoplan with pent-durer-digital at \(session): lead on 2026-11-24\n")
        #expect(
            try cli.run(
                "outcome", "add", "--activity", session, "--meeting", "mr-0026", "--outcome", "lead", "--date",
                "2026-11-24", "--rating", "4", "--note", "a pilot in Nuremberg", "--db", db
            ).stdout.hasPrefix("unchanged: "))
        let wrong = try cli.run(
            "outcome", "add", "--activity", session, "--meeting", "mr-0026", "--sme", "sme-optiqa", "--outcome", "lead",
            "--date", "2026-11-24", "--db", db)
        #expect(wrong.status == 64)
        #expect(wrong.stderr == "twinlink: --sme 'sme-optiqa': meeting mr-0026 is sme-geoplan's\n")
        let rating = try cli.run(
            "outcome", "add", "--activity", session, "--sme", "sme-geoplan", "--outcome", "lead", "--date",
            "2026-11-24", "--rating", "7", "--db", db)
        #expect(rating.stderr == "twinlink: --rating 7: expected 1 (not useful) to 5 (very useful)\n")
        let future = try cli.run(
            "outcome", "add", "--activity", session, "--sme", "sme-geoplan", "--outcome", "contract", "--date",
            "2026-12-24", "--db", db)
        #expect(future.stderr.contains("after today (2026-12-01); record outcomes once they are known"))

        let survey = root.appendingPathComponent("survey.csv")
        try write(
            [
                "activity,sme,meeting,outcome,check,date,rating",
                "\(session),,mr-0026,joint_project,second,2026-11-30,",
                "\(session),,mr-0041,won,initial,2026-11-10,9",
                "visit-ev-2026-08-edinburgh-fringe,,,lead,,2026-08-20,",
            ], to: survey)
        let refused = try cli.run("outcome", "import", survey.path, "--db", db)
        #expect(refused.status == 65)
        for line in [
            "\(survey.path):2: field 'check' value 'second': expected initial or follow_up",
            "\(survey.path):3: field 'outcome' value 'won': expected none, follow_up_agreed, lead, offer_sent, contract or joint_project",
            "\(survey.path):3: field 'rating' value '9': expected a whole number from 1 (not useful) to 5 (very useful)",
            "\(survey.path):3: field 'date' value '2026-11-10': before \(session) started on 2026-11-17",
            "\(survey.path):4: field 'sme' value '': a value is required where no meeting is given",
        ] {
            #expect(refused.stderr.contains(line + "\n"), "\(line)")
        }
        #expect(refused.stderr.hasSuffix("outcome import refused: 5 problems; nothing was recorded\n"))

        let costs = root.appendingPathComponent("costs.csv")
        try write(
            [
                "activity,preparation_hours,hourly_rate,hall,service,sme_cost_per_delegate",
                "\(session),12,5,45.00,0,100,0",
                "\(session),12.5,45.00,0,100.999,0",
            ], to: costs)
        let badCosts = try cli.run("costs", "import", costs.path, "--db", db)
        #expect(badCosts.status == 65)
        #expect(
            badCosts.stderr.contains("\(costs.path):2: field '#7' value '0': the row has 7 fields but the header has 6")
        )
        #expect(badCosts.stderr.contains("\(costs.path):3: field 'service' value '100.999': expected an amount in EUR"))
        let goodCosts = root.appendingPathComponent("fixtures/costs/activity_costs.csv").path
        let recorded = try cli.run("costs", "import", goodCosts, "--db", db)
        #expect(recorded.stdout.contains("  activity_costs: 11 new\n"), "\(recorded.stderr)")
    }
}
