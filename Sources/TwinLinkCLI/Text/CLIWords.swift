import TwinLinkApp
import TwinLinkDomain
import TwinLinkLocalization

/// The command line's words in the coordinator's language: every summary line, table heading and
/// figure a command prints for the coordinator comes from the shared catalogue's `cli_` keys
/// (`Sources/TwinLinkLocalization/Catalogues/<language>.json`), counted phrases in the plural form
/// the language needs and numbers as its locale writes them. Error messages are not in it: they
/// stay English (the catalogue's `_untranslated_errors` says why).
struct CLIWords {
    /// The catalogue's texts with the locale's formats: the engine's messages render through it too.
    let renderer: MessageRenderer

    init(_ catalogue: Catalogue) {
        renderer = MessageRenderer(catalogue)
    }

    /// English: what `--language en` prints, and what the `summary.md` document keeps.
    static var english: CLIWords { CLIWords(CatalogueSet.shippedCatalogue("en")) }

    /// The words of `language` (default: the programme's first language); an error that lists the
    /// available languages when there is no catalogue for it.
    static func of(_ language: LanguageCode?, programme: Programme?) throws(TwinLinkError) -> CLIWords {
        guard let programme else {
            return language.map { CLIWords(CatalogueSet.shippedCatalogue($0.rawValue)) } ?? .english
        }
        return CLIWords(try CoordinatorLanguage.catalogue(language, programme: programme))
    }

    /// `cli_<key>`, its `{placeholders}` filled with `values` as given.
    func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        renderer.catalogue.text("cli_" + key, values)
    }

    /// `cli_count_<key>` in the plural form `count` needs (`1 soubor`, `2 soubory`, `5 souborů`),
    /// `{count}` as the locale writes the number.
    func count(_ key: String, _ count: Int, _ values: [String: String] = [:]) -> String {
        renderer.render(Message("cli_count_" + key, values.mapValues { .verbatim($0) }, count: count))
    }

    /// A whole number as the locale writes it (`1 234` in Czech, `1,234` in English).
    func number(_ value: Int) -> String { renderer.format.number(value) }

    /// An engine message in this language.
    func render(_ message: Message) -> String { renderer.render(message) }

    /// A value of a closed set (`cli_<set>_<value>`: an activity's kind, a status, yes and no), or
    /// the value itself where the catalogue has no word for it.
    func value(_ set: String, _ raw: String) -> String {
        let key = "cli_\(set)_\(raw)"
        return renderer.catalogue.contains(key) ? renderer.catalogue.text(key) : raw
    }

    /// An activity's title: the planner's message in this language, a title someone wrote as written.
    func title(_ activity: Activity) -> String { activity.titleMessage.map(render) ?? activity.title }

    /// A 1:1 session's table: the session's own numbered tables (`Table 3`, as the App names them
    /// when it builds the session) in this language, any other name as written.
    func table(_ name: String) -> String {
        guard name.hasPrefix("Table "), let number = Int(name.dropFirst("Table ".count)) else { return name }
        return self("session_table_number", ["number": String(number)])
    }

    /// `yes` or `no`.
    func yesNo(_ value: Bool) -> String { self(value ? "yes" : "no") }
}
