import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore
import TwinLinkWeb

/// The partner-city portal's agendas: the delegations of local firms coming to the city and the
/// 1:1 agendas of its enterprises, with contacts only under the access rule; another city's
/// delegation is not found.
@Suite("Partner-city portal: incoming delegations and 1:1 agendas")
struct PartnerAgendaTests {
    static let nuremberg = Identifier<PartnerCity>(trusted: "nuremberg")

    /// The fixtures planned and allocated, at the programme's reference instant.
    static func allocated() async throws -> (DeskHarness, Registry, Date) {
        let harness = try await DeskHarness.make()
        let registry = try await harness.workspace.registry()
        let now = Format.referenceInstant(registry.programme)
        _ = try await AllocateSeats.runAll(workspace: harness.workspace, now: now, actor: "test")
        return (harness, registry, now)
    }

    @Test("delegations to the city with their published firms; contacts only for meetings both sides accepted")
    func agendas() async throws {
        let (harness, registry, now) = try await Self.allocated()
        let workspace = harness.workspace
        let organic = Activity.plannedID(.outgoingStudyVisit, for: Identifier(trusted: "ev-2027-02-nuremberg-organic"))

        let before = try await PortalPartnerAgendas.agendas(of: Self.nuremberg, workspace: workspace, now: now)
        let delegation = try #require(before.delegations.first { $0.visit.id == organic })
        let seated = Set(
            try await workspace.store.read({ try $0.acceptedApplications(includingProvisional: true) })
                .filter { $0.activityID == organic }.map(\.applicationID))
        let seatedFirms = Set(registry.applications.filter { seated.contains($0.id) }.map(\.enterpriseID))
        #expect(!seatedFirms.isEmpty)
        #expect(delegation.firms.count + delegation.unpublished == seatedFirms.count)
        #expect(delegation.firms.allSatisfy { $0.firm.profileConsent && seatedFirms.contains($0.firm.id) })
        // Every delegation goes to one of the city's own events, none is over or cancelled.
        for each in before.delegations {
            #expect(each.event.host == .partnerCity(Self.nuremberg))
            #expect(each.visit.end.instant > now && each.visit.status != .cancelled)
        }
        // Nothing scheduled yet: no contact anywhere.
        #expect(before.meetings.isEmpty)
        #expect(before.delegations.allSatisfy { $0.firms.allSatisfy { $0.contact == nil } })

        // The Kraków business days' 1:1 session is scheduled: the city's enterprises have agendas.
        let session = Activity.plannedID(
            .businessMeetings, for: Identifier(trusted: "ev-2026-11-krakow-business-days"))
        _ = try await ScheduleSessionMeetings.run(activity: session, workspace: workspace, provisional: true)
        let after = try await PortalPartnerAgendas.agendas(of: Self.nuremberg, workspace: workspace, now: now)
        let own = Set(registry.partnerEnterprises.filter { $0.partnerCityID == Self.nuremberg }.map(\.id))
        #expect(!after.meetings.isEmpty)
        #expect(after.meetings.allSatisfy { own.contains($0.partner.id) })
        #expect(after.meetings.contains { $0.request.requestedBy == .both })
        #expect(after.meetings.contains { $0.request.requestedBy != .both })
        for meeting in after.meetings {
            // The access rule: the local firm's contact only for a meeting both sides accepted.
            #expect((meeting.contact != nil) == (meeting.request.requestedBy == .both), "\(meeting.request.id)")
            if meeting.firm == nil {
                #expect(registry.enterprises.first { $0.id == meeting.request.enterpriseID }?.profileConsent == false)
            }
        }
    }

    @Test("a delegation's page for the city's own visit; another city's visit or an unknown id is 404")
    func pages() async throws {
        let (harness, registry, now) = try await Self.allocated()
        let workspace = harness.workspace
        let agendas = try await PortalPartnerAgendas.agendas(of: Self.nuremberg, workspace: workspace, now: now)
        let delegation = try #require(agendas.delegations.first { !$0.firms.isEmpty })
        let foreign = try #require(
            try await workspace.store.read({ try $0.activities() }).first { activity in
                activity.kind == .outgoingStudyVisit
                    && registry.events.first { $0.id == activity.eventID }?.host != .partnerCity(Self.nuremberg)
            })
        let session = harness.sessions["partner"]!
        let partner = Browser(cookie: session.cookie, csrf: session.csrf)
        let sme = Browser(cookie: harness.sessions["sme"]!.cookie, csrf: harness.sessions["sme"]!.csrf)
        try await harness.test { client in
            let page = try await partner.get(client, "/partner")
            #expect(page.status == .ok)
            #expect(page.text.contains("Delegations coming to your city"))
            #expect(page.text.contains("/partner/delegations/\(delegation.visit.id.rawValue)"))
            let visit = try await partner.get(client, "/partner/delegations/\(delegation.visit.id.rawValue)")
            #expect(visit.status == .ok)
            for firm in delegation.firms { #expect(visit.text.contains(firm.firm.offer.prefix(20))) }
            #expect(try await partner.get(client, "/partner/delegations/\(foreign.id.rawValue)").status == .notFound)
            #expect(try await partner.get(client, "/partner/delegations/no-such-visit").status == .notFound)
            #expect(
                try await sme.get(client, "/partner/delegations/\(delegation.visit.id.rawValue)").status == .forbidden)
        }
    }
}
