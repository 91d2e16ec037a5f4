import Foundation
import Testing
import TwinLinkTestSupport

/// Records that leave the registry files: reported, retired with `import --prune`, refused
/// where something depends on them; renamed ids that break a unique rule, named by FILE:LINE.
@Suite("twinlink import: registry history", .serialized)
struct RegistryHistoryCommandTests {
    /// English output (`TWINLINK_LANGUAGE=en`): these checks read the command line's English texts.
    let cli = BinaryRunner(environment: ["TWINLINK_LANGUAGE": "en"])

    func export(_ db: String) throws -> [String: [[String: Any]]] {
        let text = try cli.run("export", "--json", "--db", db).stdout
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try #require(document["tables"] as? [String: [[String: Any]]])
    }

    func retiredAt(_ db: String, _ table: String, _ id: String) throws -> Any? {
        try export(db)[table]?.first { $0["id"] as? String == id }?["retired_at"]
    }

    @Test("a renamed application: FILE:LINE naming the old record; --prune retires it and takes the new one")
    func renamedApplication() throws {
        let db = RepositoryPaths.temporaryDatabase()
        var registry = MiniRegistry()
        #expect(try cli.run("import", try registry.write(), "--db", db).status == 0)
        registry.files["applications.csv"] = registry.files["applications.csv"]!.replacingOccurrences(
            of: "app-1,", with: "app-1b,")
        let folder = try registry.write()
        let refused = try cli.run("import", folder, "--db", db)
        #expect(refused.status == 65)
        #expect(
            refused.stderr == """
                twinlink: \(folder)/applications.csv:2: field 'id' value 'app-1b': app-1, which applications.csv no \
                longer lists, has the same event_id, sme_id (was it renamed to app-1b?): 'twinlink import --prune' \
                retires app-1
                import refused: 1 problem in the registry files; nothing was changed

                """)
        #expect(try retiredAt(db, "applications", "app-1") is NSNull)

        let pruned = try cli.run("import", folder, "--prune", "--db", db)
        #expect(pruned.status == 0, "\(pruned.stderr)")
        #expect(pruned.stdout.contains("  applications: 1 new, 1 retired (app-1)"), "\(pruned.stdout)")
        #expect(try retiredAt(db, "applications", "app-1") is String, "kept, retired")
        #expect(try retiredAt(db, "applications", "app-1b") is NSNull)

        // Listed again: back in use.
        registry.files["applications.csv"]! += "app-1,ev-fair,sme-drewno,2027-01-10T10:00:00+01:00,p-anna,yes\n"
        let back = try cli.run("import", try registry.write(), "--db", db)
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout.contains("1 listed again and back in use"), "\(back.stdout)")
        #expect(try retiredAt(db, "applications", "app-1") is NSNull)
    }

    @Test("a renamed person keeps the e-mail address: FILE:LINE naming the other record, then --prune")
    func renamedPerson() throws {
        let db = RepositoryPaths.temporaryDatabase()
        var registry = MiniRegistry()
        #expect(try cli.run("import", try registry.write(), "--db", db).status == 0)
        registry.files["people.csv"] = registry.files["people.csv"]!.replacingOccurrences(
            of: "p-jan,", with: "p-janek,")
        registry.files["applications.csv"] = registry.files["applications.csv"]!.replacingOccurrences(
            of: "p-anna;p-jan,", with: "p-anna;p-janek,")
        let folder = try registry.write()
        let refused = try cli.run("import", folder, "--db", db)
        #expect(refused.status == 65, "\(refused.stderr)")
        #expect(
            refused.stderr.hasPrefix(
                "twinlink: \(folder)/people.csv:3: field 'email' value 'jan.kowalski@drewno.example': already the "
                    + "e-mail address of p-jan, which people.csv no longer lists (was it renamed to p-janek?)"),
            "\(refused.stderr)")
        let pruned = try cli.run("import", folder, "--prune", "--db", db)
        #expect(pruned.status == 0, "\(pruned.stderr)")
        #expect(pruned.stdout.contains("  people: 1 new, 4 unchanged, 1 retired (p-jan)"), "\(pruned.stdout)")
    }

    @Test("records gone from the files are reported; --prune refuses, with reasons, those still in use")
    func dependents() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("twinlink-prune-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["fixtures", "calendars"] {
            try FileManager.default.copyItem(
                at: RepositoryPaths.root.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        let fixtures = root.appendingPathComponent("fixtures")
        let db = root.appendingPathComponent("db.sqlite").path
        let run = try cli.run("run", fixtures.path, "--out", root.appendingPathComponent("out").path, "--db", db)
        try #require(run.status == 0, "\(run.stderr)")

        // app-0118 (sme-uczymy-it) holds a seat at the Nuremberg forum.
        let applications = fixtures.appendingPathComponent("applications.csv")
        let lines = try String(contentsOf: applications, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        try lines.filter { !$0.hasPrefix("app-0118,") }.joined(separator: "\n").write(
            to: applications, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let refused = try cli.run("import", fixtures.path, "--prune", "--db", db)
        #expect(refused.status == 65)
        #expect(
            refused.stderr.contains(
                "applications.csv:0: field 'id' value 'app-0118': no longer in the file, but cannot be retired: it "
                    + "holds an accepted seat at visit-ev-2027-05-nuremberg-forum"), "\(refused.stderr)")
        #expect(refused.stderr.contains("withdraw application app-0118 first"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before, "nothing changed")

        let kept = try cli.run("import", fixtures.path, "--db", db)
        #expect(kept.status == 0, "\(kept.stderr)")
        #expect(
            kept.stdout.contains(
                "1 kept that the files no longer list (app-0118); 'twinlink import --prune' retires them"),
            "\(kept.stdout)")

        let withdrawn = try cli.run("withdraw", "app-0118", "--reason", "left the programme", "--db", db)
        #expect(withdrawn.status == 0, "\(withdrawn.stderr)")
        let pruned = try cli.run("import", fixtures.path, "--prune", "--db", db)
        #expect(pruned.status == 0, "\(pruned.stderr)")
        #expect(pruned.stdout.contains("1 retired (app-0118)"), "\(pruned.stdout)")
        #expect(try retiredAt(db, "applications", "app-0118") is String)
    }
}
