import Foundation
import TwinLinkLocalization

/// The web's words, read from catalogue files through the same `CatalogueSet` as the documents:
/// `Catalogues/Desk/<language>.json` for the desk and `Catalogues/Portal/<language>.json` for the
/// portals (a key the portal catalogue lacks is the desk's). Placeholders are `{0}`, `{1}`… filled by
/// `t(…)` and `p(…)`. A test checks that every catalogue has every English key with the same
/// placeholders, and that every key the code and the page template use exists.
struct WebCatalogues: Sendable {
    let desk: CatalogueSet
    let portal: CatalogueSet

    /// The catalogues shipped in this module's resources, read once.
    static let shipped: Result<WebCatalogues, WebSetupError> = load()

    /// The shipped catalogues, or what keeps them from being read (the web refuses to start then).
    static func loaded() throws(WebSetupError) -> WebCatalogues { try shipped.get() }

    private static func load() -> Result<WebCatalogues, WebSetupError> {
        guard let folder = Bundle.module.url(forResource: "Catalogues", withExtension: nil) else {
            return .failure(
                WebSetupError("the web's catalogues are missing from the bundle \(Bundle.module.bundlePath)"))
        }
        do {
            return .success(
                WebCatalogues(
                    desk: try CatalogueSet(folder: folder.appendingPathComponent("Desk"), display: "Catalogues/Desk/"),
                    portal: try CatalogueSet(
                        folder: folder.appendingPathComponent("Portal"), display: "Catalogues/Portal/")))
        } catch {
            return .failure(WebSetupError("the web's catalogues cannot be used: \(error)"))
        }
    }

    /// What a translator still has to fix in the web's catalogues, one line each; empty when complete.
    var problems: [String] {
        [("Desk", desk), ("Portal", portal)].flatMap { name, set in
            set.languages.flatMap { language in
                set.catalogueOrEnglish(language).problems(comparedTo: set.english).map { "\(name)/\($0)" }
            }
        }
    }
}

/// The desk's words in the page language. A key no catalogue has shows as the key itself.
enum Strings {
    static func text(_ key: String, _ language: Language) -> String {
        guard let set = try? WebCatalogues.shipped.get().desk else { return key }
        let catalogue = set.catalogueOrEnglish(language.rawValue)
        return catalogue.contains(key) ? catalogue.text(key) : key
    }

    /// All strings of a language by key, for the templates (`{{t.key}}`).
    static func catalogue(_ language: Language) -> [String: String] { tables[language] ?? [:] }

    private static let tables: [Language: [String: String]] = {
        guard let set = try? WebCatalogues.shipped.get().desk else { return [:] }
        return Dictionary(
            uniqueKeysWithValues: Language.allCases.map { language in
                let catalogue = set.catalogueOrEnglish(language.rawValue)
                return (language, Dictionary(uniqueKeysWithValues: catalogue.allKeys.map { ($0, catalogue.text($0)) }))
            })
    }()
}

/// What tests outside the module need of the web's catalogues.
public enum WebCatalogueHooks {
    /// Every problem of the desk's and the portals' catalogues (missing keys, placeholders that
    /// differ from English), or why they cannot be read.
    public static var problems: [String] {
        switch WebCatalogues.shipped {
        case .success(let catalogues): catalogues.problems
        case .failure(let error): [error.description]
        }
    }

    /// The English keys of the desk's catalogue, sorted.
    public static var deskKeys: [String] { (try? WebCatalogues.shipped.get().desk.english.allKeys) ?? [] }

    /// The English keys of the portals' catalogue, sorted.
    public static var portalKeys: [String] { (try? WebCatalogues.shipped.get().portal.english.allKeys) ?? [] }

    /// Every text of `language` (the desk's and the portals'), by key; a key of both is the portal's
    /// under `portal.` and the desk's under its own name.
    public static func texts(_ language: String) -> [String: String] {
        guard let catalogues = try? WebCatalogues.shipped.get() else { return [:] }
        var texts: [String: String] = [:]
        for (prefix, set) in [("", catalogues.desk), ("portal.", catalogues.portal)] {
            let catalogue = set.catalogueOrEnglish(language)
            for key in catalogue.allKeys {
                texts[prefix + key] = catalogue.ownEntry(key).map { _ in catalogue.text(key) }
            }
        }
        return texts
    }

    /// The languages the web's catalogues cover, sorted.
    public static var languages: [String] { (try? WebCatalogues.shipped.get().desk.languages) ?? [] }
}
