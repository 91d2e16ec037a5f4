import Foundation
import TwinLinkMeetingScheduler

/// The files under Fixtures/ beside this source file.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }

    /// The documented example of docs/meeting-scheduler-instance.md.
    static func brokerageExample() throws -> MeetingInstance {
        try MeetingInstanceJSON.decode(try data("brokerage-example.json"))
    }
}
