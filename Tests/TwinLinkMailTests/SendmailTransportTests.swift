import Foundation
import Testing
import TwinLinkMail

/// Runs a real process: a shell script standing in for sendmail that records its arguments and
/// standard input, or fails the way a broken MTA does.
@Suite("Handing messages to sendmail")
struct SendmailTransportTests {
    /// A temporary folder with an executable `sendmail` script whose body is `script`.
    func fakeSendmail(_ script: String) throws -> (folder: URL, executable: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fake-sendmail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let executable = folder.appendingPathComponent("sendmail")
        try Data("#!/bin/sh\n\(script)\n".utf8).write(to: executable)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: executable.path)
        return (folder, executable)
    }

    @Test("the message reaches the command's standard input with LF line ends, and -t -oi as arguments")
    func delivers() throws {
        let (folder, executable) = try fakeSendmail(
            #"printf '%s\n' "$@" > "$(dirname "$0")/args"; cat > "$(dirname "$0")/stdin""#)
        defer { try? FileManager.default.removeItem(at: folder) }
        let message = try InviteEmailWriter().write(InviteEmailFixtures.email())
        try SendmailTransport(executable: executable).send(message)
        let received = try String(contentsOf: folder.appendingPathComponent("stdin"), encoding: .utf8)
        #expect(received == message.replacingOccurrences(of: "\r\n", with: "\n"))
        #expect(try String(contentsOf: folder.appendingPathComponent("args"), encoding: .utf8) == "-t\n-oi\n")
        let parsed = try MIMEEntity(received.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(parsed.header("to") == "Zofia Łukasiewicz-Żółć <zofia@drukarnia-krakow.example.pl>")
    }

    @Test("a failing command is an error with its status and what it printed")
    func failure() throws {
        let (folder, executable) = try fakeSendmail("cat > /dev/null; echo 'mail queue is full' >&2; exit 75")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: MailDeliveryError.commandFailed(executable.path, status: 75, output: "mail queue is full")) {
            try SendmailTransport(executable: executable).send("To: a@b.org\r\n\r\nHi\r\n")
        }
    }

    @Test("a command that ignores its input and prints a lot neither blocks nor crashes the caller")
    func ignoresInput() throws {
        let (folder, executable) = try fakeSendmail(
            "i=0; while [ $i -lt 5000 ]; do echo 'noise noise noise noise noise'; i=$((i+1)); done")
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = String(repeating: "x", count: 300_000)
        try SendmailTransport(executable: executable).send("To: a@b.org\r\n\r\n\(big)\r\n")
    }

    @Test("a missing command is reported before anything runs")
    func missing() {
        let path = "/nonexistent/sendmail-\(UUID().uuidString)"
        let transport = SendmailTransport(executable: URL(fileURLWithPath: path))
        #expect(!transport.isAvailable)
        #expect(throws: MailDeliveryError.commandNotFound(path)) { try transport.send("To: a@b.org\r\n\r\nHi\r\n") }
    }
}
