import Foundation
import Testing
import TwinLinkMeetingScheduler

/// Small instances whose best schedules are checked by hand.
@Suite struct ExactScheduleTests {
    private func schedule(_ builder: InstanceBuilder) throws -> MeetingSchedule {
        let schedule = try MeetingScheduler.schedule(builder.instance)
        #expect(ScheduleChecker(schedule: schedule).violations == [])
        return schedule
    }

    @Test func brokerageExampleIsOptimalWithoutIdleSlots() throws {
        let schedule = try MeetingScheduler.schedule(try Fixture.brokerageExample())
        #expect(ScheduleChecker(schedule: schedule).violations == [])
        // Leipzig accepts 2 of its 3 requests: the best drops a weight-1 one, 15 - 1 = 14.
        #expect(schedule.statistics.weight == 14)
        #expect(schedule.bound.value == 14)
        #expect(schedule.gap == 0)
        #expect(schedule.statistics.idleSlots == 0)
        #expect(schedule.unscheduledRequestIDs == ["r04"] || schedule.unscheduledRequestIDs == ["r07"])
        #expect(schedule.meeting(for: "r05")?.placement == MeetingPlacement(slotID: "s03", tableID: "t2"))
    }

    @Test func noCommonFreeSlotLeavesTheRequestOutAndTheBoundAtZero() throws {
        var builder = InstanceBuilder(slots: 2, tables: 1)
        builder.participant("a", unavailable: ["s0"])
        builder.participant("b", unavailable: ["s1"])
        builder.request("r", "a", "b", weight: 3)
        let result = try schedule(builder)
        #expect(result.meetings.isEmpty)
        #expect(result.bound.value == 0)
        #expect(result.ratio == 1)
    }

    @Test func aCapOfZeroKeepsAParticipantOutOfEveryMeeting() throws {
        var builder = InstanceBuilder(slots: 3, tables: 2)
        builder.participant("busy", cap: 0)
        builder.participant("a")
        builder.participant("b")
        builder.request("r1", "busy", "a", weight: 3)
        builder.request("r2", "busy", "b", weight: 3)
        builder.request("r3", "a", "b", weight: 1)
        let result = try schedule(builder)
        #expect(result.meetings.map(\.requestID) == ["r3"])
        #expect(result.bound.value == 1)
    }

    @Test func moreMeetingsThanTablesKeepsTheHeaviest() throws {
        var builder = InstanceBuilder(slots: 1, tables: 2)
        for (index, weight) in [1, 3, 2, 3].enumerated() {
            builder.participant("a\(index)")
            builder.participant("b\(index)")
            builder.request("r\(index)", "a\(index)", "b\(index)", weight: weight)
        }
        let result = try schedule(builder)
        #expect(Set(result.meetings.map(\.requestID)) == ["r1", "r3"])
        #expect(result.bound.value == 6)
        #expect(result.bound.meetingLimit == 2)
        #expect(result.bound.matchingBound == 9)
    }

    @Test func aPopularParticipantMeetsItsHeaviestRequestsInItsFreeSlots() throws {
        var builder = InstanceBuilder(slots: 3, tables: 3)
        builder.participant("star", unavailable: ["s1"])
        for (index, weight) in [1, 3, 2].enumerated() {
            builder.participant("fan\(index)")
            builder.request("r\(index)", "star", "fan\(index)", weight: weight)
        }
        let result = try schedule(builder)
        #expect(Set(result.meetings.map(\.requestID)) == ["r1", "r2"])
        #expect(result.statistics.weight == 5)
        #expect(result.bound.value == 5)
        // The star's two meetings sit around its unavailable slot: not idle.
        #expect(result.statistics.idleSlots == 0)
    }

    @Test func meetingsOfAParticipantAreBackToBack() throws {
        var builder = InstanceBuilder(slots: 6, tables: 1)
        builder.participant("host")
        builder.participant("x", unavailable: ["s0", "s1"])
        builder.participant("y", unavailable: ["s5"])
        builder.request("rx", "host", "x", weight: 2)
        builder.request("ry", "host", "y", weight: 2)
        let result = try schedule(builder)
        #expect(result.statistics.weight == 4)
        #expect(result.statistics.idleSlots == 0)
    }

    @Test func aParticipantWithConsecutiveMeetingsKeepsItsTable() throws {
        var builder = InstanceBuilder(slots: 3, tables: 3)
        builder.participant("host")
        for guest in ["x", "y", "z"] {
            builder.participant(guest)
            builder.request("r" + guest, "host", guest, weight: 3)
        }
        let result = try schedule(builder)
        let agenda = try #require(result.agenda(for: "host"))
        #expect(agenda.entries.count == 3)
        #expect(Set(agenda.entries.map(\.tableID)).count == 1)
        #expect(result.statistics.tableChanges == 0)
    }

    @Test func aTriangleInOneSlotHoldsOnlyItsHeaviestMeeting() throws {
        var builder = InstanceBuilder(slots: 1, tables: 3)
        for id in ["a", "b", "c"] { builder.participant(id) }
        builder.request("ab", "a", "b", weight: 1)
        builder.request("bc", "b", "c", weight: 3)
        builder.request("ca", "c", "a", weight: 2)
        let result = try schedule(builder)
        #expect(result.meetings.map(\.requestID) == ["bc"])
        // A matching inside the odd component has at most one meeting per slot.
        #expect(result.bound.meetingLimit == 1)
        #expect(result.bound.value == 3)
    }

    @Test func aTriangleOverThreeSlotsHoldsEveryMeeting() throws {
        var builder = InstanceBuilder(slots: 3, tables: 1)
        for id in ["a", "b", "c"] { builder.participant(id) }
        builder.request("ab", "a", "b", weight: 1)
        builder.request("bc", "b", "c", weight: 3)
        builder.request("ca", "c", "a", weight: 2)
        let result = try schedule(builder)
        #expect(result.statistics.weight == 6)
        #expect(result.bound.value == 6)
    }

    @Test func lockedMeetingsStayWhereTheCoordinatorPutThem() throws {
        var builder = InstanceBuilder(slots: 3, tables: 1)
        builder.participant("a")
        builder.participant("b")
        builder.participant("c")
        builder.request("ab", "a", "b", weight: 1)
        builder.request("ac", "a", "c", weight: 3)
        builder.lock("ab", slot: "s1", table: "t0")
        let result = try schedule(builder)
        #expect(result.meeting(for: "ab")?.placement == MeetingPlacement(slotID: "s1", tableID: "t0"))
        #expect(result.meeting(for: "ab")?.isLocked == true)
        #expect(result.statistics.weight == 4)
        #expect(result.bound.lockedWeight == 1)
    }

    @Test func aTableUnavailableInASlotLowersThatSlotsCapacity() throws {
        var builder = InstanceBuilder(slots: 2, tables: 2)
        builder.instance.tables[1].unavailableSlotIDs = ["s0", "s1"]
        for index in 0..<3 {
            builder.participant("a\(index)")
            builder.participant("b\(index)")
            builder.request("r\(index)", "a\(index)", "b\(index)", weight: 2)
        }
        let result = try schedule(builder)
        #expect(result.meetings.count == 2)
        #expect(result.meetings.allSatisfy { $0.tableID == "t0" })
        #expect(result.bound.value == 4)
    }

    @Test func anEmptyInstanceSchedulesNothing() throws {
        let result = try MeetingScheduler.schedule(
            MeetingInstance(participants: [], slots: [], tables: [], requests: []))
        #expect(result.meetings.isEmpty)
        #expect(result.bound.value == 0)
        #expect(result.statistics.idleSlots == 0)
    }

    @Test func theLastOfSixtyFourSlotsIsUsable() throws {
        var builder = InstanceBuilder(slots: 64, tables: 1)
        let allButLast = Set(builder.instance.slots.dropLast().map(\.id))
        builder.participant("a", unavailable: allButLast)
        builder.participant("b")
        builder.request("ab", "a", "b", weight: 2)
        let result = try schedule(builder)
        #expect(result.meeting(for: "ab")?.slotID == "s63")
        #expect(result.bound.value == 2)
    }

    @Test func moreThanSixtyFourSlotsAreRefused() {
        let builder = InstanceBuilder(slots: 65, tables: 1)
        let error = #expect(throws: MeetingInstanceError.self) { try MeetingScheduler.schedule(builder.instance) }
        #expect(error?.issues.first?.path == "$.slots")
    }
}
