import PropertyBased
import Testing
import TwinLinkMeetingScheduler

/// Re-scheduling after cancellations and late requests.
@Suite struct ReschedulingTests {
    @Test func cancellingAParticipantMakesRoomForAWaitingRequest() throws {
        var builder = InstanceBuilder(slots: 1, tables: 1)
        for id in ["a", "b", "c", "d"] { builder.participant(id) }
        builder.request("ab", "a", "b", weight: 3)
        builder.request("cd", "c", "d", weight: 2)
        let first = try MeetingScheduler.schedule(builder.instance)
        #expect(first.meetings.map(\.requestID) == ["ab"])
        let result = try MeetingScheduler.reschedule(first, applying: [.cancelParticipant(participantID: "b")])
        #expect(ScheduleChecker(schedule: result.schedule).violations == [])
        #expect(result.schedule.meetings.map(\.requestID) == ["cd"])
        #expect(
            result.moves == [
                MeetingMove(requestID: "ab", kind: .dropped, from: .init(slotID: "s0", tableID: "t0"), to: nil),
                MeetingMove(requestID: "cd", kind: .added, from: nil, to: .init(slotID: "s0", tableID: "t0")),
            ])
        #expect(!result.schedule.instance.participants.contains { $0.id == "b" })
    }

    @Test func aLateRequestThatFitsMovesNothingElse() throws {
        var builder = InstanceBuilder(slots: 3, tables: 2)
        for id in ["a", "b", "c", "d"] { builder.participant(id) }
        builder.request("ab", "a", "b", weight: 2)
        builder.request("cd", "c", "d", weight: 1)
        let first = try MeetingScheduler.schedule(builder.instance)
        let late = RequestedMeeting(id: "ac", participantA: "a", participantB: "c", weight: 3)
        let result = try MeetingScheduler.reschedule(first, applying: [.addRequest(late)])
        #expect(ScheduleChecker(schedule: result.schedule).violations == [])
        #expect(result.schedule.statistics.weight == 6)
        #expect(result.moves.map(\.requestID) == ["ac"])
        #expect(result.moves.map(\.kind) == [.added])
    }

    @Test func aLateRequestThatDoesNotFitMovesMeetingsButDropsNone() throws {
        let first = try MeetingScheduler.schedule(try Fixture.brokerageExample())
        // Vistula Foods and Nürnberg Tools share no free slot until a meeting moves.
        let late = RequestedMeeting(
            id: "r08", participantA: "sme-krakow-02", participantB: "pe-nuremberg-01", weight: 2,
            requestedBy: "sme-krakow-02")
        let result = try MeetingScheduler.reschedule(first, applying: [.addRequest(late)])
        let schedule = result.schedule
        #expect(ScheduleChecker(schedule: schedule).violations == [])
        #expect(schedule.statistics.weight == first.statistics.weight + 2)
        let added = MeetingMove(requestID: "r08", kind: .added, from: nil, to: schedule.meeting(for: "r08")?.placement)
        #expect(result.moves.contains(added))
        #expect(!result.moves.contains { $0.kind == .dropped })
        #expect(schedule.meeting(for: "r05") == first.meeting(for: "r05"))
    }

    @Test func aMeetingMovesToMakeRoomForALateRequest() throws {
        var builder = InstanceBuilder(slots: 2, tables: 2)
        for id in ["a", "b", "c"] { builder.participant(id) }
        builder.request("ab", "a", "b", weight: 1)
        let first = try MeetingScheduler.schedule(builder.instance)
        let taken = try #require(first.meeting(for: "ab")?.slotID)
        // c can meet only in the slot that a's meeting already takes.
        var previous = first
        previous.instance.participants[2].unavailableSlotIDs = Set(
            builder.instance.slots.map(\.id).filter { $0 != taken })
        let late = RequestedMeeting(id: "ac", participantA: "a", participantB: "c", weight: 3)
        let result = try MeetingScheduler.reschedule(previous, applying: [.addRequest(late)])
        #expect(ScheduleChecker(schedule: result.schedule).violations == [])
        #expect(result.schedule.meeting(for: "ac")?.slotID == taken)
        #expect(result.schedule.meeting(for: "ab")?.slotID != taken)
        #expect(Set(result.moves.map(\.kind)) == [.moved, .added])
    }

    @Test func unknownIdsInChangesAreRefusedWithTheirPath() throws {
        let first = try MeetingScheduler.schedule(try Fixture.brokerageExample())
        let late = RequestedMeeting(id: "r09", participantA: "sme-krakow-01", participantB: "pe-ghost", weight: 1)
        let error = #expect(throws: MeetingInstanceError.self) {
            try MeetingScheduler.reschedule(
                first,
                applying: [.cancelMeeting(requestID: "r42"), .cancelParticipant(participantID: "x"), .addRequest(late)])
        }
        #expect(error?.issues.map(\.path) == ["$.changes[0].request", "$.changes[1].participant"])
        let second = #expect(throws: MeetingInstanceError.self) {
            try MeetingScheduler.reschedule(first, applying: [.addRequest(late)])
        }
        #expect(second?.issues.map(\.path) == ["$.changes[0].request.b"])
    }

    @Test func cancellingNeverMovesLockedMeetingsNorLosesWeight() async {
        await propertyCheck(count: 40, input: Gen.uint64(), Gen.int(in: 4...24), Gen.int(in: 2...8), Gen.bool()) {
            seed, participants, slots, bipartite in
            let instance = RandomInstance(
                participants: participants, slots: slots, tables: 1 + Int(seed % 4), requests: 3 * participants,
                bipartite: bipartite, locked: 1 + Int(seed % 3), seed: seed
            ).make()
            let first = try MeetingScheduler.schedule(instance)
            guard !first.meetings.isEmpty else { return }
            let cancelled = first.meetings[Int(seed % UInt64(first.meetings.count))]
            let result = try MeetingScheduler.reschedule(
                first, applying: [.cancelMeeting(requestID: cancelled.requestID)])
            let schedule = result.schedule
            #expect(ScheduleChecker(schedule: schedule).violations == [])
            #expect(schedule.statistics.weight >= first.statistics.weight - cancelled.weight)
            for locked in first.meetings where locked.isLocked && locked.requestID != cancelled.requestID {
                #expect(schedule.meeting(for: locked.requestID) == locked)
            }
            // Every other meeting is still held, and the moves say exactly what changed.
            for meeting in first.meetings where meeting.requestID != cancelled.requestID {
                #expect(schedule.meeting(for: meeting.requestID) != nil)
            }
            for move in result.moves {
                #expect(move.from == first.meeting(for: move.requestID)?.placement)
                #expect(move.to == schedule.meeting(for: move.requestID)?.placement)
                #expect(move.kind != .dropped || move.requestID == cancelled.requestID)
            }
            let unchanged = schedule.meetings.filter { meeting in
                !result.moves.contains { $0.requestID == meeting.requestID }
            }
            #expect(unchanged.allSatisfy { first.meeting(for: $0.requestID) == $0 })
        }
    }
}
