public import Foundation
public import TwinLinkAllocation
public import TwinLinkDomain
import TwinLinkStore

/// Use case: the audit trail of allocation — every run, withdrawal and override with who, when
/// and why — for one activity or for all (`twinlink audit`).
public enum AllocationAudit {
    /// The entries about `activity`, or all of them, oldest first.
    public static func entries(activity: Identifier<Activity>?, workspace: Workspace) async throws(TwinLinkError)
        -> [AuditEntry]
    {
        do {
            return try await workspace.store.reading({ try $0.auditTrail(subject: activity?.rawValue) })
        } catch {
            throw .store(error)
        }
    }

    /// Stable JSON for tools.
    public static func json(_ entries: [AuditEntry]) throws -> Data {
        struct Line: Encodable {
            let at: String
            let actor: String
            let action: String
            let subject: String
            let detail: String
        }
        return try JSONEncoder.stable.encode(
            entries.map {
                Line(
                    at: ZonedInstant.formatUTC($0.at), actor: $0.actor, action: $0.action, subject: $0.subject,
                    detail: $0.detail)
            })
    }
}
