import TwinLinkDomain

/// The document templates compiled once into token trees that render `TemplateValue`s directly:
/// the same output as swift-mustache gives for the same template and values, byte for byte, without
/// the dynamic casts and reflection that took most of a pack's rendering time.
///
/// The parser follows swift-mustache's (`Template+Parser.swift`, version 2.1) line by line, so that
/// standalone tags, indentation of partials and whitespace come out the same; rendering follows its
/// `Template+Render.swift` for the values a view can hold. Whatever this engine does not model (set
/// delimiters, inheritance, dynamic partials, a transform it does not implement, rendering a list
/// as text) makes the template, or the one render, `unsupported`, and the document is then
/// rendered by swift-mustache itself (`DocumentRenderer`), so an organisation's own templates
/// always work. `CompiledTemplatesTests` renders every fixture document both ways and compares.
struct CompiledTemplates: Sendable {
    /// What this engine leaves to swift-mustache.
    struct Unsupported: Error {}

    /// How `{{value}}` is escaped, from the template's `CONTENT_TYPE` pragma.
    enum Escaping: Sendable {
        /// swift-mustache's default, before a pragma: HTML, by characters.
        case mustacheHTML
        case html
        case markdown
        case none

        func escape(_ text: String, into output: inout Output) {
            switch self {
            case .html: output.appendEscapingHTML(text)
            case .markdown: output += MarkdownEscaper.escape(text)
            case .none: output += text
            case .mustacheHTML:
                var escaped = ""
                for character in text {
                    switch character {
                    case "<": escaped += "&lt;"
                    case ">": escaped += "&gt;"
                    case "&": escaped += "&amp;"
                    case "\"": escaped += "&quot;"
                    case "'": escaped += "&#39;"
                    default: escaped.append(character)
                    }
                }
                output += escaped
            }
        }
    }

    /// The text being rendered, as UTF-8 bytes: appending stays amortised constant time however
    /// large a pack grows.
    struct Output {
        var bytes: [UInt8] = []

        static func += (output: inout Output, text: String) {
            var text = text
            text.withUTF8 { output.bytes.append(contentsOf: $0) }
        }

        static func += (output: inout Output, other: Output) { output.bytes += other.bytes }

        var isEmpty: Bool { bytes.isEmpty }

        /// `HTMLContentType.escape(text)` appended, without making the escaped string first.
        mutating func appendEscapingHTML(_ text: String) {
            var text = text
            text.withUTF8 { utf8 in
                var start = 0
                for index in utf8.indices {
                    let reference: StaticString
                    switch utf8[index] {
                    case 0x3C: reference = "&lt;"
                    case 0x3E: reference = "&gt;"
                    case 0x26: reference = "&amp;"
                    case 0x22: reference = "&quot;"
                    case 0x27: reference = "&#39;"
                    default: continue
                    }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                    reference.withUTF8Buffer { bytes.append(contentsOf: $0) }
                    start = index + 1
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
            }
        }

        /// Whether the last character is a line feed (not the CR LF pair, one character in Swift).
        var endsWithLineFeed: Bool {
            bytes.last == 0x0A && (bytes.count < 2 || bytes[bytes.count - 2] != 0x0D)
        }
    }

    /// A tag's name: where to look it up and the transforms to apply, innermost last.
    struct Name: Sendable {
        enum Lookup: Sendable {
            /// `{{.}}` and `{{}}`: the object on top of the stack.
            case top
            /// `{{first()}}`: the position in the list being iterated.
            case sequence
            /// `{{.a.b}}`: from the top object only.
            case relative([String])
            /// `{{a.b}}`: the first object in the stack, from the top, that has `a`.
            case stack([String])
        }

        let lookup: Lookup
        let transforms: [String]
    }

    indirect enum Token: Sendable {
        case text(String)
        case variable(Name, escaped: Bool)
        case section(Name, body: [Token])
        case invertedSection(Name, body: [Token])
        case partial(String, indentation: String?)
        case escaping(Escaping)
    }

    private let templates: [String: [Token]]
    /// Templates this engine could not compile, left to swift-mustache.
    let uncompiled: Set<String>

    /// Compiles every template it can; those it cannot are left to swift-mustache.
    init(sources: [String: String]) {
        var templates: [String: [Token]] = [:]
        var uncompiled: Set<String> = []
        for (name, text) in sources {
            if let tokens = try? TemplateParser.parse(text) {
                templates[name] = tokens
            } else {
                uncompiled.insert(name)
            }
        }
        self.templates = templates
        self.uncompiled = uncompiled
    }

    /// `template` rendered with `root`; `Unsupported` when swift-mustache must render it instead.
    func render(_ root: [String: TemplateValue], template name: String) throws(Unsupported) -> String {
        String(decoding: try renderUTF8(root, template: name), as: UTF8.self)
    }

    /// The same, as UTF-8 bytes.
    func renderUTF8(_ root: [String: TemplateValue], template name: String) throws(Unsupported) -> [UInt8] {
        guard let tokens = templates[name] else { throw Unsupported() }
        var output = Output()
        output.bytes.reserveCapacity(1 << 16)
        var state = State(stack: [.object(root)])
        try render(
            tokens, context: Context(sequence: nil, indentation: nil, escaping: .mustacheHTML), state: &state,
            into: &output)
        return output.bytes
    }

    // MARK: Rendering

    private struct Sequence {
        var first: Bool
        var last: Bool
        var index: Int
    }

    /// What a template renders in, apart from the stack of objects.
    private struct Context {
        var sequence: Sequence?
        var indentation: String?
        var escaping: Escaping

        func pushed(sequence: Sequence? = nil) -> Context {
            var context = self
            context.sequence = sequence
            return context
        }
    }

    /// The stack of objects (a section pushes its object and pops it when done) and the memo.
    private struct State {
        var stack: [TemplateValue]
        var memo = TextsMemo()
    }

    /// Catalogue texts looked up in this render (`{{t.key}}` recurs in every list item).
    private struct TextsMemo {
        var language: String?
        var texts: [String: String?] = [:]

        mutating func text(_ key: String, in texts: TemplateTexts) -> String? {
            let language = texts.catalogue.language.rawValue
            if self.language != language {
                self.language = language
                self.texts = [:]
            }
            if let known = self.texts[key] { return known }
            let text = texts.catalogue.contains(key) ? texts.catalogue.text(key) : nil
            self.texts[key] = text
            return text
        }
    }

    /// Renders `tokens` with `value` pushed on the stack.
    private func render(
        _ tokens: [Token], pushing value: TemplateValue, context: Context, state: inout State,
        into output: inout Output
    ) throws(Unsupported) {
        state.stack.append(value)
        defer { state.stack.removeLast() }
        try render(tokens, context: context, state: &state, into: &output)
    }

    private func render(_ tokens: [Token], context: Context, state: inout State, into output: inout Output)
        throws(Unsupported)
    {
        var context = context
        if let indentation = context.indentation, !indentation.isEmpty {
            // As swift-mustache: indent what a token adds after a line break of this template's text.
            var local = Output()
            for token in tokens {
                var piece = Output()
                try renderToken(token, context: &context, state: &state, into: &piece)
                if !piece.isEmpty, local.endsWithLineFeed { local += indentation }
                local += piece
            }
            output += local
        } else {
            for token in tokens { try renderToken(token, context: &context, state: &state, into: &output) }
        }
    }

    private func renderToken(_ token: Token, context: inout Context, state: inout State, into output: inout Output)
        throws(Unsupported)
    {
        switch token {
        case .text(let text):
            output += text
        case .variable(let name, let escaped):
            guard let value = try child(name, context: context, state: &state) else { return }
            let text: String
            switch value {
            case .text(let string), .string(let string): text = string
            case .absent: text = ""
            case .flag(let flag): text = flag ? "true" : "false"
            case .object, .list, .texts: throw Unsupported()
            }
            if escaped { context.escaping.escape(text, into: &output) } else { output += text }
        case .section(let name, let body):
            switch try child(name, context: context, state: &state) {
            case .list(let items):
                guard let lastIndex = items.indices.last else { return }
                for (index, item) in items.enumerated() {
                    let sequence = Sequence(first: index == 0, last: index == lastIndex, index: index)
                    try render(
                        body, pushing: item, context: context.pushed(sequence: sequence), state: &state, into: &output)
                }
            case .flag(let flag):
                if flag { try render(body, context: context, state: &state, into: &output) }
            case .absent, nil:
                return
            case .some(let value):
                try render(body, pushing: value, context: context.pushed(), state: &state, into: &output)
            }
        case .invertedSection(let name, let body):
            switch try child(name, context: context, state: &state) {
            case .list(let items):
                if items.isEmpty {
                    try render(body, pushing: .list(items), context: context.pushed(), state: &state, into: &output)
                }
            case .flag(let flag):
                if !flag { try render(body, context: context, state: &state, into: &output) }
            case .absent, nil:
                try render(body, context: context, state: &state, into: &output)
            case .some:
                return
            }
        case .partial(let name, let indentation):
            guard let tokens = templates[name] else {
                // swift-mustache renders a missing partial as nothing; one it could not compile is its job.
                if uncompiled.contains(name) { throw Unsupported() }
                return
            }
            var partial = context
            partial.sequence = nil
            partial.escaping = .mustacheHTML
            if let indentation { partial.indentation = (context.indentation ?? "") + indentation }
            try render(tokens, context: partial, state: &state, into: &output)
        case .escaping(let escaping):
            context.escaping = escaping
        }
    }

    /// The value a name stands for, after its transforms; nil where Mustache finds nothing.
    private func child(_ name: Name, context: Context, state: inout State) throws(Unsupported) -> TemplateValue? {
        var found: TemplateValue?
        switch name.lookup {
        case .top:
            found = state.stack.last
        case .sequence:
            guard let sequence = context.sequence else { return nil }
            return try transform(sequence, name.transforms)
        case .relative(let parts):
            found = path(parts[...], from: state.stack.last!, memo: &state.memo)
        case .stack(let parts):
            guard let first = parts.first else {
                found = state.stack.last
                break
            }
            var index = state.stack.endIndex
            while index > state.stack.startIndex {
                index -= 1
                if let value = immediateChild(first, of: state.stack[index], memo: &state.memo) {
                    found = path(parts.dropFirst(), from: value, memo: &state.memo)
                    break
                }
            }
        }
        guard var value = found else { return nil }
        for transform in name.transforms.reversed() {
            guard let transformed = try Self.transform(value, transform) else { return nil }
            value = transformed
        }
        return value
    }

    private func path(_ parts: ArraySlice<String>, from value: TemplateValue, memo: inout TextsMemo) -> TemplateValue? {
        var value = value
        for part in parts {
            guard let next = immediateChild(part, of: value, memo: &memo) else { return nil }
            value = next
        }
        return value
    }

    /// As Mustache's lookup: a dictionary's entry, a catalogue's text, or a struct's stored
    /// property by reflection (a view text's only one is `renderText`).
    private func immediateChild(_ name: String, of value: TemplateValue, memo: inout TextsMemo) -> TemplateValue? {
        switch value {
        case .object(let fields): return fields[name]
        case .texts(let texts): return memo.text(name, in: texts).map(TemplateValue.string)
        case .text(let text): return name == "renderText" ? .string(text) : nil
        case .string, .list, .flag, .absent: return nil
        }
    }

    private static func transform(_ value: TemplateValue, _ name: String) throws(Unsupported) -> TemplateValue? {
        switch (value, name) {
        case (.list(let items), "empty"): return .flag(items.isEmpty)
        case (.list(let items), "first"): return items.first
        case (.list(let items), "last"): return items.last
        case (.list(let items), "reversed"): return .list(items.reversed())
        case (.string(let text), "empty"): return .flag(text.isEmpty)
        case (.object(let fields), "empty"): return .flag(fields.isEmpty)
        case (.text, _), (.flag, _), (.absent, _), (.texts, _): return nil
        default: throw Unsupported()
        }
    }

    private func transform(_ sequence: Sequence, _ transforms: [String]) throws(Unsupported) -> TemplateValue? {
        guard let innermost = transforms.last else { return nil }
        let value: TemplateValue
        switch innermost {
        case "first": value = .flag(sequence.first)
        case "last": value = .flag(sequence.last)
        case "even": value = .flag(sequence.index & 1 == 0)
        case "odd": value = .flag(sequence.index & 1 == 1)
        default: throw Unsupported()
        }
        var result = value
        for transform in transforms.dropLast().reversed() {
            guard let transformed = try Self.transform(result, transform) else { return nil }
            result = transformed
        }
        return result
    }
}
