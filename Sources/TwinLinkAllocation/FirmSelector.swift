public import TwinLinkDomain

/// Which firms a branch rule or quota applies to: by size class, by sector, or both. A firm's
/// sector here is its main activity (the first NACE code it lists); `62` covers `62.01`, `J`
/// covers every code in section J.
public struct FirmSelector: Hashable, Sendable, Codable, CustomStringConvertible {
    /// `nil`: every size class.
    public var sizeClasses: [SizeClass]?
    /// `nil`: every sector.
    public var sectors: [NACECode]?

    public init(sizeClasses: [SizeClass]? = nil, sectors: [NACECode]? = nil) {
        self.sizeClasses = sizeClasses.map { Array(Set($0)).sorted() }
        self.sectors = sectors
    }

    /// Whether a firm of `sizeClass` whose main sector is `mainSector` is one of the selected firms.
    public func matches(sizeClass: SizeClass, mainSector: NACECode?) -> Bool {
        if let sizeClasses, !sizeClasses.contains(sizeClass) { return false }
        if let sectors {
            guard let mainSector, sectors.contains(where: { mainSector.isWithin($0) }) else { return false }
        }
        return true
    }

    /// Whether some firm could match both selectors.
    public func overlaps(_ other: FirmSelector) -> Bool {
        if let mine = sizeClasses, let theirs = other.sizeClasses, Set(mine).isDisjoint(with: theirs) {
            return false
        }
        if let mine = sectors, let theirs = other.sectors {
            return mine.contains { code in theirs.contains { code.isWithin($0) || $0.isWithin(code) } }
        }
        return true
    }

    /// Whether every firm this selector matches is also matched by `other`.
    public func isCovered(by other: FirmSelector) -> Bool {
        if let theirs = other.sizeClasses {
            guard let mine = sizeClasses, Set(mine).isSubset(of: theirs) else { return false }
        }
        if let theirs = other.sectors {
            guard let mine = sectors, mine.allSatisfy({ code in theirs.contains { code.isWithin($0) } }) else {
                return false
            }
        }
        return true
    }

    /// `micro firms`, `firms in division 10 or division 11`, `small and medium-sized firms in section J`.
    public var description: String {
        let classes = sizeClasses.map { AmountText.list($0.map(\.adjective)) + " firms" } ?? "firms"
        guard let sectors else { return classes }
        let codes = sectors.map { code in
            switch code.rawValue.count {
            case 1: "section \(code)"
            case 2: "division \(code)"
            case 4: "group \(code)"
            default: "class \(code)"
            }
        }
        return "\(classes) in \(AmountText.list(codes, conjunction: "or"))"
    }
}
