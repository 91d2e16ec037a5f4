public import Foundation
public import TwinLinkDomain

/// The "now" a use case runs at, injected by the shell: an explicit instant (`--now`, a test's
/// fixed time), else the programme's reference date (noon in the home zone, so fixture runs are
/// reproducible), else the system clock.
public struct ProgrammeClock: Sendable {
    /// An explicit instant; `nil` to follow the programme's reference date or the system clock.
    public var fixed: Date?
    /// The system clock (replaceable in tests).
    public var system: @Sendable () -> Date

    public init(fixed: Date? = nil, system: @escaping @Sendable () -> Date = { Date() }) {
        self.fixed = fixed
        self.system = system
    }

    /// The system clock and the programme's reference date.
    public static let system = ProgrammeClock()

    /// The instant for a programme: the fixed one, else its reference instant, else the system clock.
    public func now(for programme: Programme) -> Date {
        fixed ?? Format.referenceInstant(programme, now: system())
    }
}
