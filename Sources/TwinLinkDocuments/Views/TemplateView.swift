import Mustache

/// A view the templates render: a struct of texts, optionals, nested views and lists of them.
///
/// Before rendering, a view turns itself into dictionaries (`boxed`), once: every lookup while
/// rendering is then a hash lookup, not a reflection of the struct.
protocol TemplateView {
    func boxed(_ box: TemplateBoxer) -> [String: Any]
}

/// The root view of a document, which carries the reader's texts.
protocol DocumentView: TemplateView {
    var t: TemplateTexts { get }
}

/// Turns view fields into what Mustache renders: texts, flags, dictionaries and arrays of them.
///
/// An absent optional becomes `Absent`, which renders as nothing and, unlike a missing key, does
/// not make Mustache look for the name in an enclosing view (a partner without a website must not
/// show the city's). Every dictionary also holds the reader's texts under `t`, so that
/// `{{t.key}}` is found at once wherever it stands.
struct TemplateBoxer {
    let texts: TemplateTexts

    func fields(_ fields: [String: Any]) -> [String: Any] {
        var fields = fields
        fields["t"] = texts
        return fields
    }

    func callAsFunction(_ value: String) -> Any { TemplateText(value) }
    func callAsFunction(_ value: String?) -> Any { value.map(TemplateText.init) ?? Absent.value }
    func callAsFunction(_ value: Bool) -> Any { value }
    func callAsFunction(_ value: [String]) -> Any { value.map(TemplateText.init) }
    func callAsFunction(_ value: TemplateTexts) -> Any { value }
    func callAsFunction<View: TemplateView>(_ value: View) -> Any { value.boxed(self) }
    func callAsFunction<View: TemplateView>(_ value: View?) -> Any { value.map { $0.boxed(self) } ?? Absent.value }
    func callAsFunction<View: TemplateView>(_ value: [View]) -> Any { value.map { $0.boxed(self) } }
}

/// A text as templates render it: Mustache takes `renderText` as it is (and escapes it), without
/// the reflection it applies to other values, which matters when a pack holds thousands of them.
struct TemplateText: MustacheCustomRenderable {
    let renderText: String
    var isNull: Bool { false }

    init(_ text: String) { renderText = text }
}

/// What an absent optional renders as: nothing, and false in a section.
struct Absent: MustacheCustomRenderable {
    static let value = Absent()
    var renderText: String { "" }
    var isNull: Bool { true }
}
