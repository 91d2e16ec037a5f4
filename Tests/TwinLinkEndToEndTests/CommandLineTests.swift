import Foundation
import Testing
import TwinLinkTestSupport

/// The built binary, run as a user runs it. Serialized: each test starts its own processes.
@Suite("twinlink on the command line", .serialized)
struct CommandLineTests {
    /// English output (`TWINLINK_LANGUAGE=en`): these checks read the command line's English texts.
    let cli = BinaryRunner(environment: ["TWINLINK_LANGUAGE": "en"])

    @Test("--version prints the version")
    func version() throws {
        let result = try cli.run("--version")
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
    }

    @Test("every command has helpful --help", arguments: [[], ["run"], ["import"], ["list"], ["export"]])
    func help(command: [String]) throws {
        let result = try cli.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: twinlink"))
        #expect(result.stdout.contains("--db <path>") || command.isEmpty)
    }

    @Test("import the fixtures, then list the registry as a table and as JSON")
    func importAndList() throws {
        let db = RepositoryPaths.temporaryDatabase()
        let imported = try cli.run("import", "fixtures", "--db", db)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("local_enterprises: "))
        let table = try cli.run("list", "smes", "--db", db)
        #expect(table.status == 0)
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID ") == true)
        #expect(lines.count >= 62)
        #expect(table.stdout.contains("sme-akademia-rzemiosla"))
        let json = try cli.run("list", "smes", "--json", "--db", db)
        let firms = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(firms.count == lines.count - 2)
        for subject in ["partner-cities", "partner-enterprises", "events"] {
            let listed = try cli.run("list", subject, "--db", db)
            #expect(listed.status == 0, "\(subject): \(listed.stderr)")
        }
        let again = try cli.run("import", "fixtures", "--db", db)
        #expect(!again.stdout.contains(" new"))
        #expect(!again.stdout.contains("updated"))
    }

    @Test("the database comes from TWINLINK_DB when --db is not given")
    func environmentDatabase() throws {
        let db = RepositoryPaths.temporaryDatabase()
        let withEnv = BinaryRunner(environment: ["TWINLINK_DB": db])
        #expect(try withEnv.run("import", "fixtures").status == 0)
        #expect(FileManager.default.fileExists(atPath: db))
        #expect(try withEnv.run("list", "events").stdout.contains("ev-2027-05-nuremberg-forum"))
    }

    @Test("a CSV with three bad rows: three precise errors, exit 65, the database untouched")
    func threeBadRows() throws {
        let db = RepositoryPaths.temporaryDatabase()
        #expect(try cli.run("import", "fixtures", "--db", db).status == 0)
        let before = try cli.run("export", "--json", "--db", db).stdout

        var registry = MiniRegistry()
        registry.files["people.csv"]! += """
            p-bad1,Bad One,bad1@example,sme,sme-drewno,
            p-bad2,Bad Two,bad2@x.example,sme,sme-missing,
            p-bad3,Bad Three,bad3@x.example,company,sme-drewno,

            """
        let folder = try registry.write()
        let result = try cli.run("import", folder, "--db", db)
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "twinlink: \(folder)/people.csv:7: field 'email' value 'bad1@example': expected a plain e-mail address such as anna.nowak@example.pl",
                "\(folder)/people.csv:8: field 'organisation_id' value 'sme-missing': no record with this id in smes.csv",
                "\(folder)/people.csv:9: field 'organisation_kind' value 'company': expected sme, partner_enterprise, partner_city or programme",
                "import refused: 3 problems in the registry files; nothing was changed",
            ])
        #expect(try cli.run("export", "--json", "--db", db).stdout == before)
    }

    @Test("the main job imports and writes the same files on every run")
    func mainJob() throws {
        let db = RepositoryPaths.temporaryDatabase()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("twinlink-out-\(UUID().uuidString)")
        let first = try cli.run("run", "fixtures", "--out", out.path, "--db", db)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("[1/11] importing the registry from fixtures"))
        let export = try Data(contentsOf: out.appendingPathComponent("registry.json"))
        let summary = try String(contentsOf: out.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(summary.contains("## Upcoming events"))
        let document = try #require(try JSONSerialization.jsonObject(with: export) as? [String: Any])
        #expect(document["format"] as? String == "twinlink-export")
        #expect(document["version"] as? Int == 2)

        let firstFiles = try files(in: out)
        #expect(firstFiles.keys.contains("invites/manifest.json"))

        let second = try cli.run("run", "fixtures", "--out", out.path, "--db", db)
        #expect(second.status == 0)
        #expect(!second.stdout.split(separator: "\n").contains { $0.hasPrefix("  ") && $0.contains(" new") })
        #expect(try Data(contentsOf: out.appendingPathComponent("registry.json")) == export)
        #expect(try String(contentsOf: out.appendingPathComponent("summary.md"), encoding: .utf8) == summary)
        #expect(second.stdout.contains("Invites: 0 new, 0 updated, 0 cancelled"))

        // A fresh database gives the same files, byte for byte: plan, invites, export.
        let otherOut = FileManager.default.temporaryDirectory.appendingPathComponent(
            "twinlink-out-\(UUID().uuidString)")
        let fresh = try cli.run("run", "fixtures", "--out", otherOut.path, "--db", RepositoryPaths.temporaryDatabase())
        #expect(fresh.status == 0)
        let freshFiles = try files(in: otherOut)
        #expect(freshFiles.keys.sorted() == firstFiles.keys.sorted())
        // The run record (`.twinlink-run`) names this folder's own files and database, by design.
        for (file, data) in firstFiles where file != ".twinlink-run" {
            #expect(freshFiles[file] == data, "\(file) differs between two fresh runs")
        }
    }

    /// Every file below `folder`, by relative path.
    private func files(in folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for file in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(file)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[file] = try Data(contentsOf: url)
            }
        }
        return result
    }

    @Test("user mistakes give a message and a non-zero exit, never a stack trace")
    func mistakes() throws {
        let db = RepositoryPaths.temporaryDatabase()
        let empty = try cli.run("list", "smes", "--db", db)
        #expect(empty.status == 66)
        #expect(empty.stderr == "twinlink: the database \(db) is empty: run 'twinlink import DIR' first\n")

        let missing = try cli.run("import", "no-such-folder", "--db", db)
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("no-such-folder:0: field '(folder)' value 'no-such-folder': no such folder"))

        let badDatabase = try cli.run("list", "smes", "--db", "/no/such/folder/x.sqlite")
        #expect(badDatabase.status == 74)

        let unknownSubject = try cli.run("list", "firms", "--db", db)
        #expect(unknownSubject.status == 64)
        #expect(unknownSubject.stderr.contains("'firms'"))

        for result in [empty, missing, badDatabase, unknownSubject] {
            #expect(!result.stderr.contains("Fatal error"))
            #expect(!result.stderr.contains("Stack dump"))
        }
    }
}
