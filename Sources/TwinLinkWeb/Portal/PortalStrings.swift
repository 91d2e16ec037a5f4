import Foundation
import TwinLinkLocalization

/// The portals' words, kept apart from the desk's in `Catalogues/Portal/<language>.json`; a key the
/// portal catalogue lacks is the desk's (`Strings`). A test checks that every catalogue is complete.
enum PortalStrings {
    static func text(_ key: String, _ language: Language) -> String {
        guard let set = try? WebCatalogues.shipped.get().portal, set.english.contains(key) else {
            return Strings.text(key, language)
        }
        return set.catalogueOrEnglish(language.rawValue).text(key)
    }
}

extension Desk {
    /// A portal string of the page language, with `{0}`, `{1}`… filled from `values`.
    func p(_ key: String, _ context: WebContext, _ values: Any...) -> String {
        var text = PortalStrings.text(key, context.language)
        for (index, value) in values.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: String(describing: value))
        }
        return text
    }
}

/// What tests outside the module need of the portals' strings.
public enum PortalTestHooks {
    /// Keys the Polish portal catalogue lacks.
    public static var keysWithoutPolish: [String] {
        guard let set = try? WebCatalogues.shipped.get().portal else {
            return ["(the portal catalogues are unreadable)"]
        }
        return set.catalogueOrEnglish("pl").missingKeys
    }

    /// Every key's English text, for checks of the pages' words.
    public static var english: [String: String] {
        guard let english = try? WebCatalogues.shipped.get().portal.english else { return [:] }
        return Dictionary(uniqueKeysWithValues: english.allKeys.map { ($0, english.text($0)) })
    }
}
