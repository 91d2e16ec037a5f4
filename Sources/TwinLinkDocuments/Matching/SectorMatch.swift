import TwinLinkDomain

/// How closely two NACE Rev. 2 codes agree: the finest level of the classification they share.
enum SectorMatchLevel: Int, Comparable, CaseIterable, Sendable {
    case section = 1
    case division, group, `class`

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Levels a document names as a reason: a shared section alone (all of manufacturing) is too broad.
    var isReason: Bool { self >= .division }
}

/// Two codes that agree, with the code of the level they share (`62.0` for `62.01` and `62.02`).
struct SectorMatch: Hashable, Sendable {
    let ours: NACECode
    let theirs: NACECode
    let shared: NACECode
    let level: SectorMatchLevel

    /// The finest level at which `ours` and `theirs` agree, `nil` when their sections differ.
    init?(_ ours: NACECode, _ theirs: NACECode) {
        guard ours.section == theirs.section else { return nil }
        let mine = Self.path(ours)
        let other = Self.path(theirs)
        var depth = 0
        while depth < min(mine.count, other.count), mine[depth] == other[depth] { depth += 1 }
        self.ours = ours
        self.theirs = theirs
        if depth == 0 {
            self.shared = NACECode(rawValue: String(ours.section.letter))!
            self.level = .section
        } else {
            self.shared = NACECode(rawValue: mine[depth - 1])!
            self.level = SectorMatchLevel(rawValue: depth + 1)!
        }
    }

    /// The division, group and class prefixes of a code (`62`, `62.0`, `62.01`); empty for a section.
    private static func path(_ code: NACECode) -> [String] {
        let raw = code.rawValue
        guard raw.count > 1 else { return [] }
        return [2, 4, 5].filter { $0 <= raw.count }.map { String(raw.prefix($0)) }
    }

    /// The best match between any of `ours` and any of `theirs`: finest level first, then the
    /// earlier of our codes (the main activity comes first), then the earlier of theirs.
    static func best(_ ours: [NACECode], _ theirs: [NACECode]) -> SectorMatch? {
        var best: SectorMatch?
        for mine in ours {
            for other in theirs {
                guard let match = SectorMatch(mine, other) else { continue }
                if best == nil || match.level > best!.level { best = match }
            }
        }
        return best
    }

    /// Every code of `theirs` that one of `ours` matches at a reason-worthy level, with the best match each.
    static func all(_ ours: [NACECode], _ theirs: [NACECode]) -> [SectorMatch] {
        theirs.compactMap { other in
            best(ours, [other]).flatMap { $0.level.isReason ? $0 : nil }
        }
    }
}
