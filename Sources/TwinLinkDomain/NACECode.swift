/// A sector code of the EU's statistical classification NACE Rev. 2: a section (`C`), a division
/// (`62`), a group (`62.0`) or a class (`62.01`).
public struct NACECode: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init?(rawValue: String) {
        if rawValue.count == 1, let letter = rawValue.first, NACESection.bySectionLetter[letter] != nil {
            self.rawValue = rawValue
            return
        }
        let bytes = Array(rawValue.utf8)
        let digit: (UInt8) -> Bool = { $0 >= 0x30 && $0 <= 0x39 }
        switch bytes.count {
        case 2 where bytes.allSatisfy(digit): break
        case 4 where digit(bytes[0]) && digit(bytes[1]) && bytes[2] == 0x2E && digit(bytes[3]): break
        case 5 where digit(bytes[0]) && digit(bytes[1]) && bytes[2] == 0x2E && digit(bytes[3]) && digit(bytes[4]):
            break
        default: return nil
        }
        guard let division = Int(rawValue.prefix(2)), NACESection.section(ofDivision: division) != nil else {
            return nil
        }
        self.rawValue = rawValue
    }

    /// The section (A–U) the code belongs to.
    public var section: NACESection {
        if rawValue.count == 1 { return NACESection.bySectionLetter[rawValue.first!]! }
        return NACESection.section(ofDivision: Int(rawValue.prefix(2))!)!
    }

    /// The two-digit division, or `nil` for a bare section.
    public var division: Int? { rawValue.count == 1 ? nil : Int(rawValue.prefix(2)) }

    /// Whether this code lies inside `other` (`62.01` is within `62` and within `J`), or equals it.
    public func isWithin(_ other: NACECode) -> Bool {
        if other.rawValue.count == 1 { return section == other.section }
        return rawValue.hasPrefix(other.rawValue)
    }

    /// Whether two codes share their section, the coarsest sensible match.
    public func sharesSection(with other: NACECode) -> Bool { section == other.section }

    public static let rule =
        "a NACE Rev. 2 code: a section letter (C), a division (62), a group (62.0) or a class (62.01)"
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }
}

/// A NACE Rev. 2 section, with the divisions it spans.
public struct NACESection: Hashable, Sendable, CustomStringConvertible {
    public let letter: Character
    public let title: String
    public let divisions: ClosedRange<Int>

    public static let all: [NACESection] = [
        .init(letter: "A", title: "Agriculture, forestry and fishing", divisions: 1...3),
        .init(letter: "B", title: "Mining and quarrying", divisions: 5...9),
        .init(letter: "C", title: "Manufacturing", divisions: 10...33),
        .init(letter: "D", title: "Electricity, gas, steam and air conditioning supply", divisions: 35...35),
        .init(letter: "E", title: "Water supply; sewerage, waste management and remediation", divisions: 36...39),
        .init(letter: "F", title: "Construction", divisions: 41...43),
        .init(letter: "G", title: "Wholesale and retail trade; repair of motor vehicles", divisions: 45...47),
        .init(letter: "H", title: "Transportation and storage", divisions: 49...53),
        .init(letter: "I", title: "Accommodation and food service activities", divisions: 55...56),
        .init(letter: "J", title: "Information and communication", divisions: 58...63),
        .init(letter: "K", title: "Financial and insurance activities", divisions: 64...66),
        .init(letter: "L", title: "Real estate activities", divisions: 68...68),
        .init(letter: "M", title: "Professional, scientific and technical activities", divisions: 69...75),
        .init(letter: "N", title: "Administrative and support service activities", divisions: 77...82),
        .init(letter: "O", title: "Public administration and defence; compulsory social security", divisions: 84...84),
        .init(letter: "P", title: "Education", divisions: 85...85),
        .init(letter: "Q", title: "Human health and social work activities", divisions: 86...88),
        .init(letter: "R", title: "Arts, entertainment and recreation", divisions: 90...93),
        .init(letter: "S", title: "Other service activities", divisions: 94...96),
        .init(letter: "T", title: "Activities of households as employers", divisions: 97...98),
        .init(letter: "U", title: "Activities of extraterritorial organisations and bodies", divisions: 99...99),
    ]

    static let bySectionLetter: [Character: NACESection] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.letter, $0) })

    /// The section of a two-digit division, or `nil` where NACE Rev. 2 has no such division
    /// (04, 34, 40, 44, 48, 54, 57, 67, 76, 83 and 89 do not exist).
    public static func section(ofDivision division: Int) -> NACESection? {
        all.first { $0.divisions.contains(division) }
    }

    public var description: String { "\(letter) — \(title)" }
}
