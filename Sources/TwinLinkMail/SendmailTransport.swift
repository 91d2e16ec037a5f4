public import Foundation

/// Hands finished messages to a sendmail-compatible command (`sendmail -t -oi`), which reads the
/// recipients from the To header and delivers or queues the message.
///
/// The message goes to the command's standard input from a temporary file, with LF line ends as
/// local mail commands expect (they restore CRLF on the wire); a command that does not read its
/// input cannot block or break the caller.
public struct SendmailTransport: Sendable {
    /// Debian's and most systems' path to the sendmail-compatible command.
    public static let systemExecutable = URL(fileURLWithPath: "/usr/sbin/sendmail")

    /// The command to run.
    public var executable: URL
    /// Its arguments: `-t` takes the recipients from the headers, `-oi` keeps a line with a
    /// single `.` from ending the message.
    public var arguments: [String]

    /// A transport through `executable` (the system's sendmail unless told otherwise).
    public init(executable: URL = systemExecutable, arguments: [String] = ["-t", "-oi"]) {
        self.executable = executable
        self.arguments = arguments
    }

    /// Whether the command exists and may be run.
    public var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: executable.path)
    }

    /// Runs the command with `message` (as `InviteEmailWriter` writes it) on its standard input
    /// and waits for it; a non-zero exit status is an error carrying what the command printed.
    public func send(_ message: String) throws(MailDeliveryError) {
        guard isAvailable else { throw .commandNotFound(executable.path) }
        let input = FileManager.default.temporaryDirectory
            .appendingPathComponent("twinlink-mail-\(UUID().uuidString).eml")
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        let output = Pipe()
        do {
            try Data(message.replacingOccurrences(of: "\r\n", with: "\n").utf8).write(to: input)
            process.executableURL = executable
            process.arguments = arguments
            process.standardInput = try FileHandle(forReadingFrom: input)
            process.standardOutput = output
            process.standardError = output
            try process.run()
        } catch {
            throw .couldNotStart(executable.path, reason: error.localizedDescription)
        }
        // Reading to the end first: a command that prints a lot cannot fill the pipe and stall.
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw .commandFailed(
                executable.path,
                status: process.terminationStatus,
                output: String(decoding: printed, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            )
        }
    }
}
