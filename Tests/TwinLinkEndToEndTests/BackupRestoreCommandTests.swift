import Foundation
import Testing
import TwinLinkTestSupport

/// `twinlink export`, `restore` and `backup`, and read-only databases, through the real binary.
@Suite("twinlink export, restore and backup", .serialized)
struct BackupRestoreCommandTests {
    /// English output (`TWINLINK_LANGUAGE=en`): these checks read the command line's English texts.
    let cli = BinaryRunner(environment: ["TWINLINK_LANGUAGE": "en"])

    func copyOfFixtures() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("twinlink-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["fixtures", "calendars"] {
            try FileManager.default.copyItem(
                at: RepositoryPaths.root.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        return root
    }

    func tables(_ export: Data) throws -> [String: [[String: Any]]] {
        let document = try #require(try JSONSerialization.jsonObject(with: export) as? [String: Any])
        return try #require(document["tables"] as? [String: [[String: Any]]])
    }

    @Test("the whole programme cycle: export holds every table; export, restore, export gives the same bytes")
    func fullCycleRoundTrip() throws {
        let root = try copyOfFixtures()
        let db = root.appendingPathComponent("db.sqlite").path
        let fixtures = root.appendingPathComponent("fixtures").path
        let first = try cli.run("run", fixtures, "--out", root.appendingPathComponent("out-1").path, "--db", db)
        try #require(first.status == 0, "\(first.stderr)")
        let override = try cli.run(
            "override", "app-0113", "--accept", "--reason", "exhibits at the design showcase", "--by", "Jan Kowalski",
            "--db", db)
        #expect(override.status == 0, "\(override.stderr)")
        let withdraw = try cli.run("withdraw", "app-0118", "--reason", "Cannot travel", "--by", "Test", "--db", db)
        #expect(withdraw.status == 0, "\(withdraw.stderr)")
        let second = try cli.run("run", fixtures, "--out", root.appendingPathComponent("out-2").path, "--db", db)
        try #require(second.status == 0, "\(second.stderr)")

        let full = root.appendingPathComponent("full.json")
        #expect(try cli.run("export", "--json", "--include-secrets", "--out", full.path, "--db", db).status == 0)
        let exported = try Data(contentsOf: full)
        let stored = try tables(exported)
        for table in [
            "activity_costs", "allocation_runs", "allocation_decisions", "allocation_overrides",
            "allocation_withdrawals",
            "attendance", "outcomes", "audit_log", "invites", "scheduled_meetings", "regulations", "import_runs",
            "people", "applications", "activities", "holidays",
        ] {
            #expect(stored[table]?.isEmpty == false, "\(table) is missing or empty in the export")
        }
        let plain = try cli.run("export", "--json", "--db", db)
        #expect(try tables(Data(plain.stdout.utf8))["programme_secrets"] == nil)

        let restoredDB = root.appendingPathComponent("restored.sqlite").path
        let restored = try cli.run("restore", full.path, "--db", restoredDB)
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout.hasPrefix("Restored "))
        let again = try cli.run("export", "--json", "--include-secrets", "--db", restoredDB)
        #expect(Data(again.stdout.utf8) == exported, "export, restore, export: the same bytes")
        #expect(try cli.run("export", "--json", "--db", restoredDB).stdout == plain.stdout)

        // The restored database carries on: the main job changes nothing on it.
        let third = try cli.run("run", fixtures, "--out", root.appendingPathComponent("out-3").path, "--db", restoredDB)
        #expect(third.status == 0, "\(third.stderr)")
        #expect(third.stdout.contains("Invites: 0 new, 0 updated, 0 cancelled"), "\(third.stdout)")

        let notEmpty = try cli.run("restore", full.path, "--db", restoredDB)
        #expect(notEmpty.status == 73)
        #expect(notEmpty.stderr.contains("the database already holds data"))
    }

    @Test("a document it cannot take whole: every JSON path, exit 65, no database left behind")
    func refusedRestore() throws {
        let db = RepositoryPaths.temporaryDatabase()
        #expect(try cli.run("run", "fixtures", "--out", db + "-out", "--db", db).status == 0)
        var text = try cli.run("export", "--json", "--db", db).stdout
        // The fourth decision's score becomes text; the first person gets a column that does not exist.
        let scores = text.ranges(of: "\"priority_score\": ")
        try #require(scores.count > 4)
        let value = text[scores[3].upperBound...].prefix { $0 != "," && $0 != "\n" }
        text.replaceSubrange(scores[3].upperBound..<value.endIndex, with: "\"high\"")
        let name = try #require(text.range(of: "\"full_name\": "))
        text.replaceSubrange(name, with: "\"colour\": \"red\",\n\"full_name\": ")
        let file = db + "-broken.json"
        try text.write(toFile: file, atomically: true, encoding: .utf8)

        let target = RepositoryPaths.temporaryDatabase()
        let result = try cli.run("restore", file, "--db", target)
        #expect(result.status == 65)
        #expect(
            result.stderr.contains(
                "\(file): $.tables.allocation_decisions[3].priority_score: expected an integer or null (the column is "
                    + "INTEGER), found \"high\""), "\(result.stderr)")
        #expect(result.stderr.contains("\(file): $.tables.people[0].colour: unknown column"))
        #expect(result.stderr.hasSuffix("restore refused: 2 problems in \(file); nothing was restored\n"))
        #expect(!FileManager.default.fileExists(atPath: target))

        try "{\"format\": \"twinlink-export\",\n  \"version\": 2,\n}\n".write(
            toFile: file, atomically: true, encoding: .utf8)
        let broken = try cli.run("restore", file, "--db", target)
        #expect(broken.status == 65)
        #expect(broken.stderr.hasPrefix("twinlink: \(file):3:1: expected a key in quotes\n"), "\(broken.stderr)")
    }

    @Test("backup: a sound copy that exports the same; an existing file is never replaced")
    func backup() throws {
        let db = RepositoryPaths.temporaryDatabase()
        #expect(try cli.run("run", "fixtures", "--out", db + "-out", "--db", db).status == 0)
        let copy = db + "-backup.sqlite"
        let result = try cli.run("backup", copy, "--db", db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("integrity check: ok"))
        #expect(
            try cli.run("export", "--json", "--include-secrets", "--db", copy).stdout
                == (try cli.run("export", "--json", "--include-secrets", "--db", db).stdout))
        let again = try cli.run("backup", copy, "--db", db)
        #expect(again.status == 74)
        #expect(again.stderr.contains("the file exists"))
    }

    @Test("a read-only database in a read-only folder can be listed and exported; nothing rewrites it")
    func readOnlyDatabase() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("twinlink-ro-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let db = folder.appendingPathComponent("db.sqlite").path
        #expect(try cli.run("import", "fixtures", "--db", db).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let export = try cli.run("export", "--json", "--db", db).stdout

        // A refused import and a listing leave the file byte for byte as it was.
        #expect(try cli.run("import", "no-such-folder", "--db", db).status == 65)
        #expect(try cli.run("list", "smes", "--db", db).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)

        // A read-only open leaves SQLite's (empty) -wal and -shm files; without them, in a read-only
        // folder, SQLite cannot make them and TwinLink must still read.
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        let listed = try runUnprivileged(["list", "smes", "--db", db])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("sme-drewno"))
        let exported = try runUnprivileged(["export", "--json", "--db", db])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout == export)
        let write = try runUnprivileged(["import", "fixtures", "--db", db])
        #expect(write.status == 74)
        #expect(
            write.stderr == "twinlink: database: cannot open the database '\(db)' for writing: the file or its folder "
                + "is read-only; the commands that only read (list, export, backup) still work\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["db.sqlite"])
    }

    /// Runs the binary as a user who may not write the file (file modes do not stop root): as
    /// `nobody` through setpriv when the tests run as root.
    private func runUnprivileged(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        if getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments =
                ["--reuid=65534", "--regid=65534", "--clear-groups", "--", BinaryRunner.executable.path] + arguments
        } else {
            process.executableURL = BinaryRunner.executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = RepositoryPaths.root
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TWINLINK_DB")
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outData, as: UTF8.self),
            String(decoding: errData, as: UTF8.self)
        )
    }
}
