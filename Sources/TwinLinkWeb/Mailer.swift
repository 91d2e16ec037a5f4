import Foundation
import TwinLinkMail

/// Hands out mail: into an outbox folder as `.eml` files (`--mail-outbox DIR`), else to sendmail.
struct Mailer: Sendable {
    let outbox: URL?
    let from: String

    /// Sends a plain-text message.
    func send(to: String, subject: String, body: String) async throws {
        let date = Date()
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        let id = Tokens.random().prefix(16)
        let message =
            [
                "From: \(from)", "To: \(to)", "Subject: \(subject)", "Date: \(formatter.string(from: date))",
                "Message-ID: <\(id)@twinlink.local>", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit", "", body,
            ].joined(separator: "\r\n") + "\r\n"
        try await deliver(message)
    }

    /// Hands over a whole RFC 5322 message: a new `.eml` file in the outbox folder, else sendmail.
    func deliver(_ message: String) async throws {
        if let outbox {
            try FileManager.default.createDirectory(at: outbox, withIntermediateDirectories: true)
            let stamp = String(format: "%.6f", Date().timeIntervalSince1970)
            let file = outbox.appendingPathComponent("\(stamp)-\(Tokens.random().prefix(16)).eml")
            try Data(message.utf8).write(to: file, options: .atomic)
        } else {
            let transport = SendmailTransport()
            try await offload { try transport.send(message) }
        }
    }

    /// The transport the invites' outbox is delivered through.
    var transport: @Sendable (_ recipient: String, _ message: String) async throws -> Void {
        let mailer = self
        return { _, message in try await mailer.deliver(message) }
    }
}
