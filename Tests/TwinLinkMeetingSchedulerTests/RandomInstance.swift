import Foundation
import TwinLinkMeetingScheduler

/// Small seeded instances for property tests: any pairs (odd cycles included) or SME–partner pairs only,
/// blocked slots, caps from 0 up, and some locked meetings that are consistent by construction.
struct RandomInstance {
    var participants: Int
    var slots: Int
    var tables: Int
    var requests: Int
    var bipartite: Bool
    var locked: Int
    var seed: UInt64

    func make() -> MeetingInstance {
        var random = TestRandom(seed: seed)
        let times = SessionTimes(slotCount: slots)
        let people = (0..<participants).map { index in
            MeetingParticipant(
                id: "p\(index)", maximumMeetings: random.below(slots + 2),
                unavailableSlotIDs: Set(times.slots.filter { _ in random.below(4) == 0 }.map(\.id)))
        }
        let rooms = (0..<tables).map { index in
            MeetingTable(
                id: "t\(index)",
                unavailableSlotIDs: Set(times.slots.filter { _ in random.below(8) == 0 }.map(\.id)))
        }
        var pairs = Set<[Int]>()
        var made: [RequestedMeeting] = []
        var attempts = 0
        while made.count < requests && attempts < 20 * requests {
            attempts += 1
            var a = random.below(participants)
            var b = random.below(participants)
            if bipartite {
                a = 2 * random.below((participants + 1) / 2)
                b = 2 * random.below(participants / 2) + 1
            }
            guard a != b, a < participants, b < participants, pairs.insert([min(a, b), max(a, b)]).inserted else {
                continue
            }
            made.append(
                RequestedMeeting(
                    id: "r\(made.count)", participantA: "p\(a)", participantB: "p\(b)", weight: 1 + random.below(3),
                    requestedBy: random.below(2) == 0 ? "p\(a)" : "p\(b)"))
        }
        var instance = MeetingInstance(participants: people, slots: times.slots, tables: rooms, requests: made)
        instance.lockedMeetings = lockedMeetings(in: instance, random: &random)
        return instance
    }

    /// Locks requests greedily where the participants and a table are free, within caps.
    private func lockedMeetings(in instance: MeetingInstance, random: inout TestRandom) -> [LockedMeeting] {
        var busy = Set<String>()
        var count: [String: Int] = [:]
        var locked: [LockedMeeting] = []
        let caps = Dictionary(uniqueKeysWithValues: instance.participants.map { ($0.id, $0) })
        for request in instance.requests.shuffled(using: &random) where locked.count < self.locked {
            let slot = instance.slots[random.below(instance.slots.count)]
            guard
                let table = instance.tables.first(where: { table in
                    !table.unavailableSlotIDs.contains(slot.id) && !busy.contains(table.id + "@" + slot.id)
                })
            else { continue }
            let both = [request.participantA, request.participantB]
            let fits = both.allSatisfy { id in
                let participant = caps[id]!
                return !participant.unavailableSlotIDs.contains(slot.id) && !busy.contains(id + "@" + slot.id)
                    && count[id, default: 0] < participant.maximumMeetings
            }
            guard fits else { continue }
            for id in both {
                busy.insert(id + "@" + slot.id)
                count[id, default: 0] += 1
            }
            busy.insert(table.id + "@" + slot.id)
            locked.append(LockedMeeting(requestID: request.id, slotID: slot.id, tableID: table.id))
        }
        return locked
    }
}

/// Consecutive 20-minute slots from 2026-06-10 09:00 UTC, a 20-minute break after every third.
struct SessionTimes {
    let slots: [MeetingSlot]

    init(slotCount: Int) {
        let start = Date(timeIntervalSince1970: 1_781_082_000)
        slots = (0..<slotCount).map { index in
            let begin = start.addingTimeInterval(Double(index * 20 + (index / 3) * 20) * 60)
            return MeetingSlot(id: "s\(index)", start: begin, end: begin.addingTimeInterval(20 * 60))
        }
    }
}

/// SplitMix64 for the tests' own instances.
struct TestRandom: RandomNumberGenerator {
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

    mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }
}
