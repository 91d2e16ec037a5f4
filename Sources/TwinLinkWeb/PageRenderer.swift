import Foundation
import Mustache
import TwinLinkStore

/// Renders a `Page` through `Templates/page.mustache`. Every value goes through `{{ }}`, which
/// HTML-escapes it; the template has no triple mustaches.
struct PageRenderer: Sendable {
    private let library: MustacheLibrary

    init() throws {
        guard let url = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw WebSetupError("the desk's templates are missing from the bundle \(Bundle.module.bundlePath)")
        }
        var library = MustacheLibrary()
        let text = try String(contentsOf: url.appendingPathComponent("page.mustache"), encoding: .utf8)
        try library.register(text, named: "page")
        self.library = library
        _ = try WebCatalogues.loaded()  // the pages' words: refuse to start without them
    }

    /// The whole HTML document for `page`, as seen by `context`'s account in its language.
    func render(_ page: Page, path: String, context: WebContext, csrf: String) -> String {
        let language = context.language
        let catalogue = Strings.catalogue(language)
        var nav: [[String: Any]] = []
        if let account = context.account, account.role == .coordinator || account.role == .auditor {
            for (href, key) in DeskNavigation.items {
                let current = href == "/" ? path == "/" : path.hasPrefix(href)
                nav.append(["href": href, "label": catalogue[key] ?? key, "current": current])
            }
        }
        let back = path.isEmpty ? "/" : path
        let shown = context.languages.contains(language) ? context.languages : context.languages + [language]
        let languages: [[String: Any]] = shown.map { other in
            [
                "href": "/language/\(other.rawValue)?back=\(Self.queryEscape(back))", "label": other.name,
                "code": other.rawValue, "current": other == language,
            ]
        }
        var root: [String: Any] = [
            "lang": language.rawValue, "title": page.title, "t": catalogue, "nav": nav, "hasNav": !nav.isEmpty,
            "languages": languages, "csrf": csrf, "compact": page.compact,
            "notice": page.notice ?? false, "problems": page.problems, "hasProblems": !page.problems.isEmpty,
            "sections": page.sections.enumerated().map { index, section in Self.section(section, index: index) },
        ]
        if let account = context.account {
            root["user"] = [
                "email": account.email, "role": catalogue["role_\(account.role.rawValue)"] ?? account.role.rawValue,
            ]
        } else {
            root["user"] = false
        }
        return library.render(root, withTemplate: "page") ?? ""
    }

    private static func section(_ section: Section, index: Int) -> [String: Any] {
        [
            "heading": section.heading ?? false, "paragraphs": section.paragraphs,
            "preformatted": section.preformatted ?? false,
            "table": section.table.map(table) ?? false,
            "forms": section.forms.enumerated().map { formIndex, form in self.form(form, key: "f\(index)-\(formIndex)")
            },
            "links": section.links.map { ["href": $0.href, "label": $0.label] }, "hasLinks": !section.links.isEmpty,
            "id": section.id ?? false,
        ]
    }

    private static func table(_ table: Table) -> [String: Any] {
        [
            "caption": table.caption ?? false, "headers": table.headers,
            "rows": table.rows.map { row in
                [
                    "cells": row.map { cell in
                        [
                            "text": cell.text, "href": cell.href ?? false,
                            "form": cell.form.map { form($0, key: "cell") } ?? false, "error": cell.error ?? false,
                        ] as [String: Any]
                    }
                ]
            },
        ]
    }

    private static func form(_ form: Form, key: String) -> [String: Any] {
        [
            "action": form.action, "method": form.method, "submit": form.submit, "multipart": form.multipart,
            "isGet": form.isGet, "id": form.id ?? false,
            "fields": form.fields.enumerated().map { position, field in
                // A name that repeats (several delegates) gets its position, so that every id is unique.
                let repeated = form.fields[..<position].contains { $0.name == field.name }
                let fieldID = repeated ? "\(key)-\(field.name)-\(position)" : "\(key)-\(field.name)"
                let chosen = field.multiple ? Set(field.value.split(separator: ";").map(String.init)) : [field.value]
                let described = [
                    field.hint.map { _ in "\(fieldID)-hint" }, field.error.map { _ in "\(fieldID)-error" },
                ]
                .compactMap { $0 }.joined(separator: " ")
                return [
                    "name": field.name, "label": field.label, "kind": field.kind.rawValue, "value": field.value,
                    "fieldID": fieldID, "required": field.required, "multiple": field.multiple,
                    "error": field.error ?? false, "hint": field.hint ?? false,
                    "describedBy": described.isEmpty ? false : described,
                    "step": field.step ?? false, "min": field.min ?? false, "max": field.max ?? false,
                    "isHidden": field.kind == .hidden, "isSelect": field.kind == .select,
                    "isTextarea": field.kind == .textarea, "isFile": field.kind == .file,
                    "isCheckbox": field.kind == .checkbox, "checkedValue": field.checkedValue,
                    "checked": field.kind == .checkbox && field.value == field.checkedValue,
                    "isInput": ![.hidden, .select, .textarea, .checkbox].contains(field.kind),
                    "options": field.options.map { option in
                        ["value": option.value, "label": option.label, "selected": chosen.contains(option.value)]
                            as [String: Any]
                    },
                ] as [String: Any]
            },
        ]
    }

    static func queryEscape(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~/")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}

/// A problem setting up the web desk (missing templates, bad options).
struct WebSetupError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The desk's menu: path and string key.
enum DeskNavigation {
    static let items: [(String, String)] = [
        ("/", "nav_overview"), ("/registry", "nav_registry"), ("/plan", "nav_plan"), ("/allocation", "nav_allocation"),
        ("/meetings", "nav_meetings"), ("/invites", "nav_invites"), ("/documents", "nav_documents"),
        ("/attendance", "nav_attendance"), ("/report", "nav_report"), ("/accounts", "nav_accounts"),
    ]
}
