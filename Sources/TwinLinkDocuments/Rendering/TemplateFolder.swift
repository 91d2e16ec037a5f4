import Foundation
import Mustache
import TwinLinkDomain
import TwinLinkLocalization

/// The editable files that shape the documents, read once: Mustache templates under `html/` and
/// `markdown/`, string catalogues under `strings/`, and `emergency-numbers.json`.
///
/// Reading checks what a person editing the files could get wrong, and says where: a template that
/// does not parse, a Markdown template without Markdown escaping, a string key the English
/// catalogue lacks, a catalogue that is not valid.
struct TemplateFolder: Sendable {
    /// The documents every folder must provide, in both formats.
    static let documentNames = ["briefing-pack", "personal-pack", "information-material", "opportunity-digest"]

    let library: MustacheLibrary
    /// The same templates compiled for `TemplateValue`s (those it could not compile are rendered
    /// by `library`).
    let compiled: CompiledTemplates
    let catalogues: [LanguageCode: StringCatalogue]
    let emergencyNumbers: [String: String]

    init(url: URL) throws(DocumentError) {
        _ = MarkdownContentType.registered
        _ = HTMLContentType.registered
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .templatesNotFound(path: url.path)
        }
        let catalogues = try Self.readCatalogues(url.appendingPathComponent("strings"))
        var library = MustacheLibrary()
        var sources: [String: String] = [:]
        let english = catalogues[.english]!
        for format in ["html", "markdown"] {
            let folder = url.appendingPathComponent(format)
            let files = ((try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { $0.hasSuffix(".mustache") }.sorted()
            for file in files {
                let path = folder.appendingPathComponent(file).path
                let display = "\(format)/\(file)"
                let text = try Self.readText(path)
                let pragma = format == "markdown" ? MarkdownContentType.pragma : HTMLContentType.pragma
                if !text.hasPrefix(pragma) {
                    throw .escapingPragmaMissing(file: display, pragma: pragma)
                }
                for key in Self.stringKeys(in: text) where !english.contains(key) {
                    throw .unknownStringKey(key: key, file: display)
                }
                let name = "\(format)/\(file.dropLast(".mustache".count))"
                sources[name] = text
                do {
                    try library.register(text, named: name)
                } catch let error as MustacheTemplate.ParserError {
                    throw .templateSyntax(
                        file: display, line: error.context.lineNumber, column: error.context.columnNumber,
                        problem: String(describing: error.error))
                } catch {
                    throw .templateSyntax(file: display, line: 0, column: 0, problem: String(describing: error))
                }
            }
            for name in Self.documentNames where library.getTemplate(named: "\(format)/\(name)") == nil {
                throw .missingTemplate(name: name, folder: folder.path)
            }
        }
        self.library = library
        self.compiled = CompiledTemplates(sources: sources)
        self.catalogues = catalogues
        self.emergencyNumbers = try Self.readEmergencyNumbers(url.appendingPathComponent("emergency-numbers.json"))
    }

    /// The catalogue for `language`, or English where there is none.
    func catalogue(for language: LanguageCode) -> StringCatalogue {
        catalogues[language] ?? catalogues[.english]!
    }

    /// The catalogue for `language`; an error naming the available languages where there is none.
    func requiredCatalogue(for language: LanguageCode) throws(DocumentError) -> StringCatalogue {
        guard let catalogue = catalogues[language] else {
            throw .unsupportedLanguage(language.rawValue, available: catalogues.keys.map(\.rawValue).sorted())
        }
        return catalogue
    }

    /// The first of `languages` that has a catalogue, else English.
    func firstAvailable(_ languages: [LanguageCode]) -> StringCatalogue {
        for language in languages { if let catalogue = catalogues[language] { return catalogue } }
        return catalogues[.english]!
    }

    /// `{{t.key}}`, `{{#t.key}}`: the keys of the catalogue a template uses.
    static func stringKeys(in text: String) -> Set<String> {
        let tag = try! Regex(#"\{\{\s*[#^/]?\s*t\.([A-Za-z0-9_]+)\s*\}\}"#)
        return Set(text.matches(of: tag).compactMap { $0.output[1].substring.map(String.init) })
    }

    private static func readText(_ path: String) throws(DocumentError) -> String {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else { throw .unreadableFile(path: path) }
        return text
    }

    private static func readCatalogues(_ folder: URL) throws(DocumentError) -> [LanguageCode: StringCatalogue] {
        let documents: CatalogueSet
        let shared: CatalogueSet
        do {
            documents = try CatalogueSet(folder: folder, display: "strings/")
            shared = try CatalogueSet.shipped()
        } catch {
            switch error {
            case .invalid(let file, let problem): throw .invalidCatalogue(file: file, problem: problem)
            case .unreadable(let path): throw .unreadableFile(path: path)
            case .unsupportedLanguage: throw .invalidCatalogue(file: "strings/", problem: error.description)
            }
        }
        var result: [LanguageCode: StringCatalogue] = [:]
        for (code, texts) in documents.catalogues {
            guard let language = LanguageCode(rawValue: code) else {
                throw .invalidCatalogue(
                    file: "strings/\(code).json",
                    problem: "name the file after an ISO 639-1 language code, such as de.json")
            }
            result[language] = StringCatalogue(
                language: language, texts: texts, shared: shared.catalogueOrEnglish(code))
        }
        return result
    }

    private static func readEmergencyNumbers(_ url: URL) throws(DocumentError) -> [String: String] {
        let display = "emergency-numbers.json"
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .unreadableFile(path: url.path) }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: String],
            object["default"] != nil
        else {
            throw .invalidCatalogue(
                file: display, problem: "expected an object of country codes to numbers, with a \"default\" entry")
        }
        return object
    }
}
