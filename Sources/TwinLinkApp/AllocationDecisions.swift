import TwinLinkAllocation
public import TwinLinkDomain
import TwinLinkStore

/// Use case: the latest stored decisions of a study visit, with what changed since the version
/// before (`twinlink decisions`).
public enum AllocationDecisions {
    /// The study visit's latest version, with the changes since the version before.
    public static func latest(activity id: Identifier<Activity>, workspace: Workspace) async throws(TwinLinkError)
        -> AllocationOutcome
    {
        _ = try await workspace.registry()  // a clear error before the first import
        do {
            guard
                let activity = try await workspace.store.reading({ try $0.activities() }).first(where: { $0.id == id })
            else {
                let allocated = try await workspace.store.reading({ try $0.latestAllocations() }).keys.map(\.rawValue)
                    .sorted()
                throw TwinLinkError.notFound(
                    "no activity '\(id)'; allocated activities: "
                        + (allocated.isEmpty ? "none yet" : allocated.joined(separator: ", ")))
            }
            let versions = try await workspace.store.reading({ try $0.allocationVersions(for: id) })
            guard let latest = versions.last else {
                throw TwinLinkError.notReady("\(id) has not been allocated yet", next: .allocate(id.rawValue))
            }
            let previous = versions.dropLast().last
            let changes =
                previous.map { AllocationDiff.changes(from: $0.storedDecisions, to: latest.storedDecisions) } ?? []
            return AllocationOutcome(
                activity: activity, status: .latest, version: latest, previous: previous, changes: changes)
        } catch let error as TwinLinkError {
            throw error
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            throw TwinLinkError(error)
        }
    }
}
