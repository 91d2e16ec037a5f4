import Foundation
import Testing

@testable import TwinLinkCalendar

/// The byte scans that spare the writer a property lookup per character find exactly what the
/// Unicode properties find, and the texts they let through unchanged are those the full rules
/// would leave unchanged.
@Suite struct ControlCharactersTests {
    static let samples = [
        "", "participant7@example.org", "Uczestniczka 7 Łukasiewicz", "tab\there", "line\nbreak", "cr\rlf\r\n",
        "bell\u{07}", "delete\u{7F}", "c1 \u{85} next line", "c1 \u{9F}", "no-break\u{A0}space", "Ã\u{80}",
        "quote \"x\"", "emoji 🙂", "ĉ\u{0302}", "\u{2028}", "a@b", "a@@b", "@b", "a@", "a b@c", "a@b;c",
        "Zoë@exämple.org",
    ]

    @Test(arguments: samples)
    func controlCharactersAreThoseOfCategoryCc(_ text: String) {
        #expect(
            ControlCharacters.contained(in: text)
                == text.unicodeScalars.contains { $0.properties.generalCategory == .control })
        #expect(
            ControlCharacters.contained(in: text, allowing: [0x0A, 0x09])
                == text.unicodeScalars.contains {
                    $0 != "\n" && $0 != "\t" && $0.properties.generalCategory == .control
                })
    }

    @Test(arguments: samples)
    func bareAddressesAreJudgedAsBefore(_ text: String) {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        let forbidden = Set("<>()[]\\,;:\" ")
        let expected =
            parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty
            && !text.contains(where: { forbidden.contains($0) })
            && !text.unicodeScalars.contains { $0.properties.generalCategory == .control || $0.properties.isWhitespace }
        #expect(InviteEventValidator.isBareAddress(text) == expected)
    }

    @Test(arguments: samples)
    func parameterTextsAreAsBefore(_ text: String) {
        let oneLine = ICalText.value(text).map { $0 == "\n" || $0 == "\t" ? " " : $0 }
        let expected = String(oneLine).replacingOccurrences(of: "\"", with: "'")
        #expect(ICalText.parameter(text) == expected)
    }
}
