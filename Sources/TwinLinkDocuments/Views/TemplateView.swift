import Mustache

/// A view the templates render: a struct of texts, optionals, nested views and lists of them.
///
/// Before rendering, a view turns itself into dictionaries (`boxed`), once: every lookup while
/// rendering is then a hash lookup, not a reflection of the struct.
protocol TemplateView {
    func boxed(_ box: TemplateBoxer) -> [String: TemplateValue]
}

/// What a view boxes itself into: the few kinds of value the templates render.
/// `CompiledTemplates` renders them directly; `mustache` gives swift-mustache the values it used
/// to get, for the templates left to it.
enum TemplateValue {
    /// A view's text (`TemplateText` for swift-mustache).
    case text(String)
    case flag(Bool)
    case object([String: TemplateValue])
    case list([TemplateValue])
    /// An absent optional (`Absent`).
    case absent
    /// The reader's catalogue (`{{t.key}}`).
    case texts(TemplateTexts)
    /// A catalogue's text, a Swift `String` for swift-mustache.
    case string(String)

    /// The value swift-mustache renders the same way.
    var mustache: Any {
        switch self {
        case .text(let text): TemplateText(text)
        case .flag(let flag): flag
        case .object(let fields): fields.mapValues(\.mustache)
        case .list(let items): items.map(\.mustache)
        case .absent: Absent.value
        case .texts(let texts): texts
        case .string(let text): text
        }
    }
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

    func fields(_ fields: [String: TemplateValue]) -> [String: TemplateValue] {
        var fields = fields
        fields["t"] = .texts(texts)
        return fields
    }

    func callAsFunction(_ value: String) -> TemplateValue { .text(value) }
    func callAsFunction(_ value: String?) -> TemplateValue { value.map(TemplateValue.text) ?? .absent }
    func callAsFunction(_ value: Bool) -> TemplateValue { .flag(value) }
    func callAsFunction(_ value: [String]) -> TemplateValue { .list(value.map(TemplateValue.text)) }
    func callAsFunction(_ value: TemplateTexts) -> TemplateValue { .texts(value) }
    func callAsFunction<View: TemplateView>(_ value: View) -> TemplateValue { .object(value.boxed(self)) }
    func callAsFunction<View: TemplateView>(_ value: View?) -> TemplateValue {
        value.map { .object($0.boxed(self)) } ?? .absent
    }
    func callAsFunction<View: TemplateView>(_ value: [View]) -> TemplateValue {
        .list(value.map { .object($0.boxed(self)) })
    }
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
