import PropertyBased
import Testing
import TwinLinkMeetingScheduler

/// Issue 15: a stored schedule shown again without searching (`assemble`), and re-scheduling from the
/// meetings an instance held before (`reschedule(_:keeping:)`) with a fresh schedule's bound.
@Suite struct KeptScheduleTests {
    static func kept(_ schedule: MeetingSchedule) -> [LockedMeeting] {
        schedule.meetings.map { LockedMeeting(requestID: $0.requestID, slotID: $0.slotID, tableID: $0.tableID) }
    }

    @Test func aScheduleAssembledFromItsMeetingsIsTheSchedule() async {
        await propertyCheck(count: 40, input: Gen.uint64(), Gen.int(in: 4...24), Gen.int(in: 2...8), Gen.bool()) {
            seed, participants, slots, bipartite in
            let instance = RandomInstance(
                participants: participants, slots: slots, tables: 1 + Int(seed % 4), requests: 3 * participants,
                bipartite: bipartite, locked: Int(seed % 3), seed: seed
            ).make()
            let first = try MeetingScheduler.schedule(instance, options: MeetingSchedulerOptions(seed: seed))
            let again = try MeetingScheduler.assemble(
                instance, meetings: Self.kept(first).reversed(), bound: first.bound, seed: seed)
            #expect(again == first)
            #expect(try MeetingScheduler.bound(instance, options: MeetingSchedulerOptions(seed: seed)) == first.bound)
        }
    }

    @Test func reschedulingFromItsOwnMeetingsKeepsEveryMeetingAndTheFreshBound() async {
        await propertyCheck(count: 40, input: Gen.uint64(), Gen.int(in: 4...24), Gen.int(in: 2...8), Gen.bool()) {
            seed, participants, slots, bipartite in
            let instance = RandomInstance(
                participants: participants, slots: slots, tables: 1 + Int(seed % 4), requests: 3 * participants,
                bipartite: bipartite, locked: Int(seed % 3), seed: seed
            ).make()
            let options = MeetingSchedulerOptions(seed: seed)
            let first = try MeetingScheduler.schedule(instance, options: options)
            let result = try MeetingScheduler.reschedule(instance, keeping: Self.kept(first), options: options)
            let schedule = result.schedule
            #expect(ScheduleChecker(schedule: schedule).violations == [])
            #expect(schedule.bound == first.bound)
            #expect(schedule.statistics.weight >= first.statistics.weight)
            #expect(schedule.statistics.weight <= schedule.bound.value)
            for meeting in first.meetings { #expect(schedule.meeting(for: meeting.requestID) != nil) }
            #expect(result.moves.allSatisfy { $0.kind != .dropped })
            let unmoved = schedule.meetings.filter { meeting in
                !result.moves.contains { $0.requestID == meeting.requestID }
            }
            #expect(unmoved.allSatisfy { first.meeting(for: $0.requestID) == $0 })
        }
    }

    @Test func assemblingRefusesMeetingsThatDoNotFit() throws {
        var builder = InstanceBuilder(slots: 2, tables: 2)
        for id in ["a", "b", "c"] { builder.participant(id) }
        builder.request("ab", "a", "b", weight: 2)
        builder.request("ac", "a", "c", weight: 1)
        let instance = builder.instance
        let bound = try MeetingScheduler.bound(instance)
        // a cannot be in two meetings in one slot.
        let twice = #expect(throws: MeetingInstanceError.self) {
            try MeetingScheduler.assemble(
                instance,
                meetings: [
                    LockedMeeting(requestID: "ab", slotID: "s0", tableID: "t0"),
                    LockedMeeting(requestID: "ac", slotID: "s0", tableID: "t1"),
                ], bound: bound, seed: 0)
        }
        #expect(twice?.issues.map(\.path) == ["$.meetings[1]"])
        // A locked meeting is always held.
        var locked = instance
        locked.lockedMeetings = [LockedMeeting(requestID: "ac", slotID: "s1", tableID: "t0")]
        let missing = #expect(throws: MeetingInstanceError.self) {
            try MeetingScheduler.assemble(
                locked, meetings: [LockedMeeting(requestID: "ab", slotID: "s0", tableID: "t0")], bound: bound,
                seed: 0)
        }
        #expect(missing?.issues.map(\.path) == ["$.lockedMeetings"])
        let whole = try MeetingScheduler.assemble(
            locked,
            meetings: [
                LockedMeeting(requestID: "ab", slotID: "s0", tableID: "t0"),
                LockedMeeting(requestID: "ac", slotID: "s1", tableID: "t0"),
            ], bound: bound, seed: 0)
        #expect(whole.statistics.weight == 3 && whole.statistics.lockedMeetingCount == 1)
        #expect(whole.meetings.map(\.isLocked) == [false, true])
    }
}

/// Issue 15: past the improver's local optimum, `SlotRuinSearch` reaches the optimum of small instances.
/// A heuristic, not a guarantee, so the instances are a fixed set (seeds 1...200, every size in
/// turn) rather than random ones each run: a CI run with a random seed found an instance it misses,
/// (13087702844104987796, 5 participants, 3 slots, bipartite, 0 locked): weight 3, optimum 4.
@Suite struct SmallOptimumTests {
    static func tiny(_ seed: UInt64) -> MeetingInstance {
        RandomInstance(
            participants: 2 + Int(seed % 5), slots: 1 + Int(seed / 5 % 4), tables: 1 + Int(seed % 3), requests: 7,
            bipartite: seed / 20 % 2 == 0, locked: Int(seed / 40 % 3), seed: seed
        ).make()
    }

    @Test func theScheduleReachesTheBruteForceOptimumOfTinyInstances() throws {
        var missed: [UInt64] = []
        for seed in UInt64(1)...200 {
            let instance = Self.tiny(seed)
            let schedule = try MeetingScheduler.schedule(instance, options: MeetingSchedulerOptions(seed: seed))
            let optimum = BruteForce(instance: instance).optimum()
            #expect(schedule.statistics.weight <= optimum && optimum <= schedule.bound.value, "seed \(seed)")
            if schedule.statistics.weight != optimum { missed.append(seed) }
        }
        #expect(missed.isEmpty, "below the optimum: seeds \(missed)")
    }

    @Test func theMissFoundByCIIsStillBelowTheOptimum() throws {
        let seed: UInt64 = 13_087_702_844_104_987_796
        let instance = RandomInstance(
            participants: 5, slots: 3, tables: 1 + Int(seed % 3), requests: 7, bipartite: true, locked: 0, seed: seed
        ).make()
        let schedule = try MeetingScheduler.schedule(instance, options: MeetingSchedulerOptions(seed: seed))
        let optimum = BruteForce(instance: instance).optimum()
        #expect(optimum == 4 && schedule.bound.value >= optimum)
        // Known gap (not a target met): the search stops one meeting short here. When it no longer
        // does, this expectation fails and the comment above should go.
        withKnownIssue("SlotRuinSearch stops at 3 of 4 on this instance") {
            #expect(schedule.statistics.weight == optimum)
        }
    }
}
