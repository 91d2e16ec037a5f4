import Foundation
import Testing
import TwinLinkLocalization
import TwinLinkTestSupport

/// The command line speaks the coordinator's language: every summary, heading and figure line the
/// README's commands print comes from the shared catalogue's `cli_` keys in the programme's first
/// language (Brno: Czech), `--language` or `TWINLINK_LANGUAGE` choosing another; English only when
/// asked for, and then exactly as before.
@Suite("the command line in the programme's first language", .serialized)
struct CoordinatorLanguageTests {
    let cli = BinaryRunner()

    /// Codes and names a Czech coordinator reads as written: they are data, not the program's English
    /// (reason codes as tools and `docs/regulations-format.md` name them, the regulations' quota and
    /// rule names, an event kind that Czech writes the same). Paths and file names are left out too.
    /// `coordinator` is the actor the audit trail records when neither `--by` nor `$USER` names one.
    static let allowedAsWritten = ["accepted", "withdrawn", "rejected_by_override", "festival", "coordinator"]

    /// Every English text of the command line's catalogue entries (`cli_`), cut at its placeholders:
    /// the pieces that hold a word of four letters or more, each as a pattern that matches it as
    /// whole words (not inside an id such as `visit-ev-…-forum` or a table name such as
    /// `partner_cities`).
    static func englishPhrases() throws -> [(String, NSRegularExpression)] {
        let english = try CatalogueSet.shipped().english
        var phrases: Set<String> = []
        for key in english.allKeys where key.hasPrefix("cli_") {
            for text in english.ownEntry(key)?.texts ?? [] {
                for piece in text.split(separator: "{") {
                    let literal =
                        piece.split(separator: "}", maxSplits: 1, omittingEmptySubsequences: false).last.map(
                            String.init)
                        ?? ""
                    let trimmed = literal.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
                    let hasWord = trimmed.split(whereSeparator: { !$0.isLetter }).contains { $0.count >= 4 }
                    if hasWord, !allowedAsWritten.contains(trimmed) { phrases.insert(trimmed) }
                }
            }
        }
        return try phrases.sorted().map { phrase in
            let edge = #"[\p{L}\p{N}_\-]"#
            let pattern = "(?<!\(edge))" + NSRegularExpression.escapedPattern(for: phrase) + "(?!\(edge))"
            return (phrase, try NSRegularExpression(pattern: pattern))
        }
    }

    /// `text` without paths and file names (`/tmp/…`, `activities.csv`, `registry.json`).
    static func withoutPaths(_ text: String) -> String {
        text.replacingOccurrences(
            of: #"(/[^\s:]*)|([\w.-]+\.(csv|html|md|json|yaml|sqlite|ics|eml))|([\w-]+/)"#, with: "…",
            options: .regularExpression)
    }

    /// A fresh folder with the holiday calendars alone (the fixtures' event feeds name Kraków's
    /// partner cities).
    private func holidayCalendars() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("twinlink-cal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let calendars = RepositoryPaths.root.appendingPathComponent("calendars")
        for name in try FileManager.default.contentsOfDirectory(atPath: calendars.path)
        where name.hasPrefix("holidays-") && name.hasSuffix(".ics") {
            try FileManager.default.copyItem(
                at: calendars.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    /// The README's commands on the Brno programme, with `extra` arguments after each; their
    /// standard output, command by command.
    private func readmeCommands(_ extra: [String], runner: BinaryRunner) throws -> [(String, String)] {
        let db = RepositoryPaths.temporaryDatabase()
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("twinlink-cli-\(UUID().uuidString)")
        let visit = "visit-ev-2027-04-bratislava-forum"
        let commands: [[String]] = [
            ["import", RepositoryPaths.fixturesBrno], ["import-calendar", try holidayCalendars().path], ["plan"],
            ["allocate", visit, "--now", "2027-03-01T12:00:00+01:00"], ["decisions", visit],
            ["withdraw", "app-0002", "--reason", "Nemůžeme cestovat", "--by", "Kateřina Šťastná"],
            ["explain", "app-0003"], ["schedule-meetings", "b2b-ev-2027-04-bratislava-forum"],
            ["schedule-meetings", "b2b-ev-2027-04-bratislava-forum", "--agenda", "sme:sme-zluty-kun"],
            ["invites", "--out", work.appendingPathComponent("invites").path],
            ["packs", visit, "--out", work.appendingPathComponent("packs").path],
            ["info-material", "bratislava", "--out", work.appendingPathComponent("material").path],
            ["digest", "sme-zluty-kun", "--out", work.appendingPathComponent("digests").path],
            ["report", "--out", work.appendingPathComponent("report").path], ["list", "smes"],
            ["list", "partner-cities"], ["list", "partner-enterprises"], ["list", "events"],
            ["backup", work.appendingPathComponent("copy.sqlite").path],
            ["import", RepositoryPaths.fixturesBrno, "--prune"],
            ["run", RepositoryPaths.fixturesBrno, "--out", work.appendingPathComponent("out").path, "--quiet"],
            ["run", RepositoryPaths.fixturesBrno, "--out", work.appendingPathComponent("out").path, "--quiet"],
            ["attendance", "conflicts"], ["attendance", "replies"],
            ["override", "app-0004", "--reject", "--reason", "Nemá zájem", "--by", "Kateřina Šťastná"],
            ["audit", visit],
        ]
        return try commands.map { command in
            let result = try runner.run(command + ["--db", db] + extra)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            return (command.joined(separator: " "), result.stdout)
        }
    }

    @Test("a Brno run's output is Czech: no English phrase of the command line, every key found")
    func czechByDefault() throws {
        let phrases = try Self.englishPhrases()
        #expect(phrases.count > 150, "the English phrases to look for: \(phrases.count)")
        let outputs = try readmeCommands([], runner: cli)
        for (command, stdout) in outputs {
            #expect(!stdout.contains("[cli_"), "a key without text in '\(command)': \(stdout)")
            // The audit trail's actions and details are shown as the trail recorded them.
            let lines = stdout.split(separator: "\n", omittingEmptySubsequences: false)
            let checked = Self.withoutPaths(
                command.hasPrefix("audit") ? lines.prefix(2).joined(separator: "\n") : stdout)
            let range = NSRange(checked.startIndex..., in: checked)
            for (phrase, pattern) in phrases where pattern.firstMatch(in: checked, range: range) != nil {
                Issue.record("English '\(phrase)' in '\(command)':\n\(stdout)")
            }
        }
        let all = Dictionary(outputs, uniquingKeysWith: { $1 })
        for (command, czech) in [
            ("plan", "Změny:"), ("plan", "úvodní online setkání"), ("list smes", "Obchodní firma"),
            ("allocate visit-ev-2027-04-bratislava-forum --now 2027-03-01T12:00:00+01:00", "Obsazeno 6 z 10 míst"),
            ("decisions visit-ev-2027-04-bratislava-forum", "Odůvodnění:"),
            ("schedule-meetings b2b-ev-2027-04-bratislava-forum", "Stůl 1"),
            ("digest sme-zluty-kun --out", "Zapsáno 2 soubory:"), ("backup", "kontrola integrity: v pořádku"),
            ("attendance conflicts", "V evidenci účasti nejsou žádné rozpory."),
        ] {
            let output = all.first { $0.key.hasPrefix(command) }?.value ?? ""
            #expect(output.contains(czech), "'\(czech)' in '\(command)':\n\(output)")
        }
        let runs = outputs.filter { $0.0.hasPrefix("run ") }.map(\.1)
        #expect(runs.first?.contains("Místa přidělena: 1 akce;") == true, "\(runs)")
        #expect(runs.last?.contains("Od posledního běhu do ") == true, "\(runs)")
    }

    @Test("--language en and TWINLINK_LANGUAGE=en give the English of before")
    func englishWhenAsked() throws {
        let option = try readmeCommands(["--language", "en"], runner: cli)
        let variable = try readmeCommands([], runner: BinaryRunner(environment: ["TWINLINK_LANGUAGE": "en"]))
        let byOption = Dictionary(option, uniquingKeysWith: { $1 })
        let text = byOption.values.joined(separator: "\n")
        for english in [
            "Changes:\n  added      b2b-ev-2027-04-bratislava-forum",
            "6 of 10 seats taken; 4 accepted, 0 waitlisted, 0 rejected.",
            "accepted (2 seats)", "Why:\n", "Withdrawn: app-0002 of sme-strojirny-lisen, recorded by Kateřina Šťastná.",
            "Changes since version 1:\n  app-0002: withdrawn, accepted (1 seat) → rejected (withdrawn)",
            "1 meeting of 1 request; weight 3 of at most 3 (proven upper bound; gap 0, 100.0 %)",
            "Invites: 24 new, 0 updated, 0 cancelled, 0 unchanged (not written again).", "Wrote 2 files:",
            "ID                   Legal name ", "Planned 8 activities; 0 changed since the last run.",
            "Allocated 1 activity; 0 stored as a new version.", "No attendance conflicts.",
            "Excused from declined invites: 0 new, 0 corrected.",
        ] {
            #expect(text.contains(english), "\(english)")
        }
        // The variable and the option print the same text, apart from the scratch paths.
        for ((command, byOption), (_, byVariable)) in zip(option, variable) {
            #expect(Self.withoutPaths(byOption) == Self.withoutPaths(byVariable), "\(command)")
        }
    }

    @Test("a language without a catalogue is refused before anything is done, naming where it was asked")
    func unknownLanguage() throws {
        let db = RepositoryPaths.temporaryDatabase()
        let option = try cli.run("import", RepositoryPaths.fixturesBrno, "--db", db, "--language", "fr")
        #expect(option.status == 64)
        #expect(
            option.stderr.contains(
                "--language 'fr': no catalogue for this language; available: cs, de, en, hu, pl, sk, uk"))
        #expect(!FileManager.default.fileExists(atPath: db))
        let variable = try BinaryRunner(environment: ["TWINLINK_LANGUAGE": "xx"]).run(
            "import", RepositoryPaths.fixturesBrno, "--db", db)
        #expect(variable.status == 64)
        #expect(variable.stderr.contains("TWINLINK_LANGUAGE 'xx': no catalogue"), "\(variable.stderr)")
    }
}
