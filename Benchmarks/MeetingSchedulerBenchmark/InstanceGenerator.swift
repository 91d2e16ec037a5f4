import Foundation
import TwinLinkMeetingScheduler

/// Reproducible benchmark instances: local SMEs and partner enterprises in equal numbers, requests between an
/// SME and a partner with weights 1–3, a share of participant-slots blocked (20 % unless set), caps between
/// three quarters of the slots and all of them (unless set), 20-minute slots in blocks of six separated by
/// 20-minute breaks, and optionally a share of the requests locked by the coordinator.
struct InstanceGenerator {
    enum Popularity: String {
        /// Every participant is as likely to be asked.
        case uniform
        /// A participant's chance to be in a request falls with its rank r as 1/√(r+1): a few are asked by
        /// ten times more than average.
        case skewed
    }

    let participants: Int
    let requests: Int
    let slots: Int
    let tables: Int
    let popularity: Popularity
    let seed: UInt64
    var blockedShare = 0.2
    /// The range caps are drawn from, uniformly; `nil`: from three quarters of the slots to all of them.
    var caps: ClosedRange<Int>?
    /// The share of requests locked, each in a random slot where both participants are available and free,
    /// within caps, at a free table. Drawn after everything else, so the rest of the instance is the same.
    var lockedShare = 0.0

    func make() -> MeetingInstance {
        var random = BenchmarkRandom(seed: seed)
        let start = Date(timeIntervalSince1970: 1_781_082_000)  // 2026-06-10T09:00:00Z
        let meetingSlots = (0..<slots).map { index in
            let begin = start.addingTimeInterval(Double(index * 20 + (index / 6) * 20) * 60)
            return MeetingSlot(
                id: String(format: "s%02d", index + 1), start: begin, end: begin.addingTimeInterval(20 * 60))
        }
        let smes = participants / 2
        let lowestCap = caps?.lowerBound ?? (3 * slots + 3) / 4
        let highestCap = caps?.upperBound ?? slots
        let people = (0..<participants).map { index in
            let unavailable = Set(meetingSlots.filter { _ in random.unit() < blockedShare }.map(\.id))
            let cap = lowestCap + random.below(highestCap - lowestCap + 1)
            let id = index < smes ? String(format: "sme-%05d", index) : String(format: "partner-%05d", index - smes)
            return MeetingParticipant(id: id, maximumMeetings: cap, unavailableSlotIDs: unavailable)
        }
        let smeSampler = Sampler(count: smes, popularity: popularity)
        let partnerSampler = Sampler(count: participants - smes, popularity: popularity)
        var pairs = Set<Int>()
        var made: [RequestedMeeting] = []
        while made.count < requests {
            let sme = smeSampler.draw(&random)
            let partner = smes + partnerSampler.draw(&random)
            guard pairs.insert(sme * participants + partner).inserted else { continue }
            let a = people[sme].id
            let b = people[partner].id
            made.append(
                RequestedMeeting(
                    id: String(format: "r%06d", made.count), participantA: a, participantB: b,
                    weight: 1 + random.below(3), requestedBy: random.below(2) == 0 ? a : b))
        }
        let rooms = (0..<tables).map { MeetingTable(id: String(format: "t%04d", $0 + 1)) }
        var instance = MeetingInstance(participants: people, slots: meetingSlots, tables: rooms, requests: made)
        if lockedShare > 0 { instance.lockedMeetings = lockedMeetings(in: instance, random: &random) }
        return instance
    }

    /// Requests in a random order, each locked in a random slot that fits, until the share is reached.
    private func lockedMeetings(in instance: MeetingInstance, random: inout BenchmarkRandom) -> [LockedMeeting] {
        let index = Dictionary(uniqueKeysWithValues: instance.participants.enumerated().map { ($1.id, $0) })
        let slotCount = instance.slots.count
        var busy = [Bool](repeating: false, count: instance.participants.count * slotCount)
        var count = [Int](repeating: 0, count: instance.participants.count)
        var tablesUsed = [Int](repeating: 0, count: slotCount)
        var order = Array(instance.requests.indices)
        for position in order.indices.reversed() {
            order.swapAt(position, random.below(position + 1))
        }
        let wanted = Int(lockedShare * Double(instance.requests.count))
        var locked: [LockedMeeting] = []
        for requestIndex in order where locked.count < wanted {
            let request = instance.requests[requestIndex]
            let a = index[request.participantA]!
            let b = index[request.participantB]!
            guard count[a] < instance.participants[a].maximumMeetings,
                count[b] < instance.participants[b].maximumMeetings
            else { continue }
            let slot = random.below(slotCount)
            let slotID = instance.slots[slot].id
            guard tablesUsed[slot] < instance.tables.count, !busy[a * slotCount + slot], !busy[b * slotCount + slot],
                !instance.participants[a].unavailableSlotIDs.contains(slotID),
                !instance.participants[b].unavailableSlotIDs.contains(slotID)
            else { continue }
            busy[a * slotCount + slot] = true
            busy[b * slotCount + slot] = true
            count[a] += 1
            count[b] += 1
            locked.append(
                LockedMeeting(requestID: request.id, slotID: slotID, tableID: instance.tables[tablesUsed[slot]].id))
            tablesUsed[slot] += 1
        }
        return locked
    }
}

/// Draws participant positions by popularity, with a cumulative table and binary search.
private struct Sampler {
    let cumulative: [Double]

    init(count: Int, popularity: InstanceGenerator.Popularity) {
        var total = 0.0
        cumulative = (0..<count).map { rank in
            total += popularity == .uniform ? 1 : 1 / Double(rank + 1).squareRoot()
            return total
        }
    }

    func draw(_ random: inout BenchmarkRandom) -> Int {
        let target = random.unit() * cumulative[cumulative.count - 1]
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] <= target { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// SplitMix64, so that instances are the same on every platform and Swift version.
struct BenchmarkRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(UInt64(1) << 53) }

    /// Uniform in 0..<bound.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
