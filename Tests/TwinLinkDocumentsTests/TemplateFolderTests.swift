import Foundation
import Testing
import TwinLinkDocuments
import TwinLinkDomain

/// What a person editing the templates could get wrong is refused with the file and a fix.
@Suite struct TemplateFolderTests {
    private func load(editing file: String, _ edit: (String) -> String) throws -> DocumentError? {
        let folder = try TemplateCopy.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(edit(text).utf8).write(to: url)
        do {
            _ = try DocumentRenderer(templatesFolder: folder)
            return nil
        } catch {
            return error
        }
    }

    @Test func theShippedTemplatesLoad() throws {
        let renderer = try DocumentRenderer()
        #expect(renderer.languages.map(\.rawValue) == ["cs", "de", "en", "hu", "pl", "sk", "uk"])
    }

    @Test func aMarkdownTemplateWithoutMarkdownEscapingIsRefused() throws {
        let error = try load(editing: "markdown/_person.mustache") {
            String($0.drop { $0 != "\n" }.dropFirst())
        }
        #expect(
            error == .escapingPragmaMissing(file: "markdown/_person.mustache", pragma: "{{% CONTENT_TYPE: MARKDOWN }}"))
        #expect(error?.description.contains("{{% CONTENT_TYPE: MARKDOWN }}") == true)
    }

    @Test func anHTMLTemplateWithoutHTMLEscapingIsRefused() throws {
        let error = try load(editing: "html/_person.mustache") { String($0.drop { $0 != "\n" }.dropFirst()) }
        #expect(
            error == .escapingPragmaMissing(file: "html/_person.mustache", pragma: "{{% CONTENT_TYPE: TWINLINK_HTML }}")
        )
    }

    @Test func aStringKeyThatEnglishLacksIsRefused() throws {
        let error = try load(editing: "html/_footer.mustache") { $0 + "<p>{{t.no_such_key}}</p>\n" }
        #expect(error == .unknownStringKey(key: "no_such_key", file: "html/_footer.mustache"))
    }

    @Test func aTemplateThatDoesNotParseIsRefusedWithItsPlace() throws {
        let error = try load(editing: "html/_footer.mustache") { $0 + "{{#page}}unclosed\n" }
        guard case .templateSyntax(let file, _, _, _) = error else {
            Issue.record("expected a syntax error, got \(String(describing: error))")
            return
        }
        #expect(file == "html/_footer.mustache")
    }

    @Test func aMissingDocumentTemplateIsRefused() throws {
        let folder = try TemplateCopy.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("html/opportunity-digest.mustache"))
        #expect(
            throws: DocumentError.missingTemplate(
                name: "opportunity-digest", folder: folder.appendingPathComponent("html").path)
        ) {
            try DocumentRenderer(templatesFolder: folder)
        }
    }

    @Test func aCatalogueWithoutLocaleIsRefused() throws {
        let error = try load(editing: "strings/pl.json") { $0.replacingOccurrences(of: "\"_locale\"", with: "\"_x\"") }
        guard case .invalidCatalogue(let file, let problem) = error else {
            Issue.record("expected an invalid catalogue, got \(String(describing: error))")
            return
        }
        #expect(file == "strings/pl.json")
        #expect(problem.contains("_locale"))
    }

    @Test func aMissingFolderIsNamed() {
        #expect(throws: DocumentError.templatesNotFound(path: "/nonexistent/templates")) {
            try DocumentRenderer(templatesFolder: URL(fileURLWithPath: "/nonexistent/templates"))
        }
    }

    /// HTML templates never use Mustache's unescaped tags; Markdown ones only for web links,
    /// which the documents accept only without characters that could leave the link.
    @Test func unescapedTagsAppearOnlyForLinksInMarkdown() throws {
        let folder = try #require(DocumentRenderer.shippedTemplatesFolder)
        for format in ["html", "markdown"] {
            let directory = folder.appendingPathComponent(format)
            for file in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
                let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
                #expect(!text.contains("{{&"), "\(format)/\(file)")
                if format == "html" {
                    #expect(!text.contains("{{{"), "\(format)/\(file)")
                } else {
                    let unescaped = text.components(separatedBy: "{{{").dropFirst().map {
                        $0.prefix(while: { $0 != "}" })
                    }
                    #expect(unescaped.allSatisfy { $0 == "." }, "\(format)/\(file)")
                    #expect(
                        text.components(separatedBy: "{{{").count == text.components(separatedBy: "<{{{.}}}>").count,
                        "\(format)/\(file)")
                }
            }
        }
    }
}
