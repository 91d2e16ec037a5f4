import Foundation
import TwinLinkDomain

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
    public init(_ kind: OutcomeRecord.Kind?) {
        switch kind {
        case nil: self = .nothingYet
        case .followUpAgreed?: self = .followUpAgreed
        case .lead?: self = .lead
        case .offerSent?: self = .offerSent
        case .contract?: self = .contract
        case .jointProject?: self = .jointProject
        }
    }

    /// Reads the `outcome` column of an outcome file: `none` or an `OutcomeRecord.Kind` value.
    /// Returns `.some(nil)` for `none`, `nil` for anything else unknown.
    public static func kind(code: String) -> OutcomeRecord.Kind?? {
        let normalised = code.lowercased().replacingOccurrences(of: "-", with: "_")
        if normalised == Self.noneCode { return .some(nil) }
        guard let kind = OutcomeRecord.Kind(rawValue: normalised) else { return nil }
        return .some(kind)
    }

    /// The code written for "nothing came of it (yet)".
    public static let noneCode = "none"

    public static let rule = "none, follow_up_agreed, lead, offer_sent, contract or joint_project"

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
