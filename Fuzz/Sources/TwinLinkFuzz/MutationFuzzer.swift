import Foundation
import TwinLinkDomain

/// A seeded mutation fuzzer: takes the corpus files, mutates them (bit flips, byte and token
/// insertions, deletions, duplications, splices of two files) and runs every reader on each
/// result, for a bounded time. The same seed gives the same inputs. Before each input runs it is
/// written to `--current`, so that the script keeps the input of a crash.
///
/// Usage: TwinLinkFuzz --seconds 60 --seed 1 --current PATH CORPUS_DIR...
enum MutationFuzzer {
    /// Bytes and tokens that matter to the readers' grammars.
    static let tokens: [[UInt8]] =
        [
            ",", ";", "\"", "\"\"", "\r\n", "\n", "\r", " ", "\t", "{", "}", "[", "]", ":", "\\", "\\u", "\\uD800",
            "BEGIN:VEVENT\r\n", "END:VEVENT\r\n", "BEGIN:VCALENDAR\r\n", "END:VCALENDAR\r\n", "BEGIN:VTIMEZONE\r\n",
            "DTSTART:", "DTSTART;TZID=Europe/Kiev:", "DTSTART;VALUE=DATE:", "RRULE:FREQ=MINUTELY;INTERVAL=1",
            "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "DURATION:-P1D", "DURATION:P99999W", "X-WR-TIMEZONE:",
            "20270230T250000", "19700101T000000Z", "RECURRENCE-ID:", "EXDATE:", "SEQUENCE:-1",
            "2027-02-30T10:00:00+01:00", "T19:09:61+02:00", "1e309", "-0", "null", "true", "99999999999999999999",
            "\"id\"", "\"slots\"", "\"participants\"", "\"requests\"", "\"locked_meetings\"",
        ].map { Array($0.utf8) } + [[0x00], [0xFF], [0xC4], [0xE2, 0x80], [0xEF, 0xBB, 0xBF], [0xF0, 0x9F, 0x98]]

    static func main() {
        var seconds = 60.0
        var seed: UInt64 = 1
        var current: String?
        var folders: [String] = []
        var arguments = CommandLine.arguments.dropFirst().makeIterator()
        while let argument = arguments.next() {
            switch argument {
            case "--seconds": seconds = Double(arguments.next() ?? "") ?? seconds
            case "--seed": seed = UInt64(arguments.next() ?? "") ?? seed
            case "--current": current = arguments.next()
            default: folders.append(argument)
            }
        }
        let corpus = load(folders)
        guard !corpus.isEmpty else {
            FileHandle.standardError.write(Data("no corpus files in \(folders)\n".utf8))
            exit(66)
        }
        var random = SplitMix64(seed: seed)
        let deadline = Date().addingTimeInterval(seconds)
        var executions = 0
        var accepted = 0
        // Every corpus file as it is first, then mutants until the time is up.
        for file in corpus {
            accepted += execute(file, current: current)
            executions += 1
        }
        while Date() < deadline {
            for _ in 0..<50 {
                var input = corpus[random.below(corpus.count)]
                for _ in 0...random.below(8) {
                    mutate(&input, with: &random, corpus: corpus)
                }
                accepted += execute(input, current: current)
                executions += 1
            }
        }
        print(
            "fuzz: \(executions) inputs from \(corpus.count) corpus files, seed \(seed), \(Int(seconds)) s, "
                + "\(accepted) reader acceptances, 0 crashes")
    }

    static func load(_ folders: [String]) -> [[UInt8]] {
        var files: [[UInt8]] = []
        for folder in folders {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            for name in names where !name.hasPrefix(".") {
                if let data = FileManager.default.contents(atPath: folder + "/" + name) { files.append([UInt8](data)) }
            }
        }
        return files
    }

    static func execute(_ input: [UInt8], current: String?) -> Int {
        if let current { _ = FileManager.default.createFile(atPath: current, contents: Data(input)) }
        return FuzzTargets.run(Data(input))
    }

    static func mutate(_ input: inout [UInt8], with random: inout SplitMix64, corpus: [[UInt8]]) {
        let position = input.isEmpty ? 0 : random.below(input.count + 1)
        switch random.below(8) {
        case 0 where !input.isEmpty:  // flip a bit
            let index = random.below(input.count)
            input[index] ^= UInt8(1) << UInt8(random.below(8))
        case 1:  // insert a token
            input.insert(contentsOf: tokens[random.below(tokens.count)], at: position)
        case 2 where !input.isEmpty:  // delete a run of bytes
            let end = min(input.count, position + 1 + random.below(16))
            if position < end { input.removeSubrange(position..<end) }
        case 3 where !input.isEmpty:  // duplicate a run of bytes
            let start = random.below(input.count)
            let end = min(input.count, start + 1 + random.below(64))
            input.insert(contentsOf: input[start..<end], at: position)
        case 4:  // splice in a piece of another corpus file
            let other = corpus[random.below(corpus.count)]
            guard !other.isEmpty else { return }
            let start = random.below(other.count)
            let end = min(other.count, start + 1 + random.below(256))
            input.insert(contentsOf: other[start..<end], at: position)
        case 5 where !input.isEmpty:  // truncate
            input.removeSubrange(random.below(input.count)..<input.count)
        case 6 where !input.isEmpty:  // a random byte
            input[random.below(input.count)] = UInt8(truncatingIfNeeded: random.next())
        default:  // replace a byte with an interesting one
            guard !input.isEmpty else { return }
            input[random.below(input.count)] =
                [0x00, 0x22, 0x2C, 0x3B, 0x0A, 0x0D, 0x20, 0x5C, 0x7B, 0xFF][
                    random.below(10)]
        }
    }
}

extension SplitMix64 {
    /// A number in `0..<bound` (modulo: the fuzzer needs speed, not perfect uniformity).
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
