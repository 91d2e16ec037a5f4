import Foundation
import TwinLinkMeetingScheduler

/// The benchmark: per instance, the scheduler beside the naive greedy, against the proven bound.
struct Case {
    let name: String
    let participants: Int
    let requests: Int
    let slots: Int
    let tables: Int
    /// The share of the bound to reach, and the time to reach it in.
    let targetRatio: Double
    let targetSeconds: Double
}

let cases = [
    Case(
        name: "1k/5k/24s/100t", participants: 1_000, requests: 5_000, slots: 24, tables: 100,
        targetRatio: 0.998, targetSeconds: 0.5),
    Case(
        name: "1k/7.5k/16s/500t", participants: 1_000, requests: 7_500, slots: 16, tables: 500,
        targetRatio: 0.985, targetSeconds: 1),
    Case(
        name: "10k/100k/24s/1000t", participants: 10_000, requests: 100_000, slots: 24, tables: 1_000,
        targetRatio: 0.99, targetSeconds: 5),
]

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
}

/// `--export DIR` also writes each instance and its schedule as JSON, to check them with another solver.
let exportDirectory: URL? = CommandLine.arguments.firstIndex(of: "--export").flatMap { index in
    index + 1 < CommandLine.arguments.count ? URL(fileURLWithPath: CommandLine.arguments[index + 1]) : nil
}

/// `--only TEXT` runs the instances whose name contains TEXT.
let only: String? = CommandLine.arguments.firstIndex(of: "--only").flatMap { index in
    index + 1 < CommandLine.arguments.count ? CommandLine.arguments[index + 1] : nil
}

let header = [
    ("instance", 19), ("popularity", 10), ("weight", 7), ("bound", 7), ("ratio", 8), ("idle", 6), ("time s", 7),
    ("greedy", 7), ("g.ratio", 8), ("g.idle", 7), ("g.time s", 8), ("target", 14), ("met", 4),
]
print(header.map { pad($0.0, $0.1) }.joined(separator: " "))
var allMet = true
for benchmark in cases where only.map({ benchmark.name.contains($0) }) ?? true {
    for popularity in [InstanceGenerator.Popularity.uniform, .skewed] {
        let instance = InstanceGenerator(
            participants: benchmark.participants, requests: benchmark.requests, slots: benchmark.slots,
            tables: benchmark.tables, popularity: popularity, seed: 2026
        ).make()
        let clock = ContinuousClock()
        var schedule: MeetingSchedule?
        let time = seconds(clock.measure { schedule = try! MeetingScheduler.schedule(instance) })
        var greedy: MeetingSchedule?
        let greedyTime = seconds(clock.measure { greedy = try! BaselineGreedyScheduler.schedule(instance) })
        guard let schedule, let greedy else { fatalError("no schedule") }
        if let exportDirectory {
            let stem = benchmark.name.replacingOccurrences(of: "/", with: "-") + "-" + popularity.rawValue
            try! FileManager.default.createDirectory(at: exportDirectory, withIntermediateDirectories: true)
            try! MeetingInstanceJSON.encode(instance).write(to: exportDirectory.appendingPathComponent(stem + ".json"))
            try! MeetingScheduleJSON.encode(schedule).write(
                to: exportDirectory.appendingPathComponent(stem + "-schedule.json"))
        }
        let met =
            schedule.ratio >= benchmark.targetRatio && time < benchmark.targetSeconds
            && schedule.statistics.idleSlots < greedy.statistics.idleSlots
        allMet = allMet && met
        let row = [
            benchmark.name, popularity.rawValue, String(schedule.statistics.weight), String(schedule.bound.value),
            String(format: "%.4f", schedule.ratio), String(schedule.statistics.idleSlots), String(format: "%.3f", time),
            String(greedy.statistics.weight), String(format: "%.4f", greedy.ratio),
            String(greedy.statistics.idleSlots), String(format: "%.3f", greedyTime),
            String(format: "≥%.1f%% <%.1fs", benchmark.targetRatio * 100, benchmark.targetSeconds), met ? "yes" : "NO",
        ]
        print(zip(row, header).map { pad($0, $1.1) }.joined(separator: " "))
    }
}
print(allMet ? "every target met" : "some targets NOT met")
