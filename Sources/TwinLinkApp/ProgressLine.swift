import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A progress line for a long stage, on a terminal only: `  digests 1,200 of 3,700 (32 %), about
/// 41 s left`, redrawn in place at most a few times a second, and cleared when the stage ends.
/// Quiet when standard error is not a terminal (a pipe, a log file) or when the command was told
/// `--quiet`: nothing of it reaches a file. Safe to advance from several threads.
public final class ProgressLine: Sendable {
    /// Whether progress lines are shown at all: standard error is a terminal and not `--quiet`.
    /// Set once by the shell at start-up.
    static let enabled = Atomic<Bool>(isatty(STDERR_FILENO) == 1)

    /// No progress lines from now on (`--quiet`).
    public static func disable() { enabled.store(false, ordering: .relaxed) }

    private struct State {
        var done = 0
        var lastDrawn: ContinuousClock.Instant?
        var drawn = false
    }

    private let label: String
    private let total: Int
    private let started = ContinuousClock.now
    private let state = Mutex(State())
    private let active: Bool

    /// A line for `total` items of `label`; shows nothing for small stages or when disabled.
    public init(_ label: String, total: Int, minimum: Int = 50) {
        self.label = label
        self.total = total
        active = Self.enabled.load(ordering: .relaxed) && total >= minimum
    }

    /// Counts `count` more items done; redraws the line at most every 200 ms.
    public func advance(by count: Int = 1) {
        guard active else { return }
        let line: String? = state.withLock { state in
            state.done += count
            let now = ContinuousClock.now
            if let last = state.lastDrawn, now - last < .milliseconds(200), state.done < total { return nil }
            state.lastDrawn = now
            state.drawn = true
            return Self.text(label, done: state.done, total: total, elapsed: now - started)
        }
        if let line { Self.write("\r\u{1B}[2K" + line) }
    }

    /// Clears the line.
    public func finish() {
        guard active, state.withLock({ $0.drawn }) else { return }
        Self.write("\r\u{1B}[2K")
    }

    /// `digests 1,200 of 3,700 (32 %), about 41 s left`.
    static func text(_ label: String, done: Int, total: Int, elapsed: Duration) -> String {
        let share = total > 0 ? done * 100 / total : 100
        var line = "  \(label) \(done) of \(total) (\(share) %)"
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        if done > 0, done < total, seconds > 1 {
            let left = seconds / Double(done) * Double(total - done)
            line += left >= 60 ? ", about \(Int(left / 60)) min left" : ", about \(Int(left.rounded(.up))) s left"
        }
        return line
    }

    private static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
