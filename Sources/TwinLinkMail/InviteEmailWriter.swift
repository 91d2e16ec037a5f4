import Foundation
import TwinLinkDomain

/// Writes an `InviteEmail` as an RFC 5322 / MIME message that Outlook, Gmail, Apple Mail and
/// Thunderbird show as an invite.
///
/// The layout is the one those clients expect:
///
///     multipart/mixed
///     ├── multipart/alternative
///     │   ├── text/plain; charset=UTF-8                      (the short body)
///     │   └── text/calendar; charset=UTF-8; method=REQUEST   (the invite, shown inline)
///     └── application/ics; name="invite.ics"                 (the same invite, as a file)
///
/// Non-ASCII names and subjects are RFC 2047 encoded-words; bodies are 7bit when they are
/// ASCII, else quoted-printable (text) or base64 (calendar). Lines end in CRLF and stay within
/// 78 characters (header lines) or 76 (encoded bodies); a 7bit calendar keeps libical's 75-octet
/// lines. Message-ID and boundaries come from the UID, SEQUENCE, method and recipient, so the
/// same input gives the same bytes.
public struct InviteEmailWriter: Sendable {
    /// A writer; it keeps no state.
    public init() {}

    /// The message text, with CRLF line ends.
    public func write(_ email: InviteEmail) throws(MailCompositionError) -> String {
        for mailbox in [email.from, email.to] where !mailbox.hasValidAddress {
            throw .invalidAddress(mailbox.address)
        }
        let name = email.attachmentName
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) })
        else {
            throw .invalidAttachmentName(name)
        }

        let key = StableHash.hex(
            email.uid, String(email.sequence), email.method.rawValue, email.to.address.lowercased())
        let calendar = email.calendarText.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
        let text = MIMEPart.text(email.textBody)
        let inline = MIMEPart.calendar(calendar, method: email.method)
        let attachment = MIMEPart.attachment(calendar, name: name)
        let alternative = MIMEPart.multipart("alternative", [text, inline], boundary: "=_TwinLink_alt_" + key)
        let mixed = MIMEPart.multipart("mixed", [alternative, attachment], boundary: "=_TwinLink_mixed_" + key)

        let headers = [
            HeaderEncoding.field("From", HeaderEncoding.mailbox(email.from)),
            HeaderEncoding.field("To", HeaderEncoding.mailbox(email.to)),
            HeaderEncoding.field("Subject", HeaderEncoding.unstructured(email.subject)),
            HeaderEncoding.field("Date", MailDate.header(email.date)),
            HeaderEncoding.field("Message-ID", "<twinlink.\(key)@\(email.from.domain)>"),
            HeaderEncoding.field("MIME-Version", "1.0"),
        ]
        return headers.joined(separator: "\r\n") + "\r\n" + mixed.rendered
    }
}
