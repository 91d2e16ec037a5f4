import Testing
import TwinLinkDocuments
import TwinLinkDomain

/// References the pack's data cannot resolve are refused with the record to fix.
@Suite struct InputErrorTests {
    static let registry = Result { try NurembergForumPack.registry() }

    private func input(decisions: [AllocationDecision], schedule: [ScheduledMeeting] = []) throws -> BriefingPackInput {
        try BriefingPackInput(
            registry: try Self.registry.get(), activity: NurembergForumPack.visit, decisions: decisions,
            schedule: schedule, preparedOn: NurembergForumPack.preparedOn)
    }

    private func accepted(_ application: String) -> AllocationDecision {
        AllocationDecision(
            runID: Identifier(trusted: "run-1"), applicationID: Identifier(trusted: application),
            outcome: .accepted(seats: 1), reasonCode: "accepted", explanation: "Accepted")
    }

    @Test func anUnknownApplicationIsNamed() {
        #expect(throws: DocumentInputError.unknownApplication(Identifier(trusted: "app-9999"))) {
            try input(decisions: [accepted("app-9999")])
        }
    }

    @Test func anApplicationToAnotherEventIsNamed() {
        #expect(
            throws: DocumentInputError.applicationForAnotherEvent(
                Identifier(trusted: "app-0001"), event: Identifier(trusted: "ev-2026-08-edinburgh-fringe"))
        ) {
            try input(decisions: [accepted("app-0001")])
        }
    }

    @Test func aMeetingOfAnotherEventIsNamed() {
        var meeting = NurembergForumPack.schedule[0]
        meeting.requestID = Identifier(trusted: "mr-0001")
        #expect(
            throws: DocumentInputError.meetingRequestForAnotherEvent(
                Identifier(trusted: "mr-0001"), event: Identifier(trusted: "ev-2026-11-krakow-business-days"))
        ) {
            try input(decisions: [accepted("app-0117")], schedule: [meeting])
        }
    }

    @Test func aWithdrawnApplicationIsLeftOutOfTheDelegation() throws {
        let pack = try input(decisions: [accepted("app-0103"), accepted("app-0117")])
        #expect(pack.delegation.map(\.enterprise.id.rawValue) == ["sme-codewawel"])
    }
}
