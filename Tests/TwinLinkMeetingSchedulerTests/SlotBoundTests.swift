import PropertyBased
import Testing

@testable import TwinLinkMeetingScheduler

/// The slot-aware bound (`SlotLagrangianBound`): never below the true optimum, found by exhaustive search on
/// tiny instances (locked meetings, caps, blocked slots and tables, odd cycles included); never above the flow
/// relaxation's bound it starts from; and tighter than it where availability is fragmented.
@Suite struct SlotBoundTests {
    /// The flow relaxation's bound and the slot-aware one, run for many rounds from nothing known (`lowest` 0).
    static func bounds(_ instance: MeetingInstance) -> (flow: Int, slot: Int) {
        let model = SessionModel(instance)
        let relaxation = UpperBoundCalculator(model: model).compute()
        let slotBound = SlotLagrangianBound(model: model, residual: ResidualSession(model: model))
        let flow = relaxation.bound.value
        let slot = slotBound.tighten(
            flow, lowest: 0, prices: relaxation.prices, work: 200 * max(1, slotBound.arcsPerRound))
        return (flow, slot)
    }

    @Test func theSlotBoundIsNeverBelowTheOptimumNorAboveTheFlowBound() async {
        await propertyCheck(
            count: 200, input: Gen.uint64(), Gen.int(in: 2...6), Gen.int(in: 1...4), Gen.bool(), Gen.int(in: 0...2)
        ) { seed, participants, slots, bipartite, locked in
            let instance = RandomInstance(
                participants: participants, slots: slots, tables: 1 + Int(seed % 3), requests: 7,
                bipartite: bipartite, locked: locked, seed: seed
            ).make()
            let optimum = BruteForce(instance: instance).optimum()
            let (flow, slot) = Self.bounds(instance)
            #expect(slot >= optimum)
            #expect(slot <= flow)
        }
    }

    /// Three SMEs ask one partner, who is available in two slots; two of the SMEs only in the first, the third
    /// only in the second. The flow relaxation lets the partner meet both heavy requests (6); they need the same
    /// slot, so the best schedule holds one of them and the light one (4), and the slot bound proves it.
    @Test func theSlotBoundProvesAnOptimumTheFlowBoundCannot() throws {
        var builder = InstanceBuilder(slots: 2, tables: 2)
        builder.participant("a1", unavailable: ["s1"])
        builder.participant("a2", unavailable: ["s1"])
        builder.participant("a3", unavailable: ["s0"])
        builder.participant("b")
        builder.request("r1", "a1", "b", weight: 3)
        builder.request("r2", "a2", "b", weight: 3)
        builder.request("r3", "a3", "b", weight: 1)
        let (flow, slot) = Self.bounds(builder.instance)
        #expect(flow == 6)
        #expect(slot == 4)
        let schedule = try MeetingScheduler.schedule(builder.instance)
        #expect(schedule.statistics.weight == 4)
        #expect(schedule.bound.value == 4)
    }

    /// The same with a locked meeting in the partner's second slot and a cap of three: two meetings are left
    /// to the partner, in the first and third slots; the flow relaxation gives them both heavy requests (7 with
    /// the locked one), the best schedule one heavy and the third-slot one (6).
    @Test func lockedMeetingsAndCapsTightenTheSlotBound() throws {
        var builder = InstanceBuilder(slots: 3, tables: 2)
        builder.participant("a1", unavailable: ["s1", "s2"])
        builder.participant("a2", unavailable: ["s1", "s2"])
        builder.participant("a3", unavailable: ["s0", "s1"])
        builder.participant("a4")
        builder.participant("b", cap: 3)
        builder.request("r1", "a1", "b", weight: 3)
        builder.request("r2", "a2", "b", weight: 3)
        builder.request("r3", "a3", "b", weight: 2)
        builder.request("r4", "a4", "b", weight: 1)
        builder.lock("r4", slot: "s1", table: "t0")
        let (flow, slot) = Self.bounds(builder.instance)
        let optimum = BruteForce(instance: builder.instance).optimum()
        #expect(optimum == 6)
        #expect(flow > optimum)
        #expect(slot == optimum)
        #expect(try MeetingScheduler.schedule(builder.instance).bound.value == optimum)
    }
}
