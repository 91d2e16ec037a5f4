public import Foundation
import TwinLinkDomain
public import TwinLinkImport
import TwinLinkStore

extension AttendanceLookup {
    /// Reads the workspace's registry and planned activities; "today" is the day of `now` in the
    /// home zone (callers pass the programme's reference instant unless told otherwise).
    public init(workspace: Workspace, now: Date) async throws(TwinLinkError) {
        let registry = try await workspace.registry()
        let activities: [Activity]
        do {
            activities = try await workspace.store.reading({ try $0.activities() })
        } catch {
            throw .store(error)
        }
        self.init(
            registry: registry, activities: activities,
            today: LocalDate(now, in: registry.programme.homeCity.timeZone.timeZone))
    }
}
