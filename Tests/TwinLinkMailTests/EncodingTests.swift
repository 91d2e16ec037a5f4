import Foundation
import Testing

@testable import TwinLinkMail

@Suite("MIME encodings")
struct EncodingTests {
    @Test("quoted-printable keeps lines within 76 characters, encodes '=' and trailing spaces, and decodes back")
    func quotedPrintable() throws {
        let text = "Zażółć gęślą jaźń = 100% ✓ " + String(repeating: "Київ 東京 ", count: 20) + "\nend with space \nlast"
        let encoded = QuotedPrintable.encode(text)
        for line in encoded.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 76)
            #expect(!line.hasSuffix(" "))
        }
        #expect(encoded.contains("=3D"))
        #expect(encoded.contains("space=20\r\n"))
        #expect(try MIMEEntity.decodeQuotedPrintable(encoded) == text.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test("long non-ASCII subjects become several encoded-words that decode to the original")
    func encodedWords() throws {
        let subject = "Запрошення: онлайн-зустріч Київ — Краків, 16 березня 2027 · 山田様へのご招待"
        let field = HeaderEncoding.field("Subject", HeaderEncoding.unstructured(subject))
        let lines = field.components(separatedBy: "\r\n")
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.utf8.count <= 78 && $0.allSatisfy { $0.isASCII } })
        let value = String(field.dropFirst("Subject:".count)).replacingOccurrences(of: "\r\n ", with: " ")
        #expect(try MIMEEntity.decodeWords(value).trimmingCharacters(in: .whitespaces) == subject)
    }

    @Test("dates are RFC 5322 in UTC whatever the locale")
    func dates() {
        #expect(MailDate.header(Date(timeIntervalSince1970: 0)) == "Thu, 01 Jan 1970 00:00:00 +0000")
        #expect(MailDate.header(Date(timeIntervalSince1970: 1_805_205_600)) == "Tue, 16 Mar 2027 14:00:00 +0000")
    }
}
