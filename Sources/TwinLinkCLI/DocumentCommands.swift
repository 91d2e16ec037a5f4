import ArgumentParser
import Foundation
import TwinLinkApp
import TwinLinkDomain

struct InfoMaterialCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info-material",
        abstract: "Write the information material for a partner city (programme step 2).",
        discussion: """
            A catalogue of the local enterprises that are eligible (SMEs in the city that contributed to \
            the information material) and consented to share their profile: profile, offer, \
            apprenticeships for young people and cooperation needs, most relevant to the city's key \
            sectors first, in the city's language where a translation exists and in English otherwise. \
            HTML (self-contained, prints on A4) and Markdown; PDF with --pdf where headless Chromium is \
            installed.
            """)

    @Argument(help: ArgumentHelp("The partner city (default: every partner city).", valueName: "partner-city"))
    var city: String?

    @Option(name: .long, help: ArgumentHelp("Where to write the documents.", valueName: "dir"))
    var out: String

    @Flag(name: .long, help: "Also print each document to PDF with headless Chromium.")
    var pdf = false

    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let workspace = try database.workspace()
        do {
            let words = try language.words(try await workspace.registry().programme)
            let id: Identifier<PartnerCity>? = try CommandArguments.identifier(city, "a partner city")
            let written = try await WriteDocuments.informationMaterial(
                for: id, workspace: workspace, output: OutputFolder(out), now: Date(), pdf: pdf)
            printWritten(written, words: words)
        } catch {
            throw report(error)
        }
    }
}

struct DigestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Write the opportunity digest for a local SME (programme step 5).",
        discussion: """
            Partner enterprises and upcoming events that match the firm's sectors and needs, with the \
            reason for each match, and how to apply. HTML and Markdown; PDF with --pdf.
            """)

    @Argument(help: ArgumentHelp("The local enterprise (default: every firm that consented).", valueName: "sme"))
    var sme: String?

    @Option(name: .long, help: ArgumentHelp("Where to write the documents.", valueName: "dir"))
    var out: String

    @Flag(name: .long, help: "Also print each document to PDF with headless Chromium.")
    var pdf = false

    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let workspace = try database.workspace()
        do {
            let words = try language.words(try await workspace.registry().programme)
            let id: Identifier<LocalEnterprise>? = try CommandArguments.identifier(sme, "a local enterprise")
            let written = try await WriteDocuments.digests(
                for: id, workspace: workspace, output: OutputFolder(out), now: Date(), pdf: pdf)
            printWritten(written, words: words)
        } catch {
            throw report(error)
        }
    }
}

func printWritten(_ written: WriteDocuments.Written, words: CLIWords) {
    print(words("wrote_files", ["files": words.count("files", written.files.count)]))
    for file in written.files { print("  \(file)") }
    if let note = written.pdfNote { print(note) }
}

struct PacksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "packs",
        abstract: "Write the briefing packs of a study visit: the delegation's and one per delegate.",
        discussion: """
            The activity pack (the event and why it matters, dates and agenda in the home and the \
            partner zone, venue and travel days, the self-paid costs and what the city pays for, the \
            delegation with each firm's profile, the partner city and its contacts, matched \
            counterparts with the reasons, the 1:1 schedule, the rules that applied, checklists) and a \
            personal pack per seated delegate (only their meetings, their counterparts, their \
            invitations, what they pay). Without ACTIVITY: every study visit with a final allocation.
            """)

    @Argument(help: ArgumentHelp("The study visit (visit-…).", valueName: "activity"))
    var activity: String?

    @Option(name: .long, help: ArgumentHelp("Where to write the documents.", valueName: "dir"))
    var out: String

    @Flag(name: .long, help: "Also print each document to PDF with headless Chromium.")
    var pdf = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "As of this instant (default: the programme's reference date, else now).", valueName: "ISO-8601"))
    var now: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The language of the coordinator's pack (default: $TWINLINK_LANGUAGE, else the programme's first language); "
                + "personal packs "
                + "stay in each delegate's language.", valueName: "code"))
    var language: String?

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let workspace = try database.workspace()
        do {
            let id: Identifier<Activity>? = try CommandArguments.identifier(activity, "an activity")
            let code = try CoordinatorLanguageOption.documentCode(language)
            let programme = try await workspace.registry().programme
            let words = try CLIWords.of(code, programme: programme)
            let instant = try ProgrammeClock.now(option: now, programme: programme)
            let written = try await WriteDocuments.briefingPacks(
                for: id, workspace: workspace, output: OutputFolder(out), now: instant, pdf: pdf, language: code)
            printWritten(written, words: words)
        } catch {
            throw report(error)
        }
    }
}
