import Foundation
import Testing
import TwinLinkTestSupport

/// `twinlink allocate`, `withdraw`, `explain`, `decisions`, `override` and `audit`, run as a
/// coordinator runs them, on the fixtures and their regulations.yaml.
@Suite("twinlink allocate and its companions", .serialized)
struct AllocationCommandTests {
    /// English output (`TWINLINK_LANGUAGE=en`): these checks read the command line's English texts.
    let cli = BinaryRunner(environment: ["TWINLINK_LANGUAGE": "en"])
    static let forum = "visit-ev-2027-05-nuremberg-forum"
    static let organic = "visit-ev-2027-02-nuremberg-organic"

    /// A database after the main job on the fixtures: imported, planned and allocated.
    func allocatedDatabase() throws -> String {
        let db = RepositoryPaths.temporaryDatabase()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("twinlink-out-\(UUID().uuidString)")
        let run = try cli.run("run", RepositoryPaths.fixtures, "--out", out.path, "--db", db)
        #expect(run.status == 0, "\(run.stderr)")
        // 9 study visits and the forum's online introduction (two firms applied to it alone).
        #expect(run.stdout.contains("Allocated 10 "))
        #expect(run.stdout.contains("; 10 stored as a new version."))
        return db
    }

    /// The decisions of `activity` as JSON: application id → decision.
    func decisions(_ activity: String, db: String) throws -> [String: [String: Any]] {
        let result = try cli.run("decisions", activity, "--json", "--db", db)
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let list = try #require(document["decisions"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: list.map { ($0["application"] as! String, $0) })
    }

    @Test("the forum: 12 seated, 8 waiting, and every ineligible firm rejected for its own reason")
    func forum() throws {
        let db = try allocatedDatabase()
        let text = try cli.run("decisions", Self.forum, "--db", db)
        #expect(text.status == 0)
        #expect(text.stdout.contains("12 of 12 seats taken; 12 accepted, 8 waitlisted, 10 rejected."))
        #expect(text.stdout.contains("Maximum share 'it-services': firms in section J may hold 4, hold 4."))
        #expect(text.stdout.contains("Reserved 'micro-firms': 3 for micro firms, 3 taken by them."))
        let decisions = try decisions(Self.forum, db: db)
        let reasons = [
            "app-0092": "not_sme",  // sme-huta-precyzja: 320 staff
            "app-0112": "not_sme",  // sme-officium: exactly 250 staff
            "app-0114": "not_sme",  // sme-dzwig-serwis: large with its linked group
            "app-0097": "outside_city",  // sme-sol-i-roza: Wieliczka
            "app-0091": "outside_city",  // sme-vistula-consulting: in_city = no
            "app-0111": "no_information_material",  // sme-rynek-fintech
            "app-0098": "no_profile_consent",  // sme-medinfo
            "app-0105": "cost_not_acknowledged",  // sme-krak-eko, eligible through in_city = yes
            "app-0106": "cost_not_acknowledged",  // sme-stal-bud
            "app-0103": "withdrawn",  // sme-lajkonik-games, withdrawn on 2026-11-24
        ]
        for (application, reason) in reasons {
            #expect(decisions[application]?["outcome"] as? String == "rejected", "\(application)")
            #expect(decisions[application]?["reason"] as? String == reason, "\(application)")
        }
        #expect(decisions.values.filter { $0["outcome"] as? String == "accepted" }.count == 12)
        #expect(decisions["app-0096"]?["outcome"] as? String == "accepted")
        #expect(decisions["app-0116"]?["outcome"] as? String == "waitlisted")
        #expect(decisions["app-0116"]?["rank"] as? Int == 1)
        #expect(decisions["app-0116"]?["reason"] as? String == "maximum_share_reached")
        #expect(decisions["app-0102"]?["reason"] as? String == "seats_taken")
        let huta = try #require(decisions["app-0092"]?["explanation"] as? String)
        #expect(huta.hasPrefix("Not eligible: a large enterprise under Recommendation 2003/361/EC (320 staff"))
        let medium = try #require(decisions["app-0110"]?["explanation"] as? String)
        #expect(medium.hasPrefix("Accepted with 1 seat (2 delegates named; at most 1 per company)"))
        #expect(medium.contains("Self-paid cost: €735.00 per delegate"))
        let krakEko = try #require(decisions["app-0105"]?["explanation"] as? String)
        #expect(krakEko.hasPrefix("Not admissible: the applicant did not acknowledge the self-paid cost"))
    }

    @Test("the organic fair: reserved seats for food producers, the exclusion list and the unacknowledged cost")
    func organic() throws {
        let db = try allocatedDatabase()
        let decisions = try decisions(Self.organic, db: db)
        #expect(decisions["app-0045"]?["reason"] as? String == "accepted_reserved")
        let browar = try #require(decisions["app-0045"]?["explanation"] as? String)
        #expect(browar.contains("on one of the 4 seats reserved for firms in division 10 or division 11"))
        #expect(decisions["app-0059"]?["reason"] as? String == "seats_reserved")
        #expect(decisions["app-0050"]?["reason"] as? String == "excluded")
        #expect(decisions["app-0048"]?["reason"] as? String == "not_sme")
        #expect(decisions["app-0055"]?["reason"] as? String == "outside_city")
        #expect(decisions["app-0058"]?["reason"] as? String == "cost_not_acknowledged")
        #expect(decisions.values.filter { $0["outcome"] as? String == "accepted" }.count == 10)
    }

    @Test("a withdrawal promotes the first waitlisted and moves nobody else; explain and audit show it")
    func withdrawal() throws {
        let db = try allocatedDatabase()
        let before = try decisions(Self.forum, db: db)
        let withdraw = try cli.run(
            "withdraw", "app-0117", "--reason", "the CEO cannot travel in May", "--by", "Ewa Nowak", "--db", db)
        #expect(withdraw.status == 0, "\(withdraw.stderr)")
        #expect(withdraw.stdout.contains("Withdrawn: app-0117 of sme-codewawel, recorded by Ewa Nowak."))
        #expect(withdraw.stdout.contains("Re-ran \(Self.forum): version 2"))
        #expect(withdraw.stdout.contains("  app-0117: withdrawn, accepted (1 seat) → rejected (withdrawn)"))
        #expect(withdraw.stdout.contains("  app-0116: promoted, waitlisted (rank 1) → accepted (1 seat)"))

        let after = try decisions(Self.forum, db: db)
        for (application, old) in before where !["app-0116", "app-0117"].contains(application) {
            let new = try #require(after[application])
            if old["outcome"] as? String == "waitlisted" {
                #expect(new["rank"] as? Int == (old["rank"] as! Int) - 1, "\(application)")
            } else {
                #expect(new["outcome"] as? String == old["outcome"] as? String, "\(application)")
                #expect(new["seats"] as? Int == old["seats"] as? Int, "\(application)")
            }
        }

        let explain = try cli.run("explain", "app-0116", "--db", db, "--language", "en")
        #expect(explain.status == 0)
        #expect(explain.stdout.contains("app-0116: "))
        #expect(explain.stdout.contains("Decision of version 2"))
        #expect(explain.stdout.contains("Priority score: "))
        #expect(explain.stdout.contains("1  2026-12-01 12:00  main job"))
        #expect(explain.stdout.contains("2  2026-12-01 12:00  withdrawal of app-0117"))
        // Without --language or TWINLINK_LANGUAGE: the programme's first language (Polish for Kraków).
        let polish = try BinaryRunner().run("explain", "app-0116", "--db", db)
        #expect(polish.stdout.contains("Decyzja w wersji 2"))
        #expect(polish.stdout.contains("Punkty priorytetu: "))
        #expect(!polish.stdout.contains("Priority score"))

        let audit = try cli.run("audit", Self.forum, "--json", "--db", db)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["action"] as? String } == ["allocate", "withdraw", "allocate"])
        #expect(entries[1]["actor"] as? String == "Ewa Nowak")
        #expect((entries[1]["detail"] as? String)?.contains("the CEO cannot travel in May") == true)

        let twice = try cli.run("withdraw", "app-0117", "--db", db)
        #expect(twice.status == 64)
        #expect(twice.stderr.contains("app-0117 was already withdrawn"))
    }

    @Test("a re-run on unchanged inputs stores nothing; a dry run stores nothing either")
    func unchanged() throws {
        let db = try allocatedDatabase()
        let again = try cli.run("allocate", Self.forum, "--db", db)
        #expect(again.status == 0)
        #expect(again.stdout.contains("Version 1 (unchanged: the inputs are those of the latest version"))
        let json = try cli.run("allocate", Self.organic, "--dry-run", "--json", "--db", db)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["status"] as? String == "unchanged")
        #expect(document["version"] as? Int == 1)
        #expect((document["inputsHash"] as? String)?.count == 64)
    }

    @Test("an override seats a waitlisted firm on the next free seat, never on one held")
    func override() throws {
        let db = try allocatedDatabase()
        // sme-forma-wnetrza waits at rank 7; the coordinator wants it in, but all 12 seats are held.
        let result = try cli.run(
            "override", "app-0113", "--accept", "--reason", "exhibits at the forum's design showcase", "--by",
            "Jan Kowalski", "--db", db)
        #expect(result.status == 0, "\(result.stderr)")
        let decisions = try decisions(Self.forum, db: db)
        #expect(decisions["app-0113"]?["outcome"] as? String == "waitlisted")
        #expect(decisions.values.filter { $0["outcome"] as? String == "accepted" }.count == 12)
        // The next seat freed goes to it, ahead of the waitlist.
        let withdraw = try cli.run("withdraw", "app-0101", "--by", "Jan Kowalski", "--db", db)
        #expect(withdraw.stdout.contains("  app-0113: promoted, waitlisted"))
        let after = try self.decisions(Self.forum, db: db)
        #expect(after["app-0113"]?["reason"] as? String == "accepted_by_override")
        #expect(after.values.filter { $0["outcome"] as? String == "accepted" }.count == 12)
    }

    @Test("mistakes on the command line get a clear message and a usage status")
    func mistakes() throws {
        let db = try allocatedDatabase()
        let unknown = try cli.run("allocate", "visit-nowhere", "--db", db)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no activity 'visit-nowhere'; study visits with applications: "))
        let session = try cli.run("allocate", "b2b-ev-2027-05-nuremberg-forum", "--db", db)
        #expect(session.status == 64)
        #expect(session.stderr.contains("seats are allocated for study visits"))
        // An online meeting has seats of its own under the fixtures' online_meetings: the two firms
        // that applied to it alone hold two of its six.
        let online = try cli.run("allocate", "intro-ev-2027-05-nuremberg-forum", "--db", db)
        #expect(online.status == 0)
        #expect(online.stdout.contains("2 of 6 seats taken; 2 accepted, 0 waitlisted, 0 rejected."))
        let registryWithdrawn = try cli.run("withdraw", "app-0103", "--db", db)
        #expect(registryWithdrawn.status == 64)
        #expect(registryWithdrawn.stderr.contains("app-0103 was already withdrawn by the applicant"))
        let empty = try cli.run("allocate", Self.forum, "--db", RepositoryPaths.temporaryDatabase())
        #expect(empty.status == 66)
    }

    @Test("a mistake in regulations.yaml stops the import with its line, and nothing is changed")
    func badRegulations() throws {
        // A copy made file by file, so that the edit can never reach the repository's fixtures.
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("twinlink-reg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let fixtures = URL(fileURLWithPath: RepositoryPaths.fixtures).resolvingSymlinksInPath()
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures.path)
        where name.hasSuffix(".csv") || name.hasSuffix(".yaml") {
            try Data(contentsOf: fixtures.appendingPathComponent(name)).write(to: root.appendingPathComponent(name))
        }
        let file = root.appendingPathComponent("regulations.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "      seats: 12\n", with: "      seats: twelve\n")
        #expect(edited != text)
        try edited.write(to: file, atomically: true, encoding: .utf8)
        let db = RepositoryPaths.temporaryDatabase()
        let result = try cli.run("import", root.path, "--db", db)
        #expect(result.status == 65)
        let line = text.components(separatedBy: "\n").firstIndex(of: "      seats: 12")! + 1
        #expect(
            result.stderr.contains(
                "regulations.yaml:\(line): field 'activities.\(Self.forum).capacity.seats' value 'twelve': expected "
                    + "a whole number from 1 to 10000"))
        let list = try cli.run("list", "smes", "--db", db)
        #expect(list.status != 0)
    }
}
