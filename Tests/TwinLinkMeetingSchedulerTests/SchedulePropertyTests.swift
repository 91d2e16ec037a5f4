import PropertyBased
import Testing
import TwinLinkMeetingScheduler

/// Properties every schedule of every generated instance has.
@Suite struct SchedulePropertyTests {
    static let sizes = Gen.int(in: 2...30)
    static let slotCounts = Gen.int(in: 1...10)

    static func instance(seed: UInt64, participants: Int, slots: Int, bipartite: Bool) -> MeetingInstance {
        RandomInstance(
            participants: participants, slots: slots, tables: 1 + Int(seed % 6),
            requests: participants * (1 + Int(seed % 4)), bipartite: bipartite, locked: Int(seed % 4), seed: seed
        ).make()
    }

    @Test func schedulesAreFeasibleAndWithinTheBound() async {
        await propertyCheck(count: 60, input: Gen.uint64(), Self.sizes, Self.slotCounts, Gen.bool()) {
            seed, participants, slots, bipartite in
            let instance = Self.instance(seed: seed, participants: participants, slots: slots, bipartite: bipartite)
            let schedule = try MeetingScheduler.schedule(instance, options: MeetingSchedulerOptions(seed: seed))
            #expect(ScheduleChecker(schedule: schedule).violations == [])
            #expect(schedule.statistics.weight <= schedule.bound.value)
            #expect(schedule.bound.value <= schedule.bound.matchingBound)
        }
    }

    @Test func theSameSeedGivesTheSameSchedule() async {
        await propertyCheck(count: 25, input: Gen.uint64(), Self.sizes, Self.slotCounts, Gen.bool()) {
            seed, participants, slots, bipartite in
            let instance = Self.instance(seed: seed, participants: participants, slots: slots, bipartite: bipartite)
            let options = MeetingSchedulerOptions(seed: seed % 5)
            let first = try MeetingScheduler.schedule(instance, options: options)
            let second = try MeetingScheduler.schedule(instance, options: options)
            #expect(first == second)
        }
    }

    @Test func theSchedulerNeverDoesWorseThanTheNaiveGreedyOnWeight() async {
        await propertyCheck(count: 40, input: Gen.uint64(), Self.sizes, Self.slotCounts, Gen.bool()) {
            seed, participants, slots, bipartite in
            let instance = Self.instance(seed: seed, participants: participants, slots: slots, bipartite: bipartite)
            let schedule = try MeetingScheduler.schedule(instance)
            let greedy = try BaselineGreedyScheduler.schedule(instance)
            #expect(ScheduleChecker(schedule: greedy).violations == [])
            #expect(schedule.statistics.weight >= greedy.statistics.weight)
        }
    }

    @Test func agendasListEachParticipantsMeetingsInSlotOrder() async {
        await propertyCheck(count: 20, input: Gen.uint64(), Self.sizes, Self.slotCounts) { seed, participants, slots in
            let instance = Self.instance(seed: seed, participants: participants, slots: slots, bipartite: true)
            let schedule = try MeetingScheduler.schedule(instance)
            let agendas = schedule.agendas()
            #expect(agendas.map(\.participantID) == instance.participants.map(\.id))
            #expect(agendas.reduce(0) { $0 + $1.entries.count } == 2 * schedule.meetings.count)
            #expect(agendas.reduce(0) { $0 + $1.idleSlots } == schedule.statistics.idleSlots)
            #expect(agendas.reduce(0) { $0 + $1.tableChanges } == schedule.statistics.tableChanges)
            let order = Dictionary(uniqueKeysWithValues: instance.slots.enumerated().map { ($1.id, $0) })
            for agenda in agendas {
                let slots = agenda.entries.map { order[$0.slotID]! }
                #expect(slots == slots.sorted() && Set(slots).count == slots.count)
                #expect(agenda == schedule.agenda(for: agenda.participantID))
            }
        }
    }
}
