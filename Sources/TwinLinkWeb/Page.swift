import Foundation

/// A desk page as plain values: a title and sections of text, tables and forms. One Mustache
/// template (`Templates/page.mustache`) shows every page, escaping every value with `{{ }}`.
struct Page: Sendable {
    var title: String
    var sections: [Section] = []
    /// A message at the top: what the last action did.
    var notice: String?
    /// A problem with the last action, shown at the top (and the status is 4xx).
    var problems: [String] = []
    /// A narrow page for phones (the check-in list at the door).
    var compact = false

    /// Whether a line of one of its tables carries an error (``Cell/error``).
    var showsLineError: Bool {
        sections.contains { $0.table?.rows.contains { $0.contains { $0.error != nil } } == true }
    }
}

struct Section: Sendable {
    var heading: String?
    var paragraphs: [String] = []
    /// Preformatted text (the command line's tables and explanations).
    var preformatted: String?
    var table: Table?
    var forms: [Form] = []
    var links: [Link] = []
    var id: String?
}

struct Link: Sendable {
    var href: String
    var label: String
}

struct Table: Sendable {
    var caption: String?
    var headers: [String]
    var rows: [[Cell]]
}

struct Cell: Sendable {
    var text: String
    var href: String?
    /// A one-button form in the cell (tap to mark present, withdraw).
    var form: Form?
    /// Why the last use of this line's button was refused (shown on the line).
    var error: String?

    init(_ text: String, href: String? = nil, form: Form? = nil, error: String? = nil) {
        self.text = text
        self.href = href
        self.form = form
        self.error = error
    }
}

struct Form: Sendable {
    var action: String
    var method = "post"
    var submit: String
    var fields: [Field] = []
    var multipart = false
    /// A GET form (search): no CSRF token.
    var isGet: Bool { method == "get" }
    var id: String?
}

struct Field: Sendable {
    enum Kind: String, Sendable {
        case text, email, password, number, date, time, hidden, select, textarea, file, search, url, checkbox
        case dateTime = "datetime-local"
    }
    var name: String
    var label: String
    var kind: Kind = .text
    var value: String = ""
    var options: [(value: String, label: String)] = []
    var required = false
    /// The problem with this field's value from the last try.
    var error: String?
    /// Several files, or several choices of a select (its value: the chosen values joined by `;`).
    var multiple = false
    /// What a checkbox sends when ticked (`value` is it when ticked, else empty).
    var checkedValue = "yes"
    /// A number's step (`any` for decimals), least and greatest value.
    var step: String?
    var min: String?
    var max: String?
    /// A short help under the label (the format expected).
    var hint: String?
}
