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
@Suite struct SmallOptimumTests {
    @Test func theScheduleReachesTheBruteForceOptimumOfTinyInstances() async {
        await propertyCheck(
            count: 200, input: Gen.uint64(), Gen.int(in: 2...6), Gen.int(in: 1...4), Gen.bool(), Gen.int(in: 0...2)
        ) { seed, participants, slots, bipartite, locked in
            let instance = RandomInstance(
                participants: participants, slots: slots, tables: 1 + Int(seed % 3), requests: 7,
                bipartite: bipartite, locked: locked, seed: seed
            ).make()
            let schedule = try MeetingScheduler.schedule(instance, options: MeetingSchedulerOptions(seed: seed))
            #expect(schedule.statistics.weight == BruteForce(instance: instance).optimum())
            #expect(schedule.bound.value >= schedule.statistics.weight)
        }
    }
}
