import Foundation
import Synchronization

/// Shows the progress of a long stage, for a shell that has somewhere to show it (the command
/// line draws it on a terminal: `ProgressText` in TwinLinkCLI). The service layer only counts.
public protocol ProgressDisplay: Sendable {
    /// `done` of `total` items of `label` are done, `elapsed` after the stage started.
    func show(_ label: String, done: Int, total: Int, elapsed: Duration)
    /// The stage ended: take the progress away.
    func clear()
}

/// The progress of a long stage: counts the items done and hands the count to the installed
/// ``ProgressDisplay`` at most every 200 ms. Shows nothing when no display is installed (the
/// web, tests, a command told `--quiet`) or for small stages. Safe to advance from several threads.
public final class ProgressLine: Sendable {
    /// Where progress goes; none until a shell installs one.
    private static let display = Mutex<(any ProgressDisplay)?>(nil)

    /// Shows progress on `display` from now on; `nil`: nowhere.
    public static func install(_ display: (any ProgressDisplay)?) { Self.display.withLock { $0 = display } }

    private struct State {
        var done = 0
        var lastDrawn: ContinuousClock.Instant?
        var drawn = false
    }

    private let label: String
    private let total: Int
    private let started = ContinuousClock.now
    private let state = Mutex(State())
    private let display: (any ProgressDisplay)?

    /// A line for `total` items of `label`; shows nothing for small stages or without a display.
    public init(_ label: String, total: Int, minimum: Int = 50) {
        self.label = label
        self.total = total
        display = total >= minimum ? Self.display.withLock { $0 } : nil
    }

    /// Counts `count` more items done; shows the count at most every 200 ms.
    public func advance(by count: Int = 1) {
        guard let display else { return }
        let shown: (Int, Duration)? = state.withLock { state in
            state.done += count
            let now = ContinuousClock.now
            if let last = state.lastDrawn, now - last < .milliseconds(200), state.done < total { return nil }
            state.lastDrawn = now
            state.drawn = true
            return (state.done, now - started)
        }
        if let (done, elapsed) = shown { display.show(label, done: done, total: total, elapsed: elapsed) }
    }

    /// Takes the progress away.
    public func finish() {
        guard let display, state.withLock({ $0.drawn }) else { return }
        display.clear()
    }
}
