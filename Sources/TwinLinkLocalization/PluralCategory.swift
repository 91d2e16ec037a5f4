/// A CLDR plural category: which form of a counted phrase a language uses for a number.
///
/// The rules are those of CLDR 45 (`plurals.xml`) for whole numbers, for the languages the
/// programme serves; any other language follows the English rule until its rule is added here.
public enum PluralCategory: String, CaseIterable, Sendable {
    case one, few, many, other

    /// The categories a language distinguishes for whole numbers, which its catalogue must spell
    /// (a catalogue always spells `other` as well: CLDR uses it for fractions in Polish and Ukrainian).
    public static func required(for language: String) -> [PluralCategory] {
        switch language {
        case "pl", "uk", "ru": [.one, .few, .many, .other]
        case "cs", "sk": [.one, .few, .other]
        default: [.one, .other]
        }
    }

    /// The category of a whole number `count` in `language`.
    ///
    /// - English, German, Hungarian: `one` for 1, else `other`.
    /// - Czech, Slovak: `one` for 1, `few` for 2–4, else `other` (`many` is for fractions only).
    /// - Polish: `one` for 1; `few` when the last digit is 2–4 but the last two are not 12–14; else `many`.
    /// - Ukrainian: `one` when the last digit is 1 but the last two are not 11; `few` as Polish; else `many`.
    public static func of(_ count: Int, in language: String) -> PluralCategory {
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
