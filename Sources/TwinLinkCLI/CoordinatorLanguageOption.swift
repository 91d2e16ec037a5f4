import ArgumentParser
import TwinLinkApp
import TwinLinkDomain

/// `--language`: the language of what a command prints for the coordinator (default: the
/// programme's first language). Error messages stay English.
struct CoordinatorLanguageOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The language of the output (default: the programme's first language); errors stay English.",
            valueName: "code"))
    var language: String?

    /// The code asked for, if any; an error naming the option for a malformed one.
    func code() throws(TwinLinkError) -> LanguageCode? {
        guard let language else { return nil }
        guard let code = LanguageCode(rawValue: language) else {
            throw .invalidArgument("--language '\(language)': expected \(LanguageCode.rule)")
        }
        return code
    }
}
