import Foundation
public import TwinLinkDomain

/// The difference between two versions of an activity's allocation: every application whose
/// outcome, seats, rank or reason changed, seats given up and won first, ranks last.
public enum AllocationDiff {
    /// The changes from `previous` to `current`: withdrawals and lost seats first, then promotions and
    /// other outcomes, reasons and ranks last; each group by application id.
    public static func changes(from previous: [AllocationDecision], to current: [AllocationDecision])
        -> [AllocationChange]
    {
        let before = Dictionary(previous.map { ($0.applicationID, $0) }, uniquingKeysWith: { $1 })
        return current.compactMap { decision in
            let old = before[decision.applicationID]
            guard let kind = kind(from: old, to: decision) else { return nil }
            return AllocationChange(
                applicationID: decision.applicationID, kind: kind, before: old?.outcome, after: decision.outcome,
                reasonBefore: old?.reasonCode, reasonAfter: decision.reasonCode)
        }.sorted { ($0.kind.significance, $0.applicationID) < ($1.kind.significance, $1.applicationID) }
    }

    /// `withdrawn: app-0117; promoted: app-0116; rank changed: app-0093, app-0095`.
    public static func summary(_ changes: [AllocationChange]) -> String {
        guard !changes.isEmpty else { return "no decision changed" }
        var groups: [(AllocationChange.Kind, [String])] = []
        for change in changes {
            if let last = groups.indices.last, groups[last].0 == change.kind {
                groups[last].1.append(change.applicationID.rawValue)
            } else {
                groups.append((change.kind, [change.applicationID.rawValue]))
            }
        }
        return groups.map {
            "\($0.0.rawValue.replacingOccurrences(of: "_", with: " ")): \($0.1.joined(separator: ", "))"
        }
        .joined(separator: "; ")
    }

    private static func kind(from old: AllocationDecision?, to new: AllocationDecision) -> AllocationChange.Kind? {
        guard let old else { return .new }
        switch (old.outcome, new.outcome) {
        case (.waitlisted, .accepted): return .promoted
        case (.rejected, .accepted): return .accepted
        case (.accepted(let a), .accepted(let b)) where a != b: return .seatsChanged
        case (.accepted, .waitlisted), (.accepted, .rejected):
            return new.reasonCode == ReasonCode.withdrawn.rawValue ? .withdrawn : .lostSeat
        case (.waitlisted(let a), .waitlisted(let b)) where a != b: return .rankChanged
        case (.rejected, .waitlisted): return .waitlisted
        case (.waitlisted, .rejected): return new.reasonCode == ReasonCode.withdrawn.rawValue ? .withdrawn : .rejected
        default: return old.reasonCode == new.reasonCode ? nil : .reasonChanged
        }
    }
}

extension AllocationChange.Kind {
    /// Seats given up and won come first, reasons and ranks last.
    fileprivate var significance: Int {
        switch self {
        case .withdrawn: 0
        case .lostSeat: 1
        case .promoted: 2
        case .accepted: 3
        case .seatsChanged: 4
        case .rejected: 5
        case .waitlisted: 6
        case .new: 7
        case .reasonChanged: 8
        case .rankChanged: 9
        }
    }
}
