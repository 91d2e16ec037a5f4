import Foundation
import Mustache
import Testing
import TwinLinkDomain

@testable import TwinLinkDocuments

/// The compiled templates render exactly what swift-mustache renders: every fixture document in
/// every language, and the Mustache rules the parser reproduces (standalone lines, indented
/// partials, comments, inverted sections of empty lists, `last()`), on small templates.
@Suite struct CompiledTemplatesTests {
    @Test func everyShippedTemplateCompiles() throws {
        let folder = try TemplateFolder(url: #require(DocumentRenderer.shippedTemplatesFolder))
        #expect(folder.compiled.uncompiled.isEmpty)
    }

    @Test(arguments: LanguageCoverageTests.languages)
    func fixtureDocumentsAreTheSameAsSwiftMustaches(_ language: String) throws {
        var mustache = try DocumentRenderer()
        mustache.mustacheOnly = true
        let compiled = try LanguageCoverageTests.documents(in: language, renderer: DocumentRenderer())
        let expected = try LanguageCoverageTests.documents(in: language, renderer: mustache)
        #expect(compiled.count == expected.count)
        for (document, reference) in zip(compiled, expected) {
            #expect(document.name == reference.name)
            #expect(document.html == reference.html, "\(document.name).html")
            #expect(document.markdown == reference.markdown, "\(document.name).md")
        }
    }

    static let sources: [String: String] = [
        "page": """
        {{% CONTENT_TYPE: TWINLINK_HTML }}
        <ul>
          {{#items}}
          <li>{{name}}{{^last()}},{{/last()}}</li>
          {{/items}}
        </ul>
        {{! a comment }}
          {{> part}}
        {{^none}}
        nothing: {{t.hello}} {{#t.hello}}[{{.}}]{{/t.hello}}
        {{/none}}
        {{#empty(none)}}empty{{/empty(none)}} {{{raw}}} {{& raw}} {{missing}} {{flag}}
        {{#absent}}hidden{{/absent}}{{^absent}}shown{{/absent}}
          {{#flag}}  indented {{name}} {{/flag}}
        {{#object}}{{name}} {{.name}} {{object.name}}{{/object}}
        """,
        "part": """
        {{% CONTENT_TYPE: MARKDOWN }}
        line one *{{name}}*
        {{#items}}
        - {{name}}
        {{/items}}
        """,
    ]

    @Test func parserAndRenderingFollowSwiftMustache() throws {
        _ = HTMLContentType.registered
        _ = MarkdownContentType.registered
        let renderer = try DocumentRenderer()
        let texts = TemplateTexts(catalogue: renderer.catalogue(for: .english))
        let catalogue = renderer.catalogue(for: .english)
        let key = try #require(catalogue.allKeys.first)
        let sources = Self.sources.mapValues { $0.replacingOccurrences(of: "t.hello", with: "t.\(key)") }
        var library = MustacheLibrary()
        for (name, text) in sources { try library.register(text, named: name) }
        let compiled = CompiledTemplates(sources: sources)
        #expect(compiled.uncompiled.isEmpty)
        let root: [String: TemplateValue] = [
            "t": .texts(texts),
            "name": .text("<Ala & \"Ola\">"),
            "raw": .text("<b>*raw*</b>"),
            "flag": .flag(true),
            "absent": .absent,
            "none": .list([]),
            "items": .list([.object(["name": .text("a_b")]), .object(["name": .text("c [d]")])]),
            "object": .object(["name": .text("inner")]),
        ]
        let expected = try #require(library.render(TemplateValue.object(root).mustache, withTemplate: "page"))
        #expect(try compiled.render(root, template: "page") == expected)
        #expect(expected.contains("  line one"))
    }

    @Test func whatItDoesNotModelIsLeftToSwiftMustache() throws {
        let compiled = CompiledTemplates(sources: [
            "delimiters": "{{=<% %>=}}<%a%>", "index": "{{#list}}{{index()}}{{/list}}",
        ])
        #expect(compiled.uncompiled == ["delimiters"])
        #expect(throws: CompiledTemplates.Unsupported.self) {
            try compiled.render(["list": .list([.text("x")])], template: "index")
        }
    }
}
