public import TwinLinkDomain

/// A partner city's name and key sectors, for the sector-match points.
public struct PartnerCityProfile: Hashable, Sendable, Codable {
    public var name: String
    public var keySectors: [NACECode]

    public init(name: String, keySectors: [NACECode]) {
        self.name = name
        self.keySectors = keySectors
    }
}
