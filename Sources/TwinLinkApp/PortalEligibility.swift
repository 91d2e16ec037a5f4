import Foundation
import TwinLinkAllocation
public import TwinLinkDomain

/// The regulations' access rule for the portal's opportunities and matchmaking: an mSME under
/// Recommendation 2003/361/EC, located in the city, that contributed a profile to the information
/// material (and consented to appear in it). Each check says what it found, so that a firm that
/// fails one sees why and what would change it.
public struct PortalEligibility: Sendable, Hashable {
    public enum Check: String, Sendable, CaseIterable {
        case size, location, profile, consent
    }

    public struct Result: Sendable, Hashable {
        public var check: Check
        public var passed: Bool
        /// What was found (figures, postcode), language-neutral.
        public var found: String
    }

    public var results: [Result]
    public var size: EnterpriseSize

    public var passed: Bool { results.allSatisfy(\.passed) }

    /// Assesses `firm` in `registry` (its partner and linked enterprises counted).
    public static func assess(_ firm: LocalEnterprise, in registry: Registry) -> PortalEligibility {
        let size = EnterpriseSize.assess(firm, links: registry.enterpriseLinks)
        let located = firm.isLocated(in: registry.programme.homeCity)
        let hasProfile = !firm.offer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        return PortalEligibility(
            results: [
                Result(
                    check: .size, passed: size.sizeClass.isSME, found: "\(size.sizeClass.rawValue): \(size.figuresText)"
                ),
                Result(check: .location, passed: located, found: "\(firm.postcode) \(firm.address)"),
                Result(
                    check: .profile, passed: hasProfile,
                    found: firm.infoMaterialContributedOn.map { "\($0)" } ?? ""),
                Result(check: .consent, passed: firm.profileConsent, found: ""),
            ], size: size)
    }

    /// How the size class follows from the figures: each class's ceilings and whether they are met.
    public static func sizeExplanation(_ size: EnterpriseSize) -> [(SizeClass, Bool, String)] {
        SMECeiling.ascending.map { ceiling in
            (
                ceiling.sizeClass, ceiling.admits(size.figures),
                "< \(ceiling.staffBelow) staff; turnover ≤ \(Money.euros(ceiling.turnoverAtMostCents)) or balance sheet ≤ \(Money.euros(ceiling.balanceSheetAtMostCents))"
            )
        }
    }
}
