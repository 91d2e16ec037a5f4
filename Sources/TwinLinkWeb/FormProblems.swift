import Foundation
import TwinLinkApp

/// What was wrong with a submitted form, each message shown next to the field it is about (or,
/// for a table, on the line it is about); what is about no field of the form is shown at the top.
/// The page keeps what was typed, and says at the top that nothing was saved.
struct FormProblems: Sendable {
    /// Messages by the form field's name.
    var fields: [String: [String]] = [:]
    /// Messages about the form as a whole.
    var other: [String] = []

    var isEmpty: Bool { fields.isEmpty && other.isEmpty }

    init() {}

    /// A use case's refusal: a wrong value at its field (named as the use case names it, or as
    /// `names` maps it to the form's field), anything else at `field` when given, else for the form.
    init(_ error: TwinLinkError, names: [String: String] = [:], field: String? = nil) {
        if case .invalidValue(let name, _, _) = error {
            add(error.description, field: names[name] ?? name)
        } else {
            add(error.description, field: field)
        }
    }

    mutating func add(_ message: String, field: String?) {
        if let field { fields[field, default: []].append(message) } else { other.append(message) }
    }

    /// The messages next to the fields of the form `id` in `page`, what was `entered` back in its
    /// fields, and at the top the messages about no field of it and the line that nothing was saved.
    func show(in page: inout Page, form id: String, entered: FormData, notSaved: String) {
        var placed = Set<String>()
        for section in page.sections.indices {
            for form in page.sections[section].forms.indices where page.sections[section].forms[form].id == id {
                for index in page.sections[section].forms[form].fields.indices {
                    var field = page.sections[section].forms[form].fields[index]
                    if let messages = fields[field.name] {
                        field.error = messages.joined(separator: "; ")
                        placed.insert(field.name)
                    }
                    if ![.hidden, .file, .password].contains(field.kind), let value = entered.values[field.name] {
                        field.value =
                            field.kind == .checkbox
                            ? (value.contains(field.checkedValue) ? field.checkedValue : "")
                            : value.joined(separator: ";")
                    }
                    page.sections[section].forms[form].fields[index] = field
                }
            }
        }
        let unplaced = fields.filter { !placed.contains($0.key) }.sorted { $0.key < $1.key }.flatMap(\.value)
        page.problems = other + unplaced + (placed.isEmpty ? [] : [notSaved])
    }
}

extension Desk {
    /// ``FormProblems/show(in:form:entered:notSaved:)`` in the page's language.
    func show(_ problems: FormProblems, in page: inout Page, form id: String, entered: FormData, _ context: WebContext)
    {
        problems.show(in: &page, form: id, entered: entered, notSaved: t("form_not_saved", context))
    }
}
