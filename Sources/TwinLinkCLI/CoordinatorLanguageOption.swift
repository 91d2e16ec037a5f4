import ArgumentParser
import Foundation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkLocalization

/// `--language`: the language of what a command prints for the coordinator; without it
/// `$TWINLINK_LANGUAGE`, else the programme's first language. Error messages stay English.
struct CoordinatorLanguageOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The language of the output (default: $TWINLINK_LANGUAGE, else the programme's first language); errors "
                + "stay English.", valueName: "code"))
    var language: String?

    /// The language asked for and where it was asked (`--language` or the environment).
    private var asked: (code: String, source: String)? {
        if let language { return (language, "--language") }
        if let variable = ProcessInfo.processInfo.environment["TWINLINK_LANGUAGE"], !variable.isEmpty {
            return (variable, "TWINLINK_LANGUAGE")
        }
        return nil
    }

    /// Refuses a language without a catalogue before the command does anything.
    func validate() throws {
        guard let asked else { return }
        guard CatalogueSet.shippedLanguages.contains(asked.code) else {
            throw ValidationError(
                "\(asked.source) '\(asked.code)': no catalogue for this language; available: "
                    + CatalogueSet.shippedLanguages.joined(separator: ", "))
        }
    }

    /// The code asked for, if any; an error naming the option for a malformed one.
    func code() throws(TwinLinkError) -> LanguageCode? {
        guard let asked else { return nil }
        guard let code = LanguageCode(rawValue: asked.code) else {
            throw .invalidArgument("\(asked.source) '\(asked.code)': expected \(LanguageCode.rule)")
        }
        return code
    }

    /// The language of a command whose own `--language` also chooses a document's language
    /// (`packs`, `report`): the option, else `$TWINLINK_LANGUAGE`, else `nil` (the programme's
    /// first language); an error naming the option for a malformed one.
    static func documentCode(_ option: String?) throws(TwinLinkError) -> LanguageCode? {
        guard let option else {
            return ProcessInfo.processInfo.environment["TWINLINK_LANGUAGE"].flatMap { LanguageCode(rawValue: $0) }
        }
        guard let code = LanguageCode(rawValue: option) else {
            throw .invalidArgument("--language '\(option)': expected \(LanguageCode.rule)")
        }
        return code
    }

    /// The command line's words in the language asked for, else the programme's first language.
    func words(_ programme: Programme) throws(TwinLinkError) -> CLIWords {
        try CLIWords.of(try code(), programme: programme)
    }

    /// The words for a command that also works on a database without a programme (a backup, a
    /// restore): the programme's first language where there is one, else English.
    func words(_ workspace: Workspace) async throws(TwinLinkError) -> CLIWords {
        guard let programme = try? await workspace.registry().programme else {
            return try CLIWords.of(try code(), programme: nil)
        }
        return try words(programme)
    }
}
