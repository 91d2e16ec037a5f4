public import TwinLinkDomain

/// The days a report covers: activities whose first day falls in it, and what was recorded about
/// them. Without a start it reaches back to the first activity.
public struct ReportPeriod: Hashable, Sendable, CustomStringConvertible {
    public let from: LocalDate?
    public let to: LocalDate

    /// `nil` when `from` is after `to`.
    public init?(from: LocalDate?, to: LocalDate) {
        if let from, from > to { return nil }
        self.from = from
        self.to = to
    }

    public func contains(_ day: LocalDate) -> Bool {
        day <= to && (from.map { $0 <= day } ?? true)
    }

    /// `2026-07-01 to 2026-12-01` or `up to 2026-12-01`.
    public var description: String {
        from.map { "\($0) to \(to)" } ?? "up to \(to)"
    }
}
