import Foundation
import Testing
import TwinLinkTestSupport

/// Issue 5's "done when": a re-run after a withdrawal writes exactly the expected updates and
/// cancels — the withdrawn firm's people get a CANCEL for each invite they held, and so do the
/// partners of its 1:1 meetings; the promoted firm's people and its new meetings' partners get new
/// invites; nobody else gets anything.
@Suite("Invites after a withdrawal", .serialized)
struct WithdrawalInviteTests {
    /// English output (`TWINLINK_LANGUAGE=en`): these checks read the command line's English texts.
    let cli = BinaryRunner(environment: ["TWINLINK_LANGUAGE": "en"])

    @Test("a withdrawal cancels exactly the withdrawn delegate's invites and invites the promoted firm")
    func withdrawal() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "twinlink-withdraw-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let db = root.appendingPathComponent("db.sqlite").path
        let first = try cli.run("run", "fixtures", "--out", root.appendingPathComponent("out-1").path, "--db", db)
        #expect(first.status == 0, "\(first.stderr)")

        // app-0118 (sme-uczymy-it) holds a seat at the Nuremberg forum.
        let withdrawn = try cli.run("withdraw", "app-0118", "--reason", "Cannot travel", "--by", "Test", "--db", db)
        #expect(withdrawn.status == 0, "\(withdrawn.stderr)")
        let promotedLine = try #require(withdrawn.stdout.split(separator: "\n").first { $0.contains(": promoted") })
        let promotedApplication = String(promotedLine.trimmingCharacters(in: .whitespaces).prefix { $0 != ":" })

        let out = root.appendingPathComponent("out-2")
        let second = try cli.run("run", "fixtures", "--out", out.path, "--db", db)
        #expect(second.status == 0, "\(second.stderr)")

        // Who belongs to which firm, and which firm each 1:1 request is of, from the export.
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(try cli.run("export", "--json", "--db", db).stdout.utf8))
                as? [String: Any])
        let export = try #require(document["tables"] as? [String: Any])
        let applications = try #require(export["applications"] as? [[String: Any]])
        let promotedFirm = try #require(
            applications.first { $0["id"] as? String == promotedApplication }?["enterprise_id"] as? String)
        let requests = try #require(export["meeting_requests"] as? [[String: Any]])
        let firmOfRequest = Dictionary(
            uniqueKeysWithValues: requests.compactMap { request -> (String, String)? in
                guard let id = request["id"] as? String, let firm = request["enterprise_id"] as? String else {
                    return nil
                }
                return (id, firm)
            })
        let people = try #require(export["people"] as? [[String: Any]])
        let firmOfPerson = Dictionary(
            uniqueKeysWithValues: people.compactMap { person -> (String, String)? in
                guard let id = person["id"] as? String, person["organisation_kind"] as? String == "sme",
                    let firm = person["organisation_id"] as? String
                else { return nil }
                return (id, firm)
            })

        let data = try Data(contentsOf: out.appendingPathComponent("invites/manifest.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let changes = try #require(manifest["changes"] as? [[String: Any]])
        #expect(!changes.isEmpty)
        for change in changes {
            let person = try #require(change["person"] as? String)
            let activity = try #require(change["activity"] as? String)
            let request = change["meetingRequest"] as? String
            #expect(activity.hasSuffix("ev-2027-05-nuremberg-forum"), "\(activity)")
            // The change concerns the withdrawn firm or the promoted one: its people, or its 1:1 meetings.
            let firm = request.flatMap { firmOfRequest[$0] } ?? firmOfPerson[person]
            switch change["change"] as? String {
            case "cancelled":
                #expect(firm == "sme-uczymy-it", "\(person) should not lose \(activity) \(request ?? "")")
                #expect(change["method"] as? String == "CANCEL")
                #expect((change["sequence"] as? Int ?? 0) >= 1)
            case "new":
                #expect(firm == promotedFirm, "\(person) got an unexpected invite to \(activity) \(request ?? "")")
            default:
                Issue.record("unexpected change \(change)")
            }
        }
        let cancelled = changes.filter { $0["change"] as? String == "cancelled" }
        #expect(cancelled.contains { $0["activity"] as? String == "visit-ev-2027-05-nuremberg-forum" })
        #expect(
            changes.contains {
                $0["change"] as? String == "new" && $0["activity"] as? String == "visit-ev-2027-05-nuremberg-forum"
            })
        let cancel = try String(
            contentsOf: out.appendingPathComponent("invites").appendingPathComponent(
                try #require(
                    cancelled.first { $0["activity"] as? String == "visit-ev-2027-05-nuremberg-forum" }?["file"]
                        as? String)),
            encoding: .utf8)
        #expect(cancel.contains("METHOD:CANCEL\r\n"))
        #expect(cancel.contains("STATUS:CANCELLED\r\n"))
    }
}
