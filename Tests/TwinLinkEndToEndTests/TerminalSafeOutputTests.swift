import Foundation
import Testing
import TwinLinkTestSupport

/// A registry can carry text a terminal would act on (a firm named with U+202E RIGHT-TO-LEFT
/// OVERRIDE, an ANSI colour sequence, a C1 CSI, an OSC that retitles the window): every command
/// that prints it shows it escaped (`\u{202E}`), tables keep their columns, and nothing a terminal
/// acts on reaches standard output.
@Suite("user text printed to a terminal is escaped", .serialized)
struct TerminalSafeOutputTests {
    let cli = BinaryRunner(environment: ["TWINLINK_LANGUAGE": "en"])

    /// What a terminal would act on: C0 controls but the line feed, DEL, C1 controls, line and
    /// paragraph separators, bidi marks, embeddings, overrides and isolates.
    static func unsafeScalars(in text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value).filter { value in
            switch value {
            case 0x0A: false
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                true
            default: false
            }
        }
    }

    /// The Brno registry with a hostile firm name and a hostile event name, imported and planned.
    private func hostileDatabase() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "twinlink-hostile-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: RepositoryPaths.fixturesBrno, toPath: folder.path)
        for (file, name, hostile) in [
            (
                "smes.csv", "Žluťoučký kůň software s.r.o.",
                "Žluťoučký kůň \u{202E}o.r.s erawtfos\u{202C} \u{1B}[31mRED\u{1B}[0m \u{9B}2J s.r.o."
            ),
            (
                "events.csv", "Bratislavské fórum inteligentného priemyslu 2027",
                "Bratislavské fórum \u{202E}esrever\u{202C} \u{1B}]0;owned\u{07} 2027"
            ),
        ] {
            let url = folder.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(name))
            try text.replacingOccurrences(of: name, with: hostile).write(to: url, atomically: true, encoding: .utf8)
        }
        let db = RepositoryPaths.temporaryDatabase()
        for command in [["import", folder.path], ["plan"]] {
            let result = try cli.run(command + ["--db", db])
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        return db
    }

    @Test("explain, list, allocate and decisions show hostile names escaped")
    func hostileNames() throws {
        let db = try hostileDatabase()
        let visit = "visit-ev-2027-04-bratislava-forum"
        var outputs: [String: String] = [:]
        for command in [
            ["allocate", visit, "--now", "2027-03-01T12:00:00+01:00"], ["decisions", visit], ["explain", "app-0001"],
            ["list", "smes"], ["list", "events"],
            ["schedule-meetings", "b2b-ev-2027-04-bratislava-forum", "--provisional"],
        ] {
            let result = try cli.run(command + ["--db", db])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(Self.unsafeScalars(in: result.stdout + result.stderr) == [], "\(command): \(result.stdout)")
            outputs[command.joined(separator: " ")] = result.stdout
        }
        let firm = #"Žluťoučký kůň \u{202E}o.r.s erawtfos\u{202C} \u{1B}[31mRED\u{1B}[0m \u{9B}2J s.r.o."#
        let event = #"Bratislavské fórum \u{202E}esrever\u{202C} \u{1B}]0;owned\u{07} 2027"#
        #expect(outputs["explain app-0001"]?.contains("app-0001: \(firm) (sme-zluty-kun)") == true)
        #expect(outputs["decisions \(visit)"]?.contains("Study visit to Bratislava: \(event)") == true)
        #expect(outputs["list events"]?.contains(event) == true)
        #expect(outputs["schedule-meetings b2b-ev-2027-04-bratislava-forum --provisional"]?.contains(firm) == true)

        // The escaped name is measured as printed: the next column starts where its header does.
        let lines = (outputs["list smes"] ?? "").split(separator: "\n").map(String.init)
        let header = try #require(lines.first)
        let row = try #require(lines.first { $0.hasPrefix("sme-zluty-kun") })
        let column = try #require(header.range(of: "Postcode"))
        let postcode = try #require(row.range(of: "60200"))
        #expect(
            header.distance(from: header.startIndex, to: column.lowerBound)
                == row.distance(from: row.startIndex, to: postcode.lowerBound), "\(header)\n\(row)")
    }
}

extension TerminalSafeOutputTests {
    @Test("an error that quotes a hostile value shows it escaped on standard error")
    func hostileValueInAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "twinlink-hostile-error-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: RepositoryPaths.fixturesBrno, toPath: folder.path)
        let people = folder.appendingPathComponent("people.csv")
        let text = try String(contentsOf: people, encoding: .utf8)
        let address = "katerina.stastna@brno-twinlink.example"
        #expect(text.contains(address))
        try text.replacingOccurrences(of: address, with: "katerina\u{1B}[2J\u{202E}@brno")
            .write(to: people, atomically: true, encoding: .utf8)
        let result = try cli.run("import", folder.path, "--db", RepositoryPaths.temporaryDatabase())
        #expect(result.status == 65)
        #expect(Self.unsafeScalars(in: result.stdout + result.stderr) == [], "\(result.stderr)")
        #expect(result.stderr.contains(#"katerina\u{1B}[2J\u{202E}@brno"#), "\(result.stderr)")
    }
}
