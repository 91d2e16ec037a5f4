import Foundation
import Testing
import TwinLinkCalendar

/// Writes the sample files for `scripts/ics-checks.sh` into `$TWINLINK_ICS_SAMPLES` (a temporary
/// folder when unset) and checks them with libical's own reading first.
@Suite("Sample files for the independent checks")
struct IcsSampleFilesTests {
    @Test("every sample is written with its manifest and reads back at the manifest's instants")
    func writeSamples() throws {
        let environment = ProcessInfo.processInfo.environment["TWINLINK_ICS_SAMPLES"]
        let folder =
            environment.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("ics-samples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer {
            if environment == nil { try? FileManager.default.removeItem(at: folder) }
        }
        let samples = try IcsSampleSet.samples()
        for sample in samples {
            try Data(sample.text.utf8).write(to: folder.appendingPathComponent(sample.file))
        }
        let manifest = try JSONSerialization.data(
            withJSONObject: IcsSampleSet.manifest(samples),
            options: [.prettyPrinted, .sortedKeys]
        )
        try manifest.write(to: folder.appendingPathComponent("manifest.json"))

        for sample in samples {
            let read = try Fixtures.reader.events(inFileAt: folder.appendingPathComponent(sample.file))
            #expect(read.map(\.uid) == sample.events.map(\.uid), "\(sample.file)")
            for (event, written) in zip(read, sample.events) {
                switch written.schedule {
                case .allDay(let first, let last):
                    #expect(event.start == .day(first))
                    #expect(event.end == .day(last.adding(days: 1)))
                case .timed(let start, let end, _):
                    #expect(event.start.instant == start, "\(sample.file) \(written.uid)")
                    #expect(event.end.instant == end, "\(sample.file) \(written.uid)")
                }
                #expect(event.method == sample.method.rawValue)
            }
        }
        #expect(samples.count == 8 + IcsSampleSet.fixtureZones.count)
    }
}
