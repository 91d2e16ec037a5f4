import Foundation
import TwinLinkDomain
import TwinLinkLocalization
import TwinLinkStore

extension Desk {
    /// The languages the programme offers that the web has (English always; all before an import),
    /// and `account`'s own among them: a partner city's first language the programme offers.
    func languages(for account: Account?) async -> (offered: [Language], own: Language?) {
        let registry = (try? await registryIfAny()) ?? nil
        let offered = Language.offered(by: registry?.programme.languages.map(\.rawValue))
        guard let registry, let account, account.role == .partner,
            let city = registry.partnerCities.first(where: { $0.id.rawValue == account.organisationID })
        else { return (offered, nil) }
        let own = city.languages.lazy.compactMap { Language(rawValue: $0.rawValue) }.first { offered.contains($0) }
        return (offered, own)
    }

    /// Links to the information material of a partner city, one per language, in the city's order
    /// (the first language's file has no language suffix), each named by its language as written
    /// in that language, with the file name: `Deutsch (info-material-nuremberg.html)`.
    func materialLinks(_ files: [String: String], href: (String) -> String) -> [Link] {
        files.keys.sorted {
            (Self.language(ofFile: $0) == nil ? 0 : 1, $0) < (Self.language(ofFile: $1) == nil ? 0 : 1, $1)
        }.map { file in
            let name = (files[file].flatMap(Self.htmlLanguage).flatMap(Language.init(rawValue:))?.name).map {
                "\($0) (\(file))"
            }
            return Link(href: href(file), label: name ?? file)
        }
    }

    /// `xx` of a file name ending in `-xx.html`.
    private static func language(ofFile file: String) -> String? {
        guard file.hasSuffix(".html") else { return nil }
        let stem = file.dropLast(".html".count)
        guard let dash = stem.lastIndex(of: "-") else { return nil }
        let code = stem[stem.index(after: dash)...]
        return code.count == 2 && Language(rawValue: String(code)) != nil ? String(code) : nil
    }

    /// The `lang` of a document's `<html>` element.
    private static func htmlLanguage(_ html: String) -> String? {
        guard let start = html.range(of: "<html lang=\"") else { return nil }
        let rest = html[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }
}

extension WebTestHooks {
    /// The codes of every page language.
    public static var languages: [String] { Language.allCases.map(\.rawValue) }

    /// The page language an `Accept-Language` header chooses among `codes`.
    public static func preferred(_ header: String?, among codes: [String]) -> String? {
        Language.preferred(header, among: codes.compactMap(Language.init(rawValue:)))?.rawValue
    }
}

extension Desk {
    /// The engine's messages (explanations, reasons, notes, titles) in the page language.
    func words(_ context: WebContext) -> MessageRenderer {
        MessageRenderer(CatalogueSet.shippedCatalogue(context.language.rawValue))
    }

    /// An activity's title in the page language (as written where the coordinator wrote it).
    func title(_ activity: Activity, _ context: WebContext) -> String {
        activity.titleMessage.map { words(context).render($0) } ?? activity.title
    }
}
