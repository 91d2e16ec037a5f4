public import TwinLinkDomain

/// A firm the programme does not admit, for a stated reason and possibly for a limited time.
public struct Exclusion: Hashable, Sendable, Codable {
    public var enterpriseID: Identifier<LocalEnterprise>
    public var reason: String
    /// The last day of the exclusion; `nil`: until the list changes.
    public var until: LocalDate?

    public init(enterpriseID: Identifier<LocalEnterprise>, reason: String, until: LocalDate? = nil) {
        self.enterpriseID = enterpriseID
        self.reason = reason
        self.until = until
    }

    /// Whether the exclusion covers an activity starting on `day`.
    public func applies(on day: LocalDate) -> Bool {
        until.map { day <= $0 } ?? true
    }
}
