import Foundation
public import TwinLinkDomain

/// How far a contact between a local firm and a partner got, from nothing (yet) to a joint
/// project (programme step 9). The stages are ordered: a contract is further than an offer.
public enum OutcomeStage: Int, Hashable, Comparable, Sendable, CaseIterable {
    case nothingYet = 0
    case followUpAgreed
    case lead
    case offerSent
    case contract
    case jointProject

    /// The stage an outcome of `kind` reaches; `nil` means the firm reported nothing (yet).
    public init(_ kind: OutcomeKind?) {
        switch kind {
        case nil: self = .nothingYet
        case .followUpAgreed?: self = .followUpAgreed
        case .lead?: self = .lead
        case .offerSent?: self = .offerSent
        case .contract?: self = .contract
        case .jointProject?: self = .jointProject
        }
    }

    /// `follow-up agreed`, `joint project`: as the report labels the stage.
    public var label: String {
        switch self {
        case .nothingYet: "nothing yet"
        case .followUpAgreed: "follow-up agreed"
        case .lead: "lead"
        case .offerSent: "offer sent"
        case .contract: "contract"
        case .jointProject: "joint project"
        }
    }

    /// A contract or a joint project: the contact turned into cooperation.
    public var isCooperation: Bool { self >= .contract }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
