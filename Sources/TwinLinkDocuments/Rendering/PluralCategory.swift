/// A CLDR plural category: which form of a counted phrase a language uses for a number.
enum PluralCategory: String, CaseIterable, Sendable {
    case one, few, many, other

    /// The categories a language distinguishes for whole numbers, as the string catalogues must
    /// spell them (CLDR plural rules for the languages the programme serves).
    static func required(for language: String) -> [PluralCategory] {
        switch language {
        case "pl", "uk", "ru": [.one, .few, .many, .other]
        case "cs", "sk": [.one, .few, .other]
        default: [.one, .other]
        }
    }

    /// The category of a whole number `count` in `language`.
    static func of(_ count: Int, in language: String) -> PluralCategory {
        let n = count.magnitude
        let lastDigit = n % 10
        let lastTwo = n % 100
        switch language {
        case "pl":
            if n == 1 { return .one }
            if (2...4).contains(lastDigit) && !(12...14).contains(lastTwo) { return .few }
            return .many
        case "uk", "ru":
            if lastDigit == 1 && lastTwo != 11 { return .one }
            if (2...4).contains(lastDigit) && !(12...14).contains(lastTwo) { return .few }
            return .many
        case "cs", "sk":
            if n == 1 { return .one }
            if (2...4).contains(n) { return .few }
            return .other
        default:
            return n == 1 ? .one : .other
        }
    }
}
