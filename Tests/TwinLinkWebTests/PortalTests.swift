import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore
import TwinLinkTestSupport
import TwinLinkWeb

/// The SME portal on the fixtures, in process on a real SQLite file: join, profile and consents,
/// opportunities, applications with decisions and withdrawal, and a firm never reaching another
/// firm's records by changing ids.
@Suite("SME portal")
struct PortalTests {
    static let visit = "visit-ev-2027-05-nuremberg-forum"

    static func sme(_ harness: DeskHarness) -> Browser {
        let session = harness.sessions["sme"]!
        return Browser(cookie: session.cookie, csrf: session.csrf)
    }

    static func coordinator(_ harness: DeskHarness) -> Browser {
        let session = harness.sessions["coordinator"]!
        return Browser(cookie: session.cookie, csrf: session.csrf)
    }

    static func firm(_ harness: DeskHarness, _ id: String) async throws -> LocalEnterprise? {
        try await harness.workspace.registry().enterprises.first { $0.id.rawValue == id }
    }

    static let newFirm: [(String, String)] = [
        ("email", "anna@zielona.example"), ("full_name", "Anna Zielińska"), ("legal_name", "Zielona Łąka sp. z o.o."),
        ("registration_number", "0000999111"), ("address", "ul. Długa 5"), ("postcode", "31-147"),
        ("staff_headcount", "12"), ("annual_turnover", "1800000"), ("balance_sheet_total", "900000"),
        ("nace_codes", "10.71; 47.24"), ("offer", "Organic sourdough bread for hotels and cafés."),
        ("languages", "pl; en"), ("website", "https://zielona.example"),
    ]

    @Test("a person in the registry is bound to the firm at once and gets a sign-in link")
    func knownPersonJoins() async throws {
        let harness = try await DeskHarness.make()
        let outbox = URL(fileURLWithPath: harness.options.mailOutbox!)
        try await harness.test { client in
            let form = try await Browser.anonymous.get(client, "/join")
            #expect(form.status == .ok)
            #expect(form.text.contains("action=\"/join\""))
            let asked = try await Browser.anonymous.post(
                client, "/join", [("email", "kacper.nowak@codewawel.example")])
            #expect(asked.status == .ok)
            let token = try #require(try SignInTests.linkToken(in: outbox))
            // The link signs the person in, and a firm's account lands on its portal.
            let used = try await Browser.anonymous.post(client, "/login/link/use", [("token", token)])
            #expect(used.status == .seeOther)
            #expect(used.location == "/portal")
        }
        let account = try await AccountStore(harness.workspace.store).account(email: "kacper.nowak@codewawel.example")
        #expect(account?.role == .sme)
        #expect(account?.organisationID == "sme-codewawel")
    }

    @Test("a new firm's request: bad fields refused next to the field; then approved on the desk with its checks")
    func newFirmJoins() async throws {
        let harness = try await DeskHarness.make()
        let outbox = URL(fileURLWithPath: harness.options.mailOutbox!)
        try await harness.test { client in
            var bad = Self.newFirm
            bad[9] = ("nace_codes", "10.71; bakery")
            let refused = try await Browser.anonymous.post(client, "/join", bad)
            #expect(refused.status == .unprocessableContent)
            #expect(
                refused.text.contains("&#39;bakery&#39; is not a NACE Rev. 2 code") || refused.text.contains("bakery"))
            #expect(refused.text.contains("aria-invalid=\"true\""))
            #expect(try await harness.workspace.store.read({ try $0.joinRequests() }).isEmpty)

            let asked = try await Browser.anonymous.post(client, "/join", Self.newFirm)
            #expect(asked.status == .ok)
            let pending = try await harness.workspace.store.read({ try $0.joinRequests(state: .pending) })
            #expect(pending.count == 1)
            #expect(!FileManager.default.fileExists(atPath: outbox.path))  // no mail: nothing to sign in to yet

            // The auditor sees the request and its checks but no buttons; the coordinator approves.
            let auditor = harness.sessions["auditor"]!
            let seen = try await Browser(cookie: auditor.cookie).get(client, "/join-requests")
            #expect(seen.status == .ok)
            #expect(seen.text.contains("Zielona Łąka sp. z o.o."))
            #expect(seen.text.contains("micro"))
            #expect(!seen.text.contains("action=\"/join-requests/"))
            let id = pending[0].id
            let approved = try await Self.coordinator(harness).post(
                client, "/join-requests/\(id)", [("action", "approve")])
            #expect(approved.status == .ok)
            #expect(try SignInTests.linkToken(in: outbox) != nil)
            let again = try await Self.coordinator(harness).post(
                client, "/join-requests/\(id)", [("action", "approve")])
            #expect(again.status == .notFound)
        }
        let firm = try #require(try await Self.firm(harness, "sme-zielona-laka-sp-z-o-o"))
        #expect(firm.staffHeadcount == 12)
        #expect(firm.sectors.map(\.rawValue) == ["10.71", "47.24"])
        let account = try await AccountStore(harness.workspace.store).account(email: "anna@zielona.example")
        #expect(account?.organisationID == "sme-zielona-laka-sp-z-o-o")
        let contact = try await harness.workspace.registry().people.first { $0.id == firm.contactPersonID }
        #expect(contact?.email.rawValue == "anna@zielona.example")
    }

    @Test("a rejected request makes no firm and no account; the firm is told why")
    func newFirmRejected() async throws {
        let harness = try await DeskHarness.make()
        let outbox = URL(fileURLWithPath: harness.options.mailOutbox!)
        try await harness.test { client in
            #expect(try await Browser.anonymous.post(client, "/join", Self.newFirm).status == .ok)
            let id = try #require(try await harness.workspace.store.read({ try $0.joinRequests() }).first?.id)
            let noReason = try await Self.coordinator(harness).post(
                client, "/join-requests/\(id)", [("action", "reject"), ("note", " ")])
            #expect(noReason.status == .unprocessableContent)
            let rejected = try await Self.coordinator(harness).post(
                client, "/join-requests/\(id)", [("action", "reject"), ("note", "Registered outside the city.")])
            #expect(rejected.status == .ok)
        }
        let mails = try FileManager.default.contentsOfDirectory(atPath: outbox.path).filter { $0.hasSuffix(".eml") }
        #expect(mails.count == 1)
        let mail = try String(contentsOf: outbox.appendingPathComponent(mails[0]), encoding: .utf8)
        #expect(mail.contains("Registered outside the city."))
        #expect(try await AccountStore(harness.workspace.store).account(email: "anna@zielona.example") == nil)
        #expect(try await Self.firm(harness, "sme-zielona-laka-sp-z-o-o") == nil)
        let request = try await harness.workspace.store.read({ try $0.joinRequests() }).first
        #expect(request?.state == .rejected)
        #expect(request?.decisionNote == "Registered outside the city.")
    }

    @Test("profile: a change is saved, marked for the next material and audited; a bad figure saves nothing")
    func profileChange() async throws {
        let harness = try await DeskHarness.make()
        let sme = Self.sme(harness)
        let before = try #require(try await Self.firm(harness, "sme-codewawel"))
        // The information material is issued (written out) with the firm in it: a change after it is news.
        _ = try await WriteDocuments.informationMaterial(
            workspace: harness.workspace, output: OutputFolder(harness.folder.appendingPathComponent("material").path),
            now: Date())
        try await harness.test { client in
            let page = try await sme.get(client, "/portal/profile")
            #expect(page.status == .ok)
            #expect(page.text.contains("small"))  // 49 staff, turnover EUR 10 million: small
            var fields = [
                ("offer", "Swift and Kotlin teams for manufacturers."),
                ("cooperation_needs", before.cooperationNeeds ?? ""),
                ("apprenticeships", before.apprenticeships ?? ""), ("nace_codes", "62.01; 62.02"),
                ("languages", "pl; en; de"), ("website", before.website ?? ""), ("staff_headcount", "49"),
                ("annual_turnover", "10000000"), ("balance_sheet_total", "11500000"),
            ]
            let saved = try await sme.post(client, "/portal/profile", fields)
            #expect(saved.status == .ok)
            #expect(saved.text.contains("class=\"notice\"") || saved.text.contains("Saved"))
            fields[7] = ("annual_turnover", "10 000 000")
            fields[0] = ("offer", "Something else")
            let refused = try await sme.post(client, "/portal/profile", fields)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("aria-invalid=\"true\""))
        }
        let after = try #require(try await Self.firm(harness, "sme-codewawel"))
        #expect(after.offer == "Swift and Kotlin teams for manufacturers.")
        #expect(after.annualTurnover == before.annualTurnover)
        let changes = try await harness.workspace.store.read({ try $0.profileChanges(of: "sme-codewawel") })
        #expect(changes.count == 1)
        #expect(changes.first?.fields == ["offer"])
        #expect(changes.first?.forNextMaterial == true)
        let audit = try await harness.workspace.store.read({ try $0.auditTrail(subject: "sme:sme-codewawel") })
        #expect(audit.contains { $0.action == "portal-profile" && $0.actor == "sme@example.org" })
    }

    @Test("consents are dated and withdrawable; without consent the opportunities say why and what would change it")
    func consentsAndOpportunities() async throws {
        let harness = try await DeskHarness.make()
        let sme = Self.sme(harness)
        try await harness.test { client in
            let open = try await sme.get(client, "/portal/opportunities")
            #expect(open.status == .ok)
            #expect(open.text.contains("id=\"digest\""))
            let given = try await sme.post(client, "/portal/consents", [("kind", "contacts"), ("given", "yes")])
            #expect(given.status == .ok)
            #expect(given.text.contains("given on 2026-12-01"))
            let withdrawn = try await sme.post(client, "/portal/consents", [("kind", "material"), ("given", "no")])
            #expect(withdrawn.status == .ok)
            #expect(withdrawn.text.contains("withdrawn on 2026-12-01"))
            let closed = try await sme.get(client, "/portal/opportunities")
            #expect(closed.status == .ok)
            #expect(!closed.text.contains("id=\"digest\""))
            #expect(closed.text.contains("Give the consent on the Profile page."))
            let download = try await sme.get(client, "/portal/opportunities/digest")
            #expect(download.status == .forbidden)
        }
        let consents = try await harness.workspace.store.read({ try $0.consents(of: "sme-codewawel") })
        #expect(consents.map(\.kind) == [.contacts, .material])
        #expect(consents.map(\.given) == [true, false])
        #expect(try await Self.firm(harness, "sme-codewawel")?.profileConsent == false)
    }

    @Test("apply with delegates and the cost acknowledgement; see the decision; withdraw re-runs the allocation")
    func applyDecideWithdraw() async throws {
        let harness = try await DeskHarness.make()
        let sme = Self.sme(harness)
        let event = try await harness.test { client in
            let list = try await sme.get(client, "/portal/applications")
            #expect(list.text.contains("app-0117"))
            // One application per firm and event: Nuremberg, applied to in the fixtures, is not open.
            #expect(!list.text.contains("id=\"apply-ev-2027-05-nuremberg-forum\""))
            #expect(list.text.contains("per delegate"))
            let range = try #require(list.text.range(of: #"id="apply-ev-[a-z0-9-]+""#, options: .regularExpression))
            return String(list.text[range].dropFirst("id=\"apply-".count).dropLast())
        }
        let visit = "visit-\(event)"
        try await harness.test { client in
            let noCost = try await sme.post(
                client, "/portal/applications",
                [("event", event), ("delegate", "person-codewawel-1"), ("cost_acknowledged", "no")])
            #expect(noCost.status == .unprocessableContent)
            #expect(noCost.text.contains("class=\"error\""))
            let stranger = try await sme.post(
                client, "/portal/applications",
                [
                    ("event", event), ("delegate", "person-codewawel-1"), ("delegate", "p-0001"),
                    ("cost_acknowledged", "yes"),
                ])
            #expect(stranger.status == .unprocessableContent)
            #expect(
                try await harness.workspace.registry().applications.count { $0.id.rawValue.hasPrefix("app-web") } == 0)
            let applied = try await sme.post(
                client, "/portal/applications",
                [
                    ("event", event), ("delegate", "person-codewawel-1"), ("delegate", "person-codewawel-2"),
                    ("cost_acknowledged", "yes"), ("motivation", "Meet buyers."),
                ])
            #expect(applied.status == .ok)
            #expect(applied.text.contains("app-web-0001"))
            let twice = try await sme.post(
                client, "/portal/applications",
                [("event", event), ("delegate", "person-codewawel-1"), ("cost_acknowledged", "yes")])
            #expect(twice.status == .unprocessableContent)

            let run = try await Self.coordinator(harness).post(client, "/allocation/\(visit)/run")
            #expect(run.status == .ok)
            let decision = try await sme.get(client, "/portal/applications/app-web-0001")
            #expect(decision.status == .ok)
            let outcome = try await AllocationDecisions.latest(
                activity: Identifier(trusted: visit), workspace: harness.workspace)
            let mine = try #require(outcome.version.decisions.first { $0.applicationID.rawValue == "app-web-0001" })
            #expect(decision.text.contains(PortalTests.htmlEscaped(mine.explanation)))
            if case .waitlisted(let rank) = mine.outcome { #expect(decision.text.contains("place \(rank)")) }

            let gone = try await sme.post(client, "/portal/applications/app-web-0001/withdraw")
            #expect(gone.status == .ok)
            #expect(gone.text.contains("withdrawn on"))
            #expect(!gone.text.contains("id=\"withdraw-form\""))
            let rerun = try await AllocationDecisions.latest(
                activity: Identifier(trusted: visit), workspace: harness.workspace)
            #expect(rerun.version.run.version == outcome.version.run.version + 1)
            #expect(rerun.version.decisions.first { $0.applicationID.rawValue == "app-web-0001" }?.seats == 0)
        }
        let application = try #require(
            try await harness.workspace.registry().applications.first { $0.id.rawValue == "app-web-0001" })
        #expect(application.delegateIDs.map(\.rawValue) == ["person-codewawel-1", "person-codewawel-2"])
        #expect(application.costAcknowledged)
        #expect(application.motivation == "Meet buyers.")
    }

    @Test("withdrawing on the portal gives the seat to the next in line at once, as on the desk")
    func withdrawPromotes() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["coordinator"]!
        try await harness.test { client in
            let coordinator = Browser(cookie: session.cookie, csrf: session.csrf)
            #expect(try await coordinator.post(client, "/allocation/\(Self.visit)/run").status == .ok)
            let before = try await AllocationDecisions.latest(
                activity: Identifier(trusted: Self.visit), workspace: harness.workspace)
            let own = try #require(before.version.decisions.first { $0.applicationID.rawValue == "app-0117" })
            let page = try await Self.sme(harness).get(client, "/portal/applications/app-0117")
            #expect(page.text.contains(PortalTests.htmlEscaped(own.explanation)))
            let withdrawn = try await Self.sme(harness).post(client, "/portal/applications/app-0117/withdraw")
            #expect(withdrawn.status == .ok)
            let after = try await AllocationDecisions.latest(
                activity: Identifier(trusted: Self.visit), workspace: harness.workspace)
            #expect(after.version.decisions.first { $0.applicationID.rawValue == "app-0117" }?.seats == 0)
            if own.seats > 0 {
                // Someone waitlisted before now holds seats.
                let promoted = after.version.decisions.filter { decision in
                    decision.seats > 0
                        && before.version.decisions.first { $0.applicationID == decision.applicationID }?.seats == 0
                }
                #expect(!promoted.isEmpty)
            }
        }
        let withdrawals = try await harness.workspace.store.read({ try $0.recordedWithdrawals() })
        #expect(withdrawals[Identifier(trusted: "app-0117")]?.recordedBy == "sme@example.org")
    }

    @Test("a firm never reaches another firm's application: view and withdraw answer 404 and change nothing")
    func noOtherFirmsRecords() async throws {
        let harness = try await DeskHarness.make()
        let sme = Self.sme(harness)
        try await harness.test { client in
            // app-0118 belongs to another firm.
            let other = try await harness.workspace.registry().applications.first { $0.id.rawValue == "app-0118" }
            #expect(other?.enterpriseID.rawValue != "sme-codewawel")
            #expect(try await sme.get(client, "/portal/applications/app-0118").status == .notFound)
            #expect(try await sme.post(client, "/portal/applications/app-0118/withdraw").status == .notFound)
            let list = try await sme.get(client, "/portal/applications")
            #expect(!list.text.contains("app-0118"))
            // A partner account or a desk account cannot use the SME portal at all.
            let partner = harness.sessions["partner"]!
            #expect(try await Browser(cookie: partner.cookie).get(client, "/portal/profile").status == .forbidden)
            #expect(try await Self.coordinator(harness).get(client, "/portal/profile").status == .forbidden)
            #expect(try await Browser.anonymous.get(client, "/portal").location.hasPrefix("/login"))
        }
        #expect(try await harness.workspace.store.read({ try $0.recordedWithdrawals() }).isEmpty)
    }

    static func htmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
