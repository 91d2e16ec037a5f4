import Foundation
import Testing
import TwinLinkCalendar

/// Folding (RFC 5545 §3.1): libical 3.0.16 folds a value that ends exactly at its fold limit
/// wrongly (`\r\r\n \n`, or an empty continuation line); every message must come out right.
@Suite struct ContentLineFoldingTests {
    /// The faults of one iCalendar text: bare CR or LF, empty continuation lines, lines over 75
    /// octets, continuation lines that start inside a UTF-8 sequence. Empty when it is right.
    static func foldingFaults(_ bytes: [UInt8]) -> [String] {
        var faults: [String] = []
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D {
                guard index + 1 < bytes.count, bytes[index + 1] == 0x0A else {
                    faults.append("bare CR at byte \(index)")
                    index += 1
                    continue
                }
                lines.append(bytes[start..<index])
                index += 2
                start = index
                continue
            }
            if bytes[index] == 0x0A { faults.append("bare LF at byte \(index)") }
            index += 1
        }
        if start != bytes.count { faults.append("the text does not end with CRLF") }
        for (number, line) in lines.enumerated() {
            if line.count > 75 { faults.append("line \(number + 1) has \(line.count) octets") }
            if line.isEmpty { faults.append("line \(number + 1) is empty") }
            if line.first == 0x20 || line.first == 0x09 {
                if line.count == 1 { faults.append("line \(number + 1) is an empty continuation") }
                if line.count > 1, line[line.startIndex + 1] & 0xC0 == 0x80 {
                    faults.append("line \(number + 1) continues inside a UTF-8 sequence")
                }
            }
        }
        if String(validating: bytes, as: UTF8.self) == nil { faults.append("not valid UTF-8") }
        return faults
    }

    /// UIDs that make the `UID:` line 73, 74, 75 and 76 octets long, around the fold limit.
    @Test(arguments: [69, 70, 71, 72, 73, 74, 148, 149])
    func aValueEndingAtTheFoldLimitIsFoldedCorrectly(_ uidLength: Int) throws {
        let suffix = "@twinlink.example.org"
        let uid = String(repeating: "u", count: uidLength - suffix.count) + suffix
        var event = InviteFixtures.onlineMeeting
        event.uid = uid
        let text = try InviteWriter().write(
            InviteMessage(method: .request, dtstamp: InviteFixtures.sentAt, event: event))
        #expect(Self.foldingFaults(Array(text.utf8)) == [])
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("\r\nUID:\(uid)\r\n"))
    }

    @Test func libicalsBrokenFoldsAreRepaired() {
        let broken =
            "BEGIN:VEVENT\r\nUID:" + String(repeating: "x", count: 69) + "\r\r\n \nSUMMARY:a\r\n \r\nEND:VEVENT\r\n"
        let fixed = ContentLineFolder.refold(broken)
        #expect(fixed == "BEGIN:VEVENT\r\nUID:" + String(repeating: "x", count: 69) + "\r\nSUMMARY:a\r\nEND:VEVENT\r\n")
        #expect(Self.foldingFaults(Array(fixed.utf8)) == [])
    }

    @Test func aLongUTF8ValueIsNeverCutInsideACharacter() {
        let line = "SUMMARY:" + String(repeating: "Żółć 山田 ", count: 40)
        let folded = ContentLineFolder.refold(line + "\r\n")
        #expect(Self.foldingFaults(Array(folded.utf8)) == [])
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line + "\r\n")
    }
}
