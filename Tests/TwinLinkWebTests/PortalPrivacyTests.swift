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

/// The privacy rules of the portals that review found gaps in: erasure reaches every copy of the
/// person's address and name and survives a re-import; `/join` does not tell known addresses from
/// unknown ones; a person is found by e-mail only within the account's own organisation.
@Suite("Portal privacy")
struct PortalPrivacyTests {
    /// A signed-in browser of a new `sme` account.
    static func signIn(
        _ harness: DeskHarness, email: String, firm: String
    ) async throws -> (Browser, Account) {
        let store = AccountStore(harness.workspace.store)
        let account = try await store.addAccount(
            email: email, role: .sme, organisationID: firm, passwordHash: nil, actor: "test", at: Date())
        let id = UUID().uuidString + UUID().uuidString
        let csrf = UUID().uuidString
        try await store.createSession(
            idHash: sha256Hex(id), accountID: account.id, csrfToken: csrf, at: Date(),
            expiresAt: Date().addingTimeInterval(3600))
        return (Browser(cookie: "tl_session=\(id)", csrf: csrf), account)
    }

    /// Every `table.column` whose text holds `needle` (without regard to case), `except` tables left out.
    static func places(of needle: String, in harness: DeskHarness, except: Set<String> = []) async throws -> [String] {
        let json = try harness.workspace.store.exportJSON(includeSecrets: true)
        let document = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let tables = try #require(document["tables"] as? [String: [[String: Any]]])
        var found: [String] = []
        for (table, rows) in tables where !except.contains(table) {
            for row in rows {
                for (column, value) in row {
                    if let text = value as? String, text.range(of: needle, options: .caseInsensitive) != nil {
                        found.append("\(table).\(column)")
                    }
                }
            }
        }
        return Array(Set(found)).sorted()
    }

    @Test("erasure takes the address and the name from every table and file; the figures stay; a re-import keeps it")
    func erasureReachesEveryCopy() async throws {
        let harness = try await DeskHarness.make()
        let before = try await harness.workspace.registry()
        let person = try #require(before.people.first { $0.email.rawValue == "szymon.chmiel@zablocie-labs.example" })
        let (firm, _) = try await Self.signIn(
            harness, email: "Szymon.Chmiel@zablocie-labs.example", firm: "sme-zablocie-labs")
        let desk = Browser(
            cookie: harness.sessions["coordinator"]!.cookie, csrf: harness.sessions["coordinator"]!.csrf)
        let invites = URL(fileURLWithPath: harness.options.databasePath + ".invites")
        let statuses = try await harness.test { client in
            // The person leaves their address in the consents, the profile changes, the import
            // history, the audit trail (subjects and details) and, through the desk, in invites.
            let fields = [
                ("offer", "IoT firmware and sensor boards."), ("cooperation_needs", ""),
                ("apprenticeships", "Two places a year."), ("nace_codes", "62.01; 26.51"), ("languages", "pl"),
                ("website", ""), ("staff_headcount", "4"), ("annual_turnover", "450000"),
                ("balance_sheet_total", "426000"),
            ]
            return [
                try await firm.post(client, "/portal/consents", [("kind", "contacts"), ("given", "yes")]).status,
                try await firm.post(client, "/portal/profile", fields).status,
                try await firm.post(client, "/portal/feed").status,
                try await desk.post(client, "/allocation/visit-ev-2027-05-nuremberg-forum/run").status,
                try await desk.post(client, "/invites/issue").status,
            ]
        }
        #expect(statuses == [.ok, .ok, .ok, .ok, .ok])
        let lowered = person.email.rawValue
        #expect(!(try await Self.places(of: lowered, in: harness)).isEmpty)
        let personFiles = { () -> [String] in
            let all = FileManager.default.enumerator(atPath: invites.path)?.allObjects as? [String] ?? []
            return all.filter { ($0 as NSString).lastPathComponent.hasPrefix(person.id.rawValue) }
        }
        #expect(!personFiles().isEmpty, "the desk wrote no invite of \(person.id)")
        let allocations = try await harness.workspace.store.read { try $0.latestAllocations() }

        let erasedStatus = try await harness.test { client in
            try await firm.post(client, "/portal/erase", [("confirm", "erase")]).status
        }
        #expect(erasedStatus == .ok)
        #expect(try await Self.places(of: lowered, in: harness) == [])
        #expect(try await Self.places(of: person.fullName, in: harness, except: ["people"]) == [])
        #expect(personFiles() == [])
        let after = try await harness.workspace.registry()
        #expect(after.people.count == before.people.count)
        #expect(after.applications == before.applications)
        #expect(try await harness.workspace.store.read { try $0.latestAllocations() } == allocations)
        let erased = try #require(after.people.first { $0.id == person.id })
        #expect(erased.fullName == "Erased person (\(person.id))" && erased.phone == nil && erased.jobTitle == nil)

        // The registry files still list the person: the import keeps them erased.
        _ = try await ImportRegistry.run(
            directory: RepositoryPaths.fixtures, into: harness.workspace.store, now: Date())
        let reimported = try await harness.workspace.registry()
        #expect(reimported.people.first { $0.id == person.id } == erased)
        #expect(try await Self.places(of: lowered, in: harness) == [])
    }

    @Test("/join answers a known address exactly as an unknown one, with or without a form, good or bad")
    func joinDoesNotEnumerate() async throws {
        let harness = try await DeskHarness.make()
        let known = "kacper.nowak@codewawel.example"
        let unknown = "someone.else@codewawel.example"
        let bad: [(String, String)] = [
            ("full_name", "Jan Kowal"), ("legal_name", "Kowal sp. z o.o."), ("registration_number", "0000123456"),
            ("address", "ul. Długa 1"), ("postcode", "31-147"), ("staff_headcount", "many"),
            ("annual_turnover", "100000"), ("balance_sheet_total", "100000"), ("nace_codes", "62.01"),
            ("offer", "Software."), ("languages", "pl"),
        ]
        try await harness.test { client in
            for fields in [[], bad] {
                let a = try await Browser.anonymous.post(client, "/join", [("email", known)] + fields)
                let b = try await Browser.anonymous.post(client, "/join", [("email", unknown)] + fields)
                #expect(a.status == b.status)
                #expect(
                    a.text.replacingOccurrences(of: known, with: "ADDRESS")
                        == b.text.replacingOccurrences(of: unknown, with: "ADDRESS"))
            }
        }
    }

    @Test("an account's person is found by e-mail only within its own firm")
    func lookupsKeepToTheOrganisation() async throws {
        let harness = try await DeskHarness.make()
        let registry = try await harness.workspace.registry()
        // Another firm's person shares the account's address (a coordinator's slip, or a person
        // who moved): the account of CodeWawel must not reach them.
        let other = try #require(registry.people.first { $0.email.rawValue == "szymon.chmiel@zablocie-labs.example" })
        let (firm, account) = try await Self.signIn(harness, email: other.email.rawValue, firm: "sme-codewawel")
        #expect(PortalPerson.of(account, in: registry) == nil)
        try await harness.test { client in
            let data = try await firm.get(client, "/portal/my-data")
            #expect(data.status == .ok)
            #expect(!data.text.contains(other.id.rawValue))
            #expect(!data.text.contains("Chmiel"))
            let calendar = try await firm.get(client, "/portal/calendar")
            #expect(!calendar.text.contains("Zab"))
            #expect(try await firm.post(client, "/portal/erase", [("confirm", "erase")]).status == .ok)
        }
        let after = try await harness.workspace.registry()
        #expect(after.people.first { $0.id == other.id } == other)
    }
}
