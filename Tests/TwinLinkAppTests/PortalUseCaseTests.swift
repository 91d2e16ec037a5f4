import Foundation
import Testing
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore
import TwinLinkTestSupport

/// The portals' use cases on the fixtures, in an in-memory SQLite store, without the web.
@Suite("Portal use cases")
struct PortalUseCaseTests {
    static func store() async throws -> Workspace {
        let workspace = Workspace(store: try RegistryStore.inMemory())
        _ = try await ImportRegistry.run(directory: RepositoryPaths.fixtures, into: workspace.store, now: Date())
        return workspace
    }

    static func form() -> PortalFirmForm {
        var form = PortalFirmForm()
        form.fullName = "Jan Kowal"
        form.legalName = "Kuźnia Łukasza"
        form.registrationNumber = "123"
        form.address = "ul. Kowalska 1"
        form.postcode = "31-100"
        form.staffHeadcount = "8"
        form.annualTurnover = "1999999.99"
        form.balanceSheetTotal = "3000000"
        form.naceCodes = "25.50, 25.62"
        form.offer = "Forged parts."
        form.languages = "pl"
        return form
    }

    @Test("each bad field is named with the value found; good ones parse to cents and codes")
    func formChecks() throws {
        var bad = Self.form()
        bad.staffHeadcount = "eight"
        bad.annualTurnover = "1,5 mln"
        bad.naceCodes = "99.99.9"
        bad.languages = "polish"
        bad.website = "www.example.org"
        guard case .failure(let problems) = bad.check(joining: true) else {
            Issue.record("a bad form passed")
            return
        }
        #expect(
            Set(problems.byField.keys) == [
                "staff_headcount", "annual_turnover", "nace_codes", "languages", "website",
            ])
        #expect(problems["annual_turnover"]?.contains("'1,5 mln'") == true)
        guard case .success(let values) = Self.form().check(joining: true) else {
            Issue.record("a good form failed")
            return
        }
        #expect(values.annualTurnover.cents == 199_999_999)
        #expect(values.sectors.map(\.rawValue) == ["25.50", "25.62"])
    }

    @Test("join, approve: the firm, its contact and the account in one go; its checks say what it is")
    func joinApprove() async throws {
        let workspace = try await Self.store()
        let now = try await workspace.now()
        let asked = try await PortalJoin.ask(
            email: "jan@kuznia.example", form: Self.form(), workspace: workspace, now: now)
        guard case .success(.requested(let id)) = asked else {
            Issue.record("not requested: \(asked)")
            return
        }
        let pending = try await PortalJoin.pending(workspace: workspace)
        #expect(pending.count == 1)
        let eligibility = try #require(pending.first?.1)
        // 8 staff, turnover under EUR 2 million: micro, whatever the balance sheet.
        #expect(eligibility.size.sizeClass == .micro)
        #expect(eligibility.results.first { $0.check == .size }?.passed == true)
        #expect(eligibility.results.first { $0.check == .consent }?.passed == false)
        let (email, firm) = try await PortalJoin.approve(request: id, by: "coordinator", workspace: workspace, now: now)
        #expect(email == "jan@kuznia.example")
        #expect(firm.rawValue == "sme-kuznia-lukasza")
        let registry = try await workspace.registry()
        #expect(registry.enterprises.contains { $0.id == firm })
        #expect(registry.people.contains { $0.email.rawValue == email && $0.organisation == .localEnterprise(firm) })
        let again = try await PortalJoin.ask(email: email, form: nil, workspace: workspace, now: now)
        #expect(again == .success(.existingAccount))
        // A second approval is refused and changes nothing.
        await #expect(throws: TwinLinkError.self) {
            try await PortalJoin.approve(request: id, by: "coordinator", workspace: workspace, now: now)
        }
    }

    @Test("a large firm and one outside the city fail their checks")
    func eligibilityFails() async throws {
        let workspace = try await Self.store()
        var firm = try #require(try await workspace.registry().enterprises.first)
        firm.staffHeadcount = 400
        firm.annualTurnover = .euros(90_000_000_00)
        firm.balanceSheetTotal = .euros(90_000_000_00)
        firm.inCity = false
        let result = PortalEligibility.assess(firm, in: try await workspace.registry())
        #expect(!result.passed)
        #expect(result.results.filter { !$0.passed }.map(\.check).contains(.size))
        #expect(result.results.filter { !$0.passed }.map(\.check).contains(.location))
        #expect(result.size.sizeClass == .large)
    }
}

@Suite("Portal meeting answers")
struct PortalMeetingAnswerTests {
    @Test("declining a partner's request retires it: out of scheduling, kept for the history")
    func decline() async throws {
        let workspace = try await PortalUseCaseTests.store()
        let now = try await workspace.now()
        let firm = Identifier<LocalEnterprise>(trusted: "sme-codewawel")
        _ = try await PortalMeetings.answer("mr-0067", of: firm, accept: false, by: "t", workspace: workspace, now: now)
        #expect(try await workspace.registry().meetingRequests.contains { $0.id.rawValue == "mr-0067" } == false)
        let all = try await workspace.store.read { try $0.registry(includingRetired: true) }
        #expect(all?.meetingRequests.contains { $0.id.rawValue == "mr-0067" } == true)
        // A request the firm made itself is not one to answer.
        await #expect(throws: TwinLinkError.self) {
            try await PortalMeetings.answer("mr-0068", of: firm, accept: true, by: "t", workspace: workspace, now: now)
        }
    }
}

@Suite("Portal outcomes")
struct PortalOutcomeTests {
    @Test("after the event a seated firm records its outcome through the coordinator's use case; not for others")
    func record() async throws {
        let programme = try await Programme.afterMainJob()
        let workspace = programme.workspace
        let latest = try await workspace.store.read { try $0.latestAllocations() }
        let decision = try #require(latest[Programme.forum]?.decisions.first { $0.seats > 0 })
        let firm = decision.enterpriseID
        let taken = try await PortalFollowUp.activities(of: firm, workspace: workspace)
        #expect(taken.contains { $0.activity.id == Programme.forum })
        let after = try #require(ZonedInstant.parseInstant("2027-05-20T10:00:00Z"))
        let entry = try await PortalFollowUp.record(
            firm, activity: Programme.forum.rawValue, meeting: nil, outcome: "contract", check: "follow_up",
            date: "2027-05-19", rating: 5, note: "Signed.", by: "delegate@firm.example", workspace: workspace,
            now: after)
        #expect(entry.enterpriseID == firm)
        #expect(entry.check == .followUp)
        let stored = try await workspace.store.read { try $0.outcomes() }
        #expect(stored.contains { $0.enterpriseID == firm && $0.activityID == Programme.forum && $0.rating == 5 })
        // A firm without a seat on the forum cannot record an outcome of it.
        let registry = try await programme.registry()
        let seated = Set(latest[Programme.forum]?.decisions.filter { $0.seats > 0 }.map(\.enterpriseID) ?? [])
        let outsider = try #require(registry.enterprises.first { !seated.contains($0.id) }?.id)
        let outsiderTook = try await PortalFollowUp.activities(of: outsider, workspace: workspace)
        if !outsiderTook.contains(where: { $0.activity.id == Programme.forum }) {
            await #expect(throws: TwinLinkError.self) {
                try await PortalFollowUp.record(
                    outsider, activity: Programme.forum.rawValue, meeting: nil, outcome: "lead", check: "initial",
                    date: "2027-05-19", rating: nil, note: nil, by: "x", workspace: workspace, now: after)
            }
        }
    }
}
