import Foundation
import Testing
import TwinLinkCalendar

@Suite("The invite benchmark's workload")
struct InviteBenchmarkWorkloadTests {
    @Test("writes one file per participant, each a REQUEST to that participant only")
    func writesFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bytes = try InviteBenchmarkWorkload.writeInvites(count: 3, into: folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["participant0.ics", "participant1.ics", "participant2.ics"])
        let text = try String(contentsOf: folder.appendingPathComponent("participant2.ics"), encoding: .utf8)
        #expect(bytes > 3 * text.utf8.count - 10)
        #expect(
            ICSInspection.lines(named: "ATTENDEE", in: text).map { $0.hasSuffix(":mailto:participant2@example.org") }
                == [true])
        let event = try #require(try Fixtures.reader.events(in: text, file: "participant2.ics").first)
        #expect(event.start.instant == Fixtures.utc(2027, 3, 16, 14))
        #expect(event.method == "REQUEST")
    }
}
