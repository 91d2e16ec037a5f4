import Foundation
import Testing
import TwinLinkTestSupport

@Suite("twinlink schedule-meetings", .serialized)
struct ScheduleMeetingsCommandTests {
    /// English output (`TWINLINK_LANGUAGE=en`): these checks read the command line's English texts.
    let cli = BinaryRunner(environment: ["TWINLINK_LANGUAGE": "en"])

    @Test("a session is filled from the fixtures' requests, with its bound; a re-run moves nothing")
    func fixtureSession() throws {
        let db = RepositoryPaths.temporaryDatabase()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("twinlink-sched-\(UUID().uuidString)")
        #expect(try cli.run("run", "fixtures", "--out", out.path, "--db", db).status == 0)
        let result = try cli.run("schedule-meetings", "b2b-ev-2027-05-nuremberg-forum", "--db", db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("proven upper bound"))
        #expect(result.stdout.contains("No meeting moved."))
        let json = try cli.run("schedule-meetings", "b2b-ev-2027-05-nuremberg-forum", "--json", "--db", db)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let meetings = try #require(document["meetings"] as? [[String: Any]])
        #expect(!meetings.isEmpty)
        // Nobody is in two meetings in one slot, no table hosts two.
        var busy: Set<String> = []
        for meeting in meetings {
            let slot = try #require(meeting["slot"] as? String)
            for key in ["a", "b", "table"] {
                let who = try #require(meeting[key] as? String)
                #expect(busy.insert("\(slot)|\(who)").inserted, "\(who) twice in \(slot)")
            }
        }
        let agenda = try cli.run(
            "schedule-meetings", "b2b-ev-2027-05-nuremberg-forum", "--agenda", "partner:pent-frankenmetall", "--db", db)
        #expect(agenda.stdout.hasPrefix("Agenda of Frankenmetall"))
        #expect(agenda.stdout.contains("Europe/Berlin"))
        let summary = try String(contentsOf: out.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(summary.contains("## 1:1 meeting sessions"))
    }

    @Test("only sessions can be scheduled, and the form must be chosen")
    func mistakes() throws {
        let db = RepositoryPaths.temporaryDatabase()
        #expect(try cli.run("import", "fixtures", "--db", db).status == 0)
        #expect(try cli.run("plan", "--db", db).status == 0)
        let visit = try cli.run("schedule-meetings", "visit-ev-2027-05-nuremberg-forum", "--db", db)
        #expect(visit.status == 64)
        #expect(visit.stderr.contains("not a session of 1:1 meetings"))
        let neither = try cli.run("schedule-meetings", "--db", db)
        #expect(neither.status == 64)
    }
}
