import Foundation
import TwinLinkApp

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The command line's progress line for a long stage, on a terminal only: `  digests 1200 of 3700
/// (32 %), about 41 s left`, redrawn in place on standard error and cleared when the stage ends.
/// Not installed when standard error is not a terminal (a pipe, a log file) or the command was
/// told `--quiet`: nothing of it reaches a file.
struct ProgressText: ProgressDisplay {
    /// Installs the progress line when standard error is a terminal.
    static func installOnTerminal() {
        if isatty(STDERR_FILENO) == 1 { ProgressLine.install(ProgressText()) }
    }

    func show(_ label: String, done: Int, total: Int, elapsed: Duration) {
        write("\r\u{1B}[2K" + Self.text(label, done: done, total: total, elapsed: elapsed))
    }

    func clear() { write("\r\u{1B}[2K") }

    /// `digests 1200 of 3700 (32 %), about 41 s left`.
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

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
