import Foundation
import Synchronization

/// Trimmed VTIMEZONEs by zone and period, made once per process and shared by every writer.
///
/// Making one clones libical's zone and checks it against Foundation at every transition of the
/// period, which takes milliseconds; a run writes thousands of invites in a handful of zones.
/// The result for a key never changes, so sharing it keeps the output deterministic.
final class TimeZoneComponentCache: Sendable {
    static let shared = TimeZoneComponentCache()

    private struct Key: Hashable {
        let identifier: String
        let period: DateInterval
    }

    private let entries = Mutex<[Key: Result<TimeZoneComponent, TimeZoneComponentError>]>([:])

    /// The VTIMEZONE for `identifier` over `period`, or why there is none.
    func component(for identifier: String, covering period: DateInterval)
        -> Result<TimeZoneComponent, TimeZoneComponentError>
    {
        let key = Key(identifier: identifier, period: period)
        if let known = entries.withLock({ $0[key] }) {
            return known
        }
        let made = Result { () throws(TimeZoneComponentError) -> TimeZoneComponent in
            try TimeZoneComponent(identifier: identifier, covering: period)
        }
        entries.withLock { $0[key] = made }
        return made
    }
}
