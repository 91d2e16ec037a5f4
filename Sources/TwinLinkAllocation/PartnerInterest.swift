public import TwinLinkDomain

/// A partner enterprise and the sectors it wants contacts in, for the partner-interest points.
public struct PartnerInterest: Hashable, Sendable, Codable {
    public var name: String
    public var sectors: [NACECode]

    public init(name: String, sectors: [NACECode]) {
        self.name = name
        self.sectors = sectors
    }
}
