import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore
import TwinLinkTestSupport
import TwinLinkWeb

/// The desk and the portals in each of the project's seven languages.
@Suite("Web languages")
struct WebLanguagesTests {
    static let deskPages = [
        "/", "/plan", "/registry", "/registry/smes", "/allocation", "/invites", "/meetings", "/documents",
        "/attendance", "/report", "/accounts", "/join-requests",
    ]
    static let smePages = [
        "/portal", "/portal/profile", "/portal/opportunities", "/portal/applications", "/portal/calendar",
        "/portal/meetings", "/portal/outcomes",
    ]

    @Test("every page of the desk and the portals in every language: its lang, and no English text of the catalogues")
    func everyPageInEveryLanguage() async throws {
        let harness = try await DeskHarness.make()
        let english = WebCatalogueHooks.texts("en")
        for language in WebCatalogueHooks.languages where language != "en" {
            let own = WebCatalogueHooks.texts(language)
            // English phrases of three words or more that this language says otherwise.
            let phrases = Set(
                english.compactMap { key, text -> [String]? in
                    guard own[key] != text else { return nil }
                    return Self.fragments(text)
                }.joined())
            #expect(phrases.count > 150, "\(language): only \(phrases.count) phrases to look for")
            let pages: [(String, String)] =
                Self.deskPages.map { ("coordinator", $0) } + Self.smePages.map { ("sme", $0) } + [
                    ("partner", "/partner")
                ]
            for (role, path) in pages {
                let session = harness.sessions[role]!
                let page = try await harness.test { client in
                    try await Browser(cookie: "\(session.cookie); lang=\(language)").get(client, path)
                }
                #expect(page.status == .ok, "\(language) \(path)")
                let text = Self.unescaped(page.text)
                #expect(text.contains("<html lang=\"\(language)\">"), "\(language) \(path)")
                let left = phrases.filter { text.contains($0) }.sorted()
                #expect(left.isEmpty, "\(language) \(path): English left: \(left)")
            }
        }
    }

    @Test(
        "Brno's desk: the switch offers Czech, Slovak, Hungarian and English; the browser's language chooses; a partner city reads its own"
    )
    func brno() async throws {
        var harness = try await DeskHarness.make(fixtures: false)
        _ = try await ImportRegistry.run(
            directory: RepositoryPaths.fixturesBrno, into: harness.workspace.store,
            now: Date(timeIntervalSince1970: 1_796_000_000))
        let store = AccountStore(harness.workspace.store)
        let partner = try await store.addAccount(
            email: "bratislava@example.org", role: .partner, organisationID: "bratislava", passwordHash: nil,
            actor: "test", at: Date())
        let id = UUID().uuidString + UUID().uuidString
        try await store.createSession(
            idHash: sha256Hex(id), accountID: partner.id, csrfToken: "t", at: Date(),
            expiresAt: Date().addingTimeInterval(3600))
        harness.sessions["bratislava"] = ("tl_session=\(id)", "t")
        let coordinator = harness.sessions["coordinator"]!.cookie
        let bratislava = harness.sessions["bratislava"]!.cookie
        try await harness.test { client in
            // No cookie, no Accept-Language: English, with the programme's languages on offer.
            let plain = try await Browser(cookie: coordinator).get(client, "/plan")
            #expect(plain.text.contains("<html lang=\"en\">"))
            for (code, name) in [("cs", "Čeština"), ("sk", "Slovenčina"), ("hu", "Magyar")] {
                #expect(plain.text.contains("href=\"/language/\(code)?back=/plan\" lang=\"\(code)\">\(name)</a>"))
            }
            #expect(!plain.text.contains("lang=\"pl\">Polski"))
            #expect(!plain.text.contains("lang=\"de\">Deutsch"))
            // The browser asks for Czech first.
            let czech = try await client.execute(
                uri: "/plan", method: .get,
                headers: [.cookie: coordinator, .acceptLanguage: "cs-CZ,cs;q=0.9,en;q=0.5"])
            #expect(czech.text.contains("<html lang=\"cs\">"))
            #expect(czech.text.contains(">Naplánovat znovu<"))
            // Polish is not offered by Brno's programme: the next of the browser's languages.
            let polish = try await client.execute(
                uri: "/plan", method: .get, headers: [.cookie: coordinator, .acceptLanguage: "pl,hu;q=0.8"])
            #expect(polish.text.contains("<html lang=\"hu\">"))
            // Bratislava's account reads the portal in Slovak, its city's first language, and its
            // material is listed in Slovak and English, Slovak first.
            let portal = try await Browser(cookie: bratislava).get(client, "/partner")
            #expect(portal.status == .ok)
            #expect(portal.text.contains("<html lang=\"sk\">"))
            #expect(portal.text.contains("Informačné materiály o našich miestnych firmách"))
            let slovak = try #require(portal.text.range(of: "Slovenčina (info-material-bratislava.html)"))
            let english = try #require(portal.text.range(of: "English (info-material-bratislava-en.html)"))
            #expect(slovak.lowerBound < english.lowerBound)
            let material = try await Browser(cookie: bratislava).get(
                client, "/partner/material/info-material-bratislava.html")
            #expect(material.text.contains("<html lang=\"sk\""))
        }
    }

    @Test("the allocation's sentences, score lines and labels in the viewer's language on the desk and the portal")
    func explanations() async throws {
        let harness = try await DeskHarness.make()
        let registry = try await harness.workspace.registry()
        _ = try await AllocateSeats.run(
            activity: Identifier(trusted: "visit-ev-2027-05-nuremberg-forum"), workspace: harness.workspace,
            now: Format.referenceInstant(registry.programme), actor: "test")
        let coordinator = harness.sessions["coordinator"]!.cookie
        try await harness.test { client in
            let english = try await Browser(cookie: coordinator).get(client, "/applications/app-0116/explain")
            #expect(english.text.contains("Decision of version 1"), "\(english.text)")
            #expect(english.text.contains("Priority score: "))
            for (language, expected, left) in [
                (
                    "pl", ["Decyzja w wersji 1", "Punkty priorytetu: ", "Historia:"],
                    ["Decision of version", "Priority score"]
                ),
                (
                    "cs", ["Rozhodnutí verze 1", "Body priority: ", "Historie:"],
                    ["Decision of version", "Priority score"]
                ),
                (
                    "uk", ["Рішення версії 1", "Бали пріоритету: ", "Історія:"],
                    ["Decision of version", "Priority score"]
                ),
            ] {
                let page = try await Browser(cookie: "\(coordinator); lang=\(language)").get(
                    client, "/applications/app-0116/explain")
                #expect(page.status == .ok)
                for text in expected { #expect(page.text.contains(text), "\(language): \(text)") }
                for text in left + ["Waitlisted", "Accepted with", "applied", "full weeks", "newcomer"] {
                    #expect(!page.text.contains(text), "\(language): English left: \(text)")
                }
                let decisions = try await Browser(cookie: "\(coordinator); lang=\(language)").get(
                    client, "/allocation/visit-ev-2027-05-nuremberg-forum")
                for text in ["Accepted with", "Waitlisted, rank", "Not eligible", "Self-paid cost"] {
                    #expect(!decisions.text.contains(text), "\(language): English left in the decisions: \(text)")
                }
            }
            let polish = try await Browser(cookie: "\(coordinator); lang=pl").get(
                client, "/allocation/visit-ev-2027-05-nuremberg-forum")
            #expect(polish.text.contains("Przyjęto: "))
            #expect(polish.text.contains("Lista rezerwowa, pozycja 1"))
        }
    }

    @Test("the Accept-Language header: quality, then order; only offered languages")
    func acceptLanguage() {
        let all = WebTestHooks.languages
        #expect(WebTestHooks.preferred("de-DE,de;q=0.9,en;q=0.8", among: all) == "de")
        #expect(WebTestHooks.preferred("en;q=0.4,uk;q=0.9", among: all) == "uk")
        #expect(WebTestHooks.preferred("fr,ja", among: all) == nil)
        #expect(WebTestHooks.preferred("cs;q=0,sk", among: all) == "sk")
        #expect(WebTestHooks.preferred("pl", among: ["cs", "en"]) == nil)
        #expect(WebTestHooks.preferred(nil, among: all) == nil)
    }

    /// The runs of a text between its placeholders that hold three words or more.
    static func fragments(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var inside = false
        for character in text {
            if character == "{" {
                inside = true
                parts.append(current)
                current = ""
            } else if character == "}" {
                inside = false
            } else if !inside {
                current.append(character)
            }
        }
        parts.append(current)
        return parts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)) }
            .filter { $0.split(separator: " ").count >= 3 }
    }

    static func unescaped(_ html: String) -> String {
        html.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
