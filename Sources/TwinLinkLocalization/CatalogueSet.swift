public import Foundation

/// The catalogues of a folder, one `<language>.json` per language, English required (it is the
/// fallback and the reference for the other languages' keys and placeholders).
public struct CatalogueSet: Sendable {
    public let catalogues: [String: Catalogue]

    /// The catalogues shipped with the program for the engine's texts, invites, e-mails, the
    /// report and the command line (`Catalogues/` in this module's resources).
    public static func shipped() throws(CatalogueProblem) -> CatalogueSet {
        guard let url = shippedFolder else { throw .unreadable(path: Bundle.module.bundlePath + "/Catalogues") }
        return try CatalogueSet(folder: url)
    }

    /// The shipped catalogues, read once; `nil` only when the resource bundle is missing.
    public static let shippedSet: CatalogueSet? = try? CatalogueSet.shipped()

    /// The shipped catalogue of `language`, English where there is none; a catalogue without texts
    /// (every key shows as `[key]`) only when the resource bundle is missing.
    public static func shippedCatalogue(_ language: String) -> Catalogue {
        shippedSet?.catalogueOrEnglish(language)
            ?? Catalogue(language: "en", locale: Locale(identifier: "en_GB"), entries: [:], english: [:])
    }

    /// The folder of the shipped catalogues, `nil` if the resource bundle is missing.
    public static var shippedFolder: URL? { Bundle.module.url(forResource: "Catalogues", withExtension: nil) }

    /// Reads every `<language>.json` of `folder`; `display` prefixes the file names in messages.
    public init(folder: URL, display: String = "") throws(CatalogueProblem) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw .unreadable(path: folder.path)
        }
        var parsed: [String: CatalogueFile] = [:]
        for file in names.filter({ $0.hasSuffix(".json") }).sorted() {
            let language = String(file.dropLast(".json".count))
            guard Self.isLanguageCode(language) else {
                throw .invalid(
                    file: display + file, problem: "name the file after an ISO 639-1 language code, such as de.json")
            }
            let path = folder.appendingPathComponent(file).path
            guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
            parsed[language] = try CatalogueFile.parse(data, file: display + file)
        }
        guard let english = parsed["en"] else {
            throw .invalid(file: display + "en.json", problem: "the English catalogue is required")
        }
        catalogues = parsed.reduce(into: [:]) { result, item in
            result[item.key] = Catalogue(
                language: item.key, locale: Locale(identifier: item.value.locale), entries: item.value.entries,
                english: english.entries, settings: item.value.settings)
        }
    }

    /// The languages the shipped catalogues cover, sorted: those a programme may offer.
    public static let shippedLanguages: [String] = {
        guard let folder = shippedFolder,
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return ["en"] }
        return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(".json".count)) }.sorted()
    }()

    /// The languages with a catalogue, sorted.
    public var languages: [String] { catalogues.keys.sorted() }

    /// The English catalogue.
    public var english: Catalogue { catalogues["en"]! }

    /// The catalogue of `language`; an error listing the available languages if there is none.
    public func catalogue(for language: String, context: String = "") throws(CatalogueProblem) -> Catalogue {
        guard let catalogue = catalogues[language] else {
            throw .unsupportedLanguage(language, available: languages, context: context)
        }
        return catalogue
    }

    /// The catalogue of `language`, English where there is none (for callers that checked earlier).
    public func catalogueOrEnglish(_ language: String) -> Catalogue { catalogues[language] ?? english }

    static func isLanguageCode(_ text: String) -> Bool {
        text.utf8.count == 2 && text.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
    }
}
