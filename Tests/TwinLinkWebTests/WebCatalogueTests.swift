import Foundation
import Testing
import TwinLinkTestSupport
import TwinLinkWeb

/// The web's words live in catalogue files (`Sources/TwinLinkWeb/Catalogues/{Desk,Portal}/<language>.json`).
@Suite("Web catalogues")
struct WebCatalogueTests {
    @Test("every catalogue of the desk and the portals has every English key, with the same placeholders")
    func complete() {
        #expect(WebCatalogueHooks.problems == [])
        #expect(WebCatalogueHooks.languages == ["cs", "de", "en", "hu", "pl", "sk", "uk"])
        #expect(WebTestHooks.languages.sorted() == WebCatalogueHooks.languages)
        #expect(WebCatalogueHooks.deskKeys.count > 200)
        #expect(WebCatalogueHooks.portalKeys.count > 150)
    }

    @Test("every key the web's code and page template use is in the catalogues")
    func keysUsed() throws {
        let folder = RepositoryPaths.root.appendingPathComponent("Sources/TwinLinkWeb")
        let desk = Set(WebCatalogueHooks.deskKeys)
        let portal = Set(WebCatalogueHooks.portalKeys).union(desk)
        var missing: [String] = []
        var found = 0
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
        for file in files where file.hasSuffix(".swift") || file.hasSuffix(".mustache") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }  // comments name keys as examples
                .joined(separator: "\n")
            for (function, key) in Self.keys(in: text) {
                found += 1
                let known = function == "p" || function == "PortalStrings.text" ? portal : desk
                if !known.contains(key) { missing.append("\(file): \(function)(\"\(key)\")") }
            }
        }
        #expect(found > 300, "the scan found only \(found) uses of a key")
        #expect(missing == [])
    }

    /// The literal keys of `t("…"`, `p("…"`, `Strings.text("…"`, `PortalStrings.text("…"` and `{{t.…}}`.
    static func keys(in text: String) -> [(String, String)] {
        let pattern =
            #"(?<![A-Za-z0-9_.])(t|p|Strings\.text|PortalStrings\.text)\(\s*"([A-Za-z0-9_-]+)""#
            + #"|\{\{[#^/]?\s*(t)\.([A-Za-z0-9_-]+)"#
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).compactMap { match in
            for (function, key) in [(1, 2), (3, 4)] {
                if let f = Range(match.range(at: function), in: text), let k = Range(match.range(at: key), in: text) {
                    return (String(text[f]), String(text[k]))
                }
            }
            return nil
        }
    }
}
