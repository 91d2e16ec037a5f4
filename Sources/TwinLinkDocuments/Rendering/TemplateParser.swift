/// Parses a Mustache template into `CompiledTemplates.Token`s exactly as swift-mustache 2.1's
/// `MustacheTemplate.parse` does (same standalone-line rules, same whitespace), for the tags the
/// document templates use: text, variables (`{{a}}`, `{{{a}}}`, `{{& a}}`), sections, inverted
/// sections, partials, comments, `CONTENT_TYPE` pragmas and transforms such as `empty(list)`.
/// Anything else (set delimiters, inheritance, blocks, dynamic partials, an error) throws, and the
/// template is left to swift-mustache, which reports template errors when the folder is read.
enum TemplateParser {
    typealias Token = CompiledTemplates.Token
    struct Failure: Error {}

    private struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        var newLine = true

        func withSection(_ name: String, transforms: [String], newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = transforms
            if !newLine { state.newLine = false }
            return state
        }
    }

    private struct Scanner {
        let characters: [Character]
        var position = 0

        var reachedEnd: Bool { position >= characters.count }
        var current: Character { reachedEnd ? "\0" : characters[position] }

        mutating func advance() { position += 1 }

        @discardableResult
        mutating func read(while belongs: (Character) -> Bool) -> String {
            let start = position
            while !reachedEnd, belongs(characters[position]) { position += 1 }
            return String(characters[start..<position])
        }

        /// Reads `string` if it comes next; fails (as swift-mustache's overflow) if the text ends first.
        mutating func read(_ string: String) throws(Failure) -> Bool {
            let expected = Array(string)
            guard position + expected.count <= characters.count else { throw Failure() }
            guard characters[position..<position + expected.count].elementsEqual(expected) else { return false }
            position += expected.count
            return true
        }
    }

    private static let nameCharacters = Set<Character>(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let nameCharactersWithoutBrackets = Set<Character>(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let partialNameCharacters = Set<Character>(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")
    private static let contentTypes: [String: CompiledTemplates.Escaping] = [
        HTMLContentType.name: .html, MarkdownContentType.name: .markdown, "HTML": .mustacheHTML, "TEXT": .none,
    ]

    static func parse(_ text: String) throws(Failure) -> [Token] {
        var scanner = Scanner(characters: Array(text))
        return try parse(&scanner, state: State())
    }

    private static func parse(_ scanner: inout Scanner, state: State) throws(Failure) -> [Token] {
        var tokens: [Token] = []
        var state = state
        var whiteSpaceBefore = ""
        while !scanner.reachedEnd {
            if state.newLine {
                whiteSpaceBefore = scanner.read { $0 == " " || $0 == "\t" }
            }
            let text = try readUntilTagOrNewline(&scanner)
            if scanner.current.isNewline {
                tokens.append(.text(whiteSpaceBefore + text + String(scanner.current)))
                state.newLine = true
                scanner.advance()
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(whiteSpaceBefore + text))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if scanner.reachedEnd { break }
            var setNewLine = false
            switch scanner.current {
            case "#", "^":
                let inverted = scanner.current == "^"
                scanner.advance()
                let (name, transforms) = try parseName(&scanner)
                if isStandalone(&scanner, state: state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                let body = try parse(
                    &scanner, state: state.withSection(name, transforms: transforms, newLine: setNewLine))
                let compiled = try Self.name(name, transforms: transforms)
                tokens.append(inverted ? .invertedSection(compiled, body: body) : .section(compiled, body: body))
            case "/":
                scanner.advance()
                let (name, transforms) = try parseName(&scanner)
                guard name == state.sectionName, transforms == state.sectionTransforms else { throw Failure() }
                if !isStandalone(&scanner, state: state), !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(whiteSpaceBefore))
                }
                return tokens
            case "!":
                scanner.advance()
                try skipComment(&scanner)
                setNewLine = isStandalone(&scanner, state: state)
            case "{", "&":
                let triple = scanner.current == "{"
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                scanner.advance()
                let (name, transforms) = try parseName(&scanner)
                if triple { guard try scanner.read("}") else { throw Failure() } }
                tokens.append(.variable(try Self.name(name, transforms: transforms), escaped: false))
            case ">":
                scanner.advance()
                scanner.read { $0.isWhitespace }
                if scanner.current == "*" { throw Failure() }
                let name = try parsePartialName(&scanner)
                if !whiteSpaceBefore.isEmpty { tokens.append(.text(whiteSpaceBefore)) }
                if isStandalone(&scanner, state: state) {
                    setNewLine = true
                    tokens.append(.partial(name, indentation: whiteSpaceBefore))
                } else {
                    tokens.append(.partial(name, indentation: nil))
                }
                whiteSpaceBefore = ""
            case "%":
                scanner.advance()
                tokens.append(.escaping(try readContentType(&scanner)))
                setNewLine = isStandalone(&scanner, state: state)
            case "<", "$", "=":
                throw Failure()
            default:
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                let (name, transforms) = try parseName(&scanner)
                tokens.append(.variable(try Self.name(name, transforms: transforms), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw Failure() }
        return tokens
    }

    /// Text up to the next `{{` (consumed) or line break (not consumed).
    private static func readUntilTagOrNewline(_ scanner: inout Scanner) throws(Failure) -> String {
        var text = ""
        while !scanner.reachedEnd {
            text += scanner.read { $0 != "\n" && $0 != "\r\n" && $0 != "{" }
            if scanner.current.isNewline { break }
            if scanner.current == "{" {
                if try scanner.read("{{") { break }
                text += "{"
                scanner.advance()
            }
        }
        return text
    }

    private static func parseName(_ scanner: inout Scanner) throws(Failure) -> (String, [String]) {
        scanner.read { $0.isWhitespace }
        let text = scanner.read { nameCharacters.contains($0) }
        scanner.read { $0.isWhitespace }
        guard try scanner.read("}}") else { throw Failure() }
        var name = Scanner(characters: Array(text))
        let first = name.read { nameCharactersWithoutBrackets.contains($0) }
        if name.reachedEnd { return (text, []) }
        // `a(b(c))`: the transforms a and b of c, the innermost last.
        guard name.current == "(" else { throw Failure() }
        name.advance()
        var transforms = [first]
        while true {
            let part = name.read { nameCharactersWithoutBrackets.contains($0) }
            switch name.current {
            case ")":
                name.advance()
                let closing = name.read { $0 == ")" }.count
                guard closing + 1 == transforms.count, name.reachedEnd else { throw Failure() }
                return (part, transforms)
            case "(":
                name.advance()
                transforms.append(part)
            default:
                throw Failure()
            }
        }
    }

    private static func name(_ text: String, transforms: [String]) throws(Failure) -> CompiledTemplates.Name {
        let lookup: CompiledTemplates.Name.Lookup
        if text == "." {
            lookup = .top
        } else if text.isEmpty, !transforms.isEmpty {
            lookup = .sequence
        } else if text.first == "." {
            lookup = .relative(text.split(separator: ".").map(String.init))
        } else {
            lookup = .stack(text.split(separator: ".").map(String.init))
        }
        return CompiledTemplates.Name(lookup: lookup, transforms: transforms)
    }

    private static func parsePartialName(_ scanner: inout Scanner) throws(Failure) -> String {
        scanner.read { $0.isWhitespace }
        let text = scanner.read { partialNameCharacters.contains($0) }
        scanner.read { $0.isWhitespace }
        guard try scanner.read("}}") else { throw Failure() }
        return text
    }

    private static func skipComment(_ scanner: inout Scanner) throws(Failure) {
        while !scanner.reachedEnd {
            if scanner.current == "}", scanner.position + 1 < scanner.characters.count,
                scanner.characters[scanner.position + 1] == "}"
            {
                scanner.position += 2
                return
            }
            scanner.advance()
        }
        throw Failure()
    }

    private static func readContentType(_ scanner: inout Scanner) throws(Failure) -> CompiledTemplates.Escaping {
        scanner.read { $0.isWhitespace }
        let variable = scanner.read { nameCharactersWithoutBrackets.contains($0) }
        scanner.read { $0.isWhitespace }
        guard try scanner.read(":") else { throw Failure() }
        scanner.read { $0.isWhitespace }
        let value = scanner.read { nameCharactersWithoutBrackets.contains($0) }
        scanner.read { $0.isWhitespace }
        guard try scanner.read("}}"), variable == "CONTENT_TYPE", let escaping = contentTypes[value] else {
            throw Failure()
        }
        return escaping
    }

    /// A tag that stands alone on its line takes the line with it.
    private static func isStandalone(_ scanner: inout Scanner, state: State) -> Bool {
        guard state.newLine else { return false }
        if scanner.reachedEnd { return true }
        var ahead = scanner
        ahead.read { $0 == " " || $0 == "\t" }
        guard ahead.current.isNewline else { return false }
        ahead.advance()
        scanner.position = ahead.position
        return true
    }
}
