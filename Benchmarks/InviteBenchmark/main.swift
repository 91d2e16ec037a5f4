import Foundation
import TwinLinkCalendar

// Writes invites for N participants (default 10,000) through libical and prints files per
// second, then runs Tests/ics-checks/bench_icalendar.py, which writes the same invites with python
// icalendar, and prints its figure beside. Run in a release build:
//   swift run -c release InviteBenchmark [COUNT]

let count = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 10_000
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("invite-benchmark-\(getpid())")
let swiftFolder = scratch.appendingPathComponent("swift")
let pythonFolder = scratch.appendingPathComponent("python")
try FileManager.default.createDirectory(at: swiftFolder, withIntermediateDirectories: true)
try FileManager.default.createDirectory(at: pythonFolder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }

// One invite first, outside the timing: it makes the Europe/Warsaw VTIMEZONE, which is cached.
_ = try InviteWriter().write(InviteBenchmarkWorkload.invite(forParticipant: 0))

let clock = ContinuousClock()
var bytes = 0
let elapsed = try clock.measure {
    bytes = try InviteBenchmarkWorkload.writeInvites(count: count, into: swiftFolder)
}
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print(
    "swift libical: \(count) invites, \(bytes) bytes in \(String(format: "%.3f", seconds)) s = "
        + "\(Int((Double(count) / seconds).rounded())) files/s"
)

let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Tests/ics-checks/bench_icalendar.py").standardized
let python = Process()
python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
python.arguments = ["python3", script.path, String(count), pythonFolder.path]
do {
    try python.run()
    python.waitUntilExit()
    if python.terminationStatus != 0 {
        print("python icalendar: bench_icalendar.py failed with status \(python.terminationStatus)")
    }
} catch {
    print("python icalendar: could not run \(script.path): \(error)")
}
