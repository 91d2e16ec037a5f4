import Foundation
import Testing
import TwinLinkTestSupport

/// The second fixture programme, Brno (`languages: [cs, sk, hu, en]`, CZK) with Bratislava and
/// Győr, through the main job: the coordinator's documents in Czech, each invite, e-mail, personal
/// pack and digest in its reader's language, the information material once per city language.
@Suite("twinlink run in Czech, Slovak, Hungarian and the readers' own languages", .serialized)
struct BrnoLanguagesTests {
    let cli = BinaryRunner()

    private func text(_ folder: URL, _ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    /// The `SUMMARY` line of an invite, unfolded.
    private func summary(_ folder: URL, _ path: String) throws -> String {
        let ics = try text(folder, path).replacingOccurrences(of: "\r\n ", with: "")
        let line = ics.split(separator: "\r\n").first { $0.hasPrefix("SUMMARY:") } ?? ""
        return String(line.dropFirst("SUMMARY:".count)).replacingOccurrences(of: "\\,", with: ",")
    }

    @Test("the main job writes every output in its reader's language")
    func mainJob() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("twinlink-brno-\(UUID().uuidString)")
        let db = RepositoryPaths.temporaryDatabase()
        let run = try cli.run("run", "fixtures-brno", "--out", out.path, "--db", db)
        #expect(run.status == 0, "\(run.stderr)")

        // The coordinator: the activity pack in Czech, the planner's own texts translated.
        let pack = try text(out, "documents/packs/pack-visit-ev-2027-04-bratislava-forum.html")
        #expect(pack.hasPrefix("<!DOCTYPE html>\n<html lang=\"cs\""))
        let packText = try text(out, "documents/packs/pack-visit-ev-2027-04-bratislava-forum.md")
        for czech in [
            "# Informační balíček", "**Studijní cesta (Bratislava): Bratislavské fórum inteligentného priemyslu 2027**",
            "Příjezd a ubytování v hotelu", "Závěrečné shrnutí s koordinátorem, poté odjezd", "4 firmy, 6 delegátů",
            "pondělí 19. dubna 2027",
        ] {
            #expect(packText.contains(czech), "\(czech)")
        }
        #expect(
            packText.contains(
                "Každá firma hradí své náklady sama a potvrdila jejich výši: 12\u{A0}500,00\u{A0}Kč na delegáta"))
        for english in ["Briefing pack", "Study visit to", "Arrival and hotel check-in", "delegates", "CZK"] {
            #expect(!packText.contains(english), "English left in the Czech pack: \(english)")
        }
        // Names in every script reach the pack and the export.
        let export = try text(out, "registry.json")
        for name in ["Олена Коваленко", "田中 花子", "Přemysl Žlutý", "Ľubomíra Ďurčová", "Szőke Örs"] {
            #expect(export.contains(name), "\(name)")
        }
        #expect(packText.contains("Олена Коваленко") && packText.contains("田中 花子"))

        // Personal packs: the reader's `language` (uk, en) or their country's language (cs).
        for (person, language, phrase) in [
            ("zluty-1", "cs", "Osobní informační balíček"), ("zluty-2", "uk", "Особистий інформаційний пакет"),
            ("vinarstvi-2", "en", "Personal briefing pack"),
        ] {
            let personal = try text(out, "documents/packs/pack-visit-ev-2027-04-bratislava-forum-person-\(person).html")
            #expect(personal.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language)\""), "\(person)")
            #expect(personal.contains(phrase), "\(person)")
        }

        // Invites: each person's own language, from their organisation's country or their column.
        for (path, expected) in [
            (
                "b2b-ev-2027-04-bratislava-forum/person-zluty-1--mr-0001.ics",
                "Jednání 1:1: Žluťoučký kůň software s.r.o. a Softvila s.r.o."
            ),
            (
                "b2b-ev-2027-04-bratislava-forum/person-zluty-2--mr-0001.ics",
                "Зустріч 1:1: Žluťoučký kůň software s.r.o. і Softvila s.r.o."
            ),
            (
                "b2b-ev-2027-04-bratislava-forum/person-pent-softvila--mr-0001.ics",
                "Rokovanie 1:1: Žluťoučký kůň software s.r.o. a Softvila s.r.o."
            ),
            (
                "b2b-ev-2027-05-brno-business-days/person-pent-raba--mr-0003.ics",
                "Kétoldalú tárgyalás: Strojírny Líšeň a.s. és Rába Alkatrész Kft."
            ),
            (
                "visit-ev-2027-04-bratislava-forum/person-vinarstvi-2.ics",
                "Study visit to Bratislava: Bratislavské fórum inteligentného priemyslu 2027"
            ),
            (
                "visit-ev-2027-04-bratislava-forum/person-zluty-1.ics",
                "Studijní cesta (Bratislava): Bratislavské fórum inteligentného priemyslu 2027"
            ),
            (
                "intro-ev-2027-05-brno-business-days/person-city-gyor.ics",
                "Bemutatkozó online megbeszélés: Brněnské dny partnerských měst 2027 — Brno és Bratislava, Győr"
            ),
        ] {
            #expect(try summary(out.appendingPathComponent("invites"), path) == expected, "\(path)")
        }
        let mail = try text(out, "invites/b2b-ev-2027-05-brno-business-days/person-pent-raba--mr-0003.eml")
        #expect(mail.contains("Content-Type: text/calendar"))
        #expect(mail.contains("Subject: =?UTF-8?"), "a non-ASCII subject is encoded")

        // Information material: one document per language of the city that the programme offers.
        for (file, language) in [
            ("info-material-bratislava", "sk"), ("info-material-bratislava-en", "en"), ("info-material-gyor", "hu"),
            ("info-material-gyor-en", "en"),
        ] {
            let html = try text(out, "documents/info-material/\(file).html")
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language)\""), "\(file)")
        }
        #expect(
            try text(out, "documents/info-material/info-material-gyor.md").contains(
                "Tájékoztató anyag Győr partnerváros részére"))

        // The report: the coordinator's language (the programme's first, Czech); its CSV files stay
        // language-neutral.
        let report = try text(out, "report/report.html")
        #expect(report.hasPrefix("<!DOCTYPE html>\n<html lang=\"cs\">"))
        for czech in ["Podle partnerských měst", "Rozpory v evidenci účasti", ">Celkem<", "Zpracoval: "] {
            #expect(report.contains(czech), "\(czech)")
        }
        for english in ["Per partner city", "Attendance conflicts", ">Total<", "Prepared by"] {
            #expect(!report.contains(english), "English left in the Czech report: \(english)")
        }
        #expect(try text(out, "report/activities.csv").hasPrefix("activity,title,kind,first day,"))
        let again = try cli.run("report", "--out", out.appendingPathComponent("report-again").path, "--db", db)
        #expect(again.stdout.hasPrefix("Zpráva za období do 2027-04-12: "), "\(again.stdout)")

        // Digests: the firm contact's language.
        #expect(try text(out, "documents/digests/digest-sme-zluty-kun.md").contains("Příležitosti pro Vaši firmu"))

        // Allocation explanations: the engine's sentences, score lines and labels in the coordinator's
        // language (Czech); English only when asked for.
        let explain = try cli.run("explain", "app-0001", "--db", db)
        #expect(explain.status == 0, "\(explain.stderr)")
        for czech in [
            "Rozhodnutí verze 1", "Přijato: ", "Body priority: ", "Velikost podle doporučení 2003/361/ES",
            "Historie:", "Kč na delegáta",
        ] {
            #expect(explain.stdout.contains(czech), "\(czech) in \(explain.stdout)")
        }
        for english in [
            "Decision of version", "Accepted with", "Priority score", "Self-paid cost", "per delegate", "Checks",
            "History", "Seats asked", "applied", "full week", "newcomer", "staff", "turnover", "main job",
        ] {
            #expect(!explain.stdout.contains(english), "English left in the Czech explanation: \(english)")
        }
        let english = try cli.run("explain", "app-0001", "--db", db, "--language", "en")
        #expect(english.stdout.contains("Decision of version 1"))
        #expect(english.stdout.contains("Accepted with "))
        let decisions = try cli.run("decisions", "visit-ev-2027-04-bratislava-forum", "--db", db)
        let why = decisions.stdout.components(separatedBy: "Why:\n").last ?? ""
        #expect(why.contains("Přijato: "), "\(decisions.stdout)")
        for english in ["Accepted with", "Waitlisted", "Not eligible", "priority score", "Self-paid cost"] {
            #expect(!why.contains(english), "English left in the Czech decisions: \(english)")
        }
        let unknown = try cli.run("explain", "app-0001", "--db", db, "--language", "fr")
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("available: cs, de, en, hu, pl, sk, uk"), "\(unknown.stderr)")
    }

    @Test("a language without a catalogue in programme.yaml is refused with the available languages")
    func unknownLanguage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "twinlink-brno-fr-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: RepositoryPaths.fixturesBrno, toPath: folder.path)
        let programme = folder.appendingPathComponent("programme.yaml")
        let yaml = try String(contentsOf: programme, encoding: .utf8)
        try yaml.replacingOccurrences(of: "languages: [cs, sk, hu, en]", with: "languages: [cs, fr]")
            .write(to: programme, atomically: true, encoding: .utf8)
        let result = try cli.run("import", folder.path, "--db", RepositoryPaths.temporaryDatabase())
        #expect(result.status != 0)
        #expect(result.stderr.contains("languages"), "\(result.stderr)")
        #expect(result.stderr.contains("'fr'") || result.stderr.contains("fr"), "\(result.stderr)")
        #expect(result.stderr.contains("available languages: cs, de, en, hu, pl, sk, uk"), "\(result.stderr)")
    }
}
