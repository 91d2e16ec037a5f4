public import TwinLinkDomain

/// Who may take part at all: SME status, location in the city, a contribution to the
/// information material, consent to share the profile, admitted sectors and the exclusion list.
public struct EligibilityRules: Hashable, Sendable, Codable {
    /// The size classes admitted (some or all of micro, small, medium).
    public var sizeClasses: [SizeClass]
    /// Whether the firm must be located in the city (its `in_city` flag, else its postcode).
    public var locationRequired: Bool
    /// Postcodes that count as the city; `nil`: those of the programme's home city.
    public var postcodes: [PostcodePattern]?
    /// The contribution to the information material must be made on or before this day; `nil`:
    /// not required.
    public var informationMaterialBy: DeadlineRule?
    public var profileConsentRequired: Bool
    /// When set, a firm qualifies only if one of its sectors lies within one of these codes.
    public var admittedSectors: [NACECode]?
    public var excluded: [Exclusion]

    public init(
        sizeClasses: [SizeClass] = SizeClass.smeClasses, locationRequired: Bool = true,
        postcodes: [PostcodePattern]? = nil, informationMaterialBy: DeadlineRule? = nil,
        profileConsentRequired: Bool = true, admittedSectors: [NACECode]? = nil, excluded: [Exclusion] = []
    ) {
        self.sizeClasses = sizeClasses
        self.locationRequired = locationRequired
        self.postcodes = postcodes
        self.informationMaterialBy = informationMaterialBy
        self.profileConsentRequired = profileConsentRequired
        self.admittedSectors = admittedSectors
        self.excluded = excluded
    }
}
