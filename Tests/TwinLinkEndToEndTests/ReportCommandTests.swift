import Foundation
import Testing
import TwinLinkTestSupport

/// Whether python3 is on the PATH, for the independent recomputation of the report's figures.
private let pythonAvailable: Bool = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "--version"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
}()

/// `twinlink run` and `twinlink report` on a copy of the fixtures.
@Suite("twinlink report", .serialized)
struct ReportCommandTests {
    let cli = BinaryRunner()

    func copyOfFixtures() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("twinlink-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["fixtures", "calendars"] {
            try FileManager.default.copyItem(
                at: RepositoryPaths.root.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        return root
    }

    func files(in folder: URL) throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        return Dictionary(
            uniqueKeysWithValues: try names.map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) })
    }

    func recompute(_ db: String, _ report: URL, _ period: [String] = []) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            [
                "python3", RepositoryPaths.root.appendingPathComponent("Tests/reports-checks/check_report.py").path, db,
                report.path,
            ]
            + period
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(
        "the main job records the fixtures' attendance, outcomes and costs and writes the report; again, the same bytes"
    )
    func mainJob() throws {
        let root = try copyOfFixtures()
        let db = root.appendingPathComponent("db.sqlite").path
        let first = try cli.run(
            "run", root.appendingPathComponent("fixtures").path, "--out", root.appendingPathComponent("out-1").path,
            "--db", db)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("recording attendance, outcomes and costs; writing the report to "))
        let report = root.appendingPathComponent("out-1/report")
        let written = try files(in: report)
        #expect(
            Set(written.keys) == [
                "report.html", "activities.csv", "partner-cities.csv", "sectors.csv", "size-classes.csv",
                "quarters.csv",
                "delegations.csv", "seats-by-size-class.csv", "seats-by-sector.csv", "travel.csv",
                "never-travelled.csv",
                "outcome-stages.csv", "conversion.csv", "costs.csv", "conflicts.csv",
            ])
        let conflicts = String(decoding: written["conflicts.csv"]!, as: UTF8.self)
        #expect(conflicts.contains("not expected,visit-ev-2026-10-nuremberg-security,person-cyberstraz-1,2026-10-13,,"))
        #expect(
            conflicts.contains(
                "no-show with a meeting,visit-ev-2026-11-krakow-business-days,person-geoplan-1,2026-11-17,mr-0026,"))
        let html = String(decoding: written["report.html"]!, as: UTF8.self)
        #expect(html.contains("<h1>Kraków Twin Cities Business Bridge 2026–2028</h1>"))
        // The report is in the programme's first language (Kraków: Polish); the CSV files stay neutral.
        #expect(html.contains("<html lang=\"pl\">"))
        #expect(
            html.contains(
                "Brak zarejestrowanych kosztów dla 1 działania: follow-up-ev-2026-10-nuremberg-security."))

        let second = try cli.run(
            "run", root.appendingPathComponent("fixtures").path, "--out", root.appendingPathComponent("out-2").path,
            "--db", db)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try files(in: root.appendingPathComponent("out-2/report")) == written)
    }

    @Test(
        "every figure of the report agrees with an independent computation from the database",
        .enabled(if: pythonAvailable, "python3 recomputes the figures with plain SQL"))
    func independentlyRecomputed() throws {
        let root = try copyOfFixtures()
        let db = root.appendingPathComponent("db.sqlite").path
        let out = root.appendingPathComponent("out")
        let run = try cli.run("run", root.appendingPathComponent("fixtures").path, "--out", out.path, "--db", db)
        try #require(run.status == 0, "\(run.stderr)")
        let check = try recompute(db, out.appendingPathComponent("report"))
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.hasSuffix("HTML tables: all agree\n"), "\(check.stdout)")

        let october = root.appendingPathComponent("october")
        let narrowed = try cli.run(
            "report", "--from", "2026-10-01", "--to", "2026-10-31", "--language", "en", "--out", october.path, "--db",
            db)
        #expect(narrowed.status == 0, "\(narrowed.stderr)")
        #expect(narrowed.stdout.hasPrefix("Report 2026-10-01 to 2026-10-31: 3 activities, 1 attendance conflict.\n"))
        let checkOctober = try recompute(db, october, ["--from", "2026-10-01", "--to", "2026-10-31"])
        #expect(checkOctober.status == 0, "\(checkOctober.stdout)")

        // The check can fail: a figure changed in the database after the report no longer agrees.
        let tampered = try cli.run(
            "attendance", "set", "--person", "person-pakmasz-1", "--activity", "intro-ev-2026-10-nuremberg-security",
            "--status", "attended", "--db", db)
        #expect(tampered.status == 0, "\(tampered.stderr)")
        let stale = try recompute(db, october, ["--from", "2026-10-01", "--to", "2026-10-31"])
        #expect(stale.status == 0, "the intro is in September: October's figures do not change")
        let staleAll = try recompute(db, out.appendingPathComponent("report"))
        #expect(staleAll.status == 1)
        #expect(staleAll.stdout.contains("activities.csv:6: column 9: report '8', recomputed '9'"))
    }

    @Test("a period that ends before it starts, or a day that does not exist, is refused")
    func badPeriod() throws {
        let db = RepositoryPaths.temporaryDatabase()
        #expect(try cli.run("import", "fixtures", "--db", db).status == 0)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("twinlink-report-\(UUID().uuidString)")
            .path
        let reversed = try cli.run("report", "--from", "2026-12-01", "--to", "2026-11-01", "--out", out, "--db", db)
        #expect(reversed.status == 64)
        #expect(reversed.stderr == "twinlink: --from '2026-12-01': after the end of the period (2026-11-01)\n")
        let invalid = try cli.run("report", "--from", "2026-13-01", "--out", out, "--db", db)
        #expect(invalid.status == 64)
        #expect(invalid.stderr == "twinlink: --from '2026-13-01': expected YYYY-MM-DD\n")
        let empty = try cli.run("report", "--out", out, "--db", RepositoryPaths.temporaryDatabase())
        #expect(empty.status == 66)
    }
}
