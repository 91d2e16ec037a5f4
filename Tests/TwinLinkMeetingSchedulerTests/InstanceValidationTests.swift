import Foundation
import Testing
import TwinLinkMeetingScheduler

/// Inconsistent instances are refused with the JSON path and value of each problem.
@Suite struct InstanceValidationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let change: @Sendable (inout MeetingInstance) -> Void
        let path: String
        let problem: String

        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "unknown participant in a request", change: { $0.requests[0].participantB = "pe-nowhere" },
            path: "$.requests[0].b", problem: "unknown participant id"),
        Case(
            name: "duplicate participant id", change: { $0.participants[1].id = "sme-krakow-01" },
            path: "$.participants[1].id", problem: "duplicate id: already used by $.participants[0]"),
        Case(
            name: "duplicate request id", change: { $0.requests[2].id = "r01" },
            path: "$.requests[2].id", problem: "duplicate id"),
        Case(
            name: "a participant meeting itself", change: { $0.requests[0].participantB = "sme-krakow-01" },
            path: "$.requests[0].b", problem: "cannot meet itself"),
        Case(
            name: "the same pair twice",
            change: {
                $0.requests.append(
                    RequestedMeeting(id: "r99", participantA: "pe-lyon-01", participantB: "sme-krakow-01", weight: 1))
            },
            path: "$.requests[7]", problem: "same pair as $.requests[0]"),
        Case(
            name: "weight out of range", change: { $0.requests[3].weight = 4 },
            path: "$.requests[3].weight", problem: "integer from 1 to 3"),
        Case(
            name: "requested by an outsider", change: { $0.requests[3].requestedBy = "pe-lyon-01" },
            path: "$.requests[3].requested_by", problem: "one of the request's two participants"),
        Case(
            name: "unknown unavailable slot", change: { $0.participants[0].unavailableSlotIDs = ["s09"] },
            path: "$.participants[0].unavailable_slots", problem: "unknown slot id"),
        Case(
            name: "negative cap", change: { $0.participants[2].maximumMeetings = -1 },
            path: "$.participants[2].max_meetings", problem: "0 or more"),
        Case(
            name: "slots out of order", change: { $0.slots.swapAt(1, 2) },
            path: "$.slots[2].start", problem: "chronological order"),
        Case(
            name: "locked meeting in an unavailable slot", change: { $0.lockedMeetings[0].slotID = "s01" },
            path: "$.locked_meetings[0].slot", problem: "sme-krakow-03 is unavailable"),
        Case(
            name: "two locked meetings at one table",
            change: { $0.lockedMeetings.append(LockedMeeting(requestID: "r01", slotID: "s03", tableID: "t2")) },
            path: "$.locked_meetings[1].table", problem: "already hosts $.locked_meetings[0]"),
        Case(
            name: "two locked meetings for one participant",
            change: { $0.lockedMeetings.append(LockedMeeting(requestID: "r06", slotID: "s03", tableID: "t1")) },
            path: "$.locked_meetings[1].slot", problem: "sme-krakow-03 already meets in this slot"),
        Case(
            name: "locked meetings over a cap",
            change: {
                $0.participants[5].maximumMeetings = 1
                $0.lockedMeetings.append(LockedMeeting(requestID: "r04", slotID: "s01", tableID: "t1"))
                $0.lockedMeetings.append(LockedMeeting(requestID: "r07", slotID: "s02", tableID: "t1"))
            },
            path: "$.locked_meetings[2].request", problem: "pe-leipzig-01 accepts at most 1 meetings"),
        Case(
            name: "unknown locked request", change: { $0.lockedMeetings[0].requestID = "r42" },
            path: "$.locked_meetings[0].request", problem: "unknown request id"),
    ]

    @Test(arguments: cases)
    func refusesWithPathAndProblem(_ testCase: Case) throws {
        var instance = try Fixture.brokerageExample()
        testCase.change(&instance)
        let error = #expect(throws: MeetingInstanceError.self) { try MeetingScheduler.schedule(instance) }
        let issues = error?.issues ?? []
        #expect(
            issues.contains { $0.path == testCase.path && $0.problem.contains(testCase.problem) },
            "got \(issues.map(\.description))")
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        var instance = try Fixture.brokerageExample()
        instance.requests[0].participantB = "ghost"
        instance.requests[1].weight = 0
        instance.tables[0].id = "t2"
        let error = #expect(throws: MeetingInstanceError.self) { try instance.validate() }
        #expect(error?.issues.map(\.path) == ["$.tables[1].id", "$.requests[0].b", "$.requests[1].weight"])
        #expect(error?.description.hasSuffix("instance refused: 3 problems") == true)
    }

    @Test func theExampleIsValid() throws {
        try Fixture.brokerageExample().validate()
    }
}
