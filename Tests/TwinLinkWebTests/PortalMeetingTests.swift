import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore
import TwinLinkTestSupport
import TwinLinkWeb

/// 1:1 meetings on the SME portal, on the fixtures.
@Suite("SME portal meetings")
struct PortalMeetingTests {
    static let session = "b2b-ev-2027-05-nuremberg-forum"

    @Test("request, answer a partner's request, see the agenda; never another firm's request")
    func meetings() async throws {
        let harness = try await DeskHarness.make()
        let sme = PortalTests.sme(harness)
        let registry = try await harness.workspace.registry()
        let foreign = try #require(
            registry.meetingRequests.first { $0.enterpriseID.rawValue != "sme-codewawel" && $0.requestedBy == .partner }
        )
        let nuremberg = try #require(
            registry.partnerEnterprises.first {
                $0.partnerCityID.rawValue == "nuremberg" && $0.id.rawValue != "pent-durer-digital"
            })
        try await harness.test { client in
            let page = try await sme.get(client, "/portal/meetings")
            #expect(page.status == .ok)
            #expect(page.text.contains("action=\"/portal/meetings/mr-0067/answer\""))
            #expect(page.text.contains("id=\"meet-ev-2027-05-nuremberg-forum\""))

            let accepted = try await sme.post(client, "/portal/meetings/mr-0067/answer", [("accept", "yes")])
            #expect(accepted.status == .ok)
            #expect(
                try await sme.post(client, "/portal/meetings/mr-0067/answer", [("accept", "no")]).status == .conflict)
            let tampered = try await sme.post(
                client, "/portal/meetings/\(foreign.id.rawValue)/answer", [("accept", "no")])
            #expect(tampered.status == .notFound)

            let twice = try await sme.post(
                client, "/portal/meetings",
                [("event", "ev-2027-05-nuremberg-forum"), ("partner", "pent-durer-digital")])
            #expect(twice.status == .unprocessableContent)
            let elsewhere = try await sme.post(
                client, "/portal/meetings",
                [("event", "ev-2027-05-nuremberg-forum"), ("partner", "pent-genesee-photonics")])
            #expect(elsewhere.status == .unprocessableContent)
            #expect(elsewhere.text.contains("class=\"error\""))
            let made = try await sme.post(
                client, "/portal/meetings",
                [("event", "ev-2027-05-nuremberg-forum"), ("partner", nuremberg.id.rawValue), ("note", "Sensors.")])
            #expect(made.status == .ok)
            #expect(made.text.contains("mr-web-0001"))

            let coordinator = PortalTests.coordinator(harness)
            #expect(try await coordinator.post(client, "/meetings/\(Self.session)/schedule").status == .ok)
            let scheduled = try await harness.workspace.store.read {
                try $0.scheduledMeetings(for: Identifier(trusted: Self.session))
            }
            let mine = Set(
                try await harness.workspace.registry().meetingRequests.filter {
                    $0.enterpriseID.rawValue == "sme-codewawel"
                }
                .map(\.id))
            let agenda = try await sme.get(client, "/portal/meetings")
            for meeting in scheduled where mine.contains(meeting.requestID) {
                #expect(agenda.text.contains(PortalTests.htmlEscaped(meeting.table)))
            }
            if scheduled.contains(where: { mine.contains($0.requestID) }) {
                // Only requests of the firm itself: the partner's contact stays hidden until both want it.
                #expect(agenda.text.contains("shown once both sides want the meeting"))
            }
        }
        let after = try await harness.workspace.registry()
        let answered = try #require(after.meetingRequests.first { $0.id.rawValue == "mr-0067" })
        #expect(answered.requestedBy == .both)
        #expect(answered.weight == 3)
        #expect(after.meetingRequests.first { $0.id == foreign.id } == foreign)
        let created = try #require(after.meetingRequests.first { $0.id.rawValue == "mr-web-0001" })
        #expect(created.partnerEnterpriseID == nuremberg.id)
        #expect(created.requestedBy == .sme)
    }
}
