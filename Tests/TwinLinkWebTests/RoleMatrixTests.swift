import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TwinLinkWeb

/// Every route of the desk, for anonymous visitors and each role: who gets the page, who is sent
/// to sign in, who gets 403. The expectations are written here by hand, not read from the router.
@Suite("Role × route matrix")
struct RoleMatrixTests {
    enum Expect { case open, desk, deskWrite, sme, partner, distributor }

    /// Every route with who may use it, as the security design says.
    static let expected: [(String, String, Expect)] =
        [
            ("GET", "/healthz", .open), ("GET", "/static/site.css", .open), ("GET", "/language/:code", .open),
            ("GET", "/login", .open), ("POST", "/login", .open), ("POST", "/login/link", .open),
            ("GET", "/login/link", .open),
            ("POST", "/login/link/use", .open), ("POST", "/logout", .open),
            ("GET", "/", .desk),
            ("GET", "/registry", .desk), ("GET", "/registry/import", .desk), ("POST", "/registry/import", .deskWrite),
            ("GET", "/registry/:kind", .desk), ("GET", "/registry/:kind/:id", .desk),
            ("GET", "/registry/:kind/:id/edit", .deskWrite), ("POST", "/registry/:kind/:id/edit", .deskWrite),
            ("GET", "/registry-files/:name", .desk), ("POST", "/registry-files/:name", .deskWrite),
            ("GET", "/plan", .desk), ("POST", "/plan", .deskWrite),
            ("GET", "/allocation", .desk), ("GET", "/allocation/:activity", .desk),
            ("POST", "/allocation/:activity/run", .deskWrite),
            ("POST", "/allocation/:activity/withdraw", .deskWrite),
            ("POST", "/allocation/:activity/override", .deskWrite),
            ("GET", "/allocation/:activity/audit", .desk), ("GET", "/applications/:id/explain", .desk),
            ("GET", "/meetings", .desk), ("GET", "/meetings/:activity", .desk),
            ("POST", "/meetings/:activity/schedule", .deskWrite),
            ("POST", "/meetings/:activity/lock", .deskWrite), ("POST", "/meetings/:activity/unlock", .deskWrite),
            ("POST", "/meetings/:activity/move", .deskWrite), ("GET", "/meetings/:activity/agenda/:participant", .desk),
            ("GET", "/invites", .desk), ("POST", "/invites/issue", .deskWrite), ("POST", "/invites/send", .deskWrite),
            ("POST", "/invites/resend", .deskWrite),
            ("GET", "/invites/:activity/:person/ics", .desk),
            ("GET", "/documents", .desk), ("GET", "/documents/:kind/:id/:format", .desk),
            ("GET", "/attendance", .desk), ("GET", "/attendance/:activity", .desk),
            ("POST", "/attendance/:activity/check-in", .deskWrite),
            ("GET", "/attendance/:activity/outcomes", .desk), ("POST", "/attendance/:activity/outcomes", .deskWrite),
            ("GET", "/attendance/:activity/costs", .desk), ("POST", "/attendance/:activity/costs", .deskWrite),
            ("GET", "/report", .desk), ("GET", "/report/files/:name", .desk),
            ("GET", "/accounts", .desk), ("POST", "/accounts", .deskWrite), ("POST", "/accounts/:id", .deskWrite),
        ] + portalRows

    /// A real URL for a route pattern on the fixtures.
    static func url(_ pattern: String) -> String {
        if let portal = portalURL(pattern) { return portal }
        var path = pattern
        let activity =
            pattern.hasPrefix("/meetings") ? "b2b-ev-2027-05-nuremberg-forum" : "visit-ev-2027-05-nuremberg-forum"
        let id =
            pattern.hasPrefix("/applications") ? "app-0118" : pattern.hasPrefix("/accounts") ? "2" : "sme-codewawel"
        for (key, value) in [
            (":code", "pl"), (":kind", pattern.hasPrefix("/documents") ? "digest" : "smes"), (":id", id),
            (":activity", activity),
            (":person", "p-0001"), (":participant", "sme-codewawel"), (":format", "html"),
            (":name", pattern.hasPrefix("/registry-files") ? "programme.yaml" : "report.html"),
        ] {
            path = path.replacingOccurrences(of: key, with: value)
        }
        return path
    }

    @Test("the matrix names every route the desk has, and nothing else")
    func everyRouteIsInTheMatrix() async throws {
        let harness = try await DeskHarness.make()
        let registered = Set(harness.desk.routes.map { "\($0.method) \($0.path)" })
        let written = Set(Self.expected.map { "\($0.0) \($0.1)" })
        #expect(
            registered == written,
            "routes without a row: \(registered.subtracting(written)); rows without a route: \(written.subtracting(registered))"
        )
    }

    @Test("anonymous, coordinator, auditor, sme and partner on every route")
    func matrix() async throws {
        let harness = try await DeskHarness.make()
        let roles: [(String, Browser)] =
            [("anonymous", Browser.anonymous)]
            + ["auditor", "sme", "partner", "coordinator"].map { role in
                let session = harness.sessions[role]!
                return (role, Browser(cookie: "\(session.cookie); tl_csrf=x", csrf: session.csrf))
            }
        // Sign-out ends the session: it goes last.
        let routes = Self.expected.filter { $0.1 != "/logout" } + Self.expected.filter { $0.1 == "/logout" }
        let failures = try await harness.test { client in
            var failures: [String] = []
            for (role, browser) in roles {
                for (method, pattern, expect) in routes {
                    let uri = Self.url(pattern)
                    let response =
                        method == "GET" ? try await browser.get(client, uri) : try await browser.post(client, uri)
                    let status = response.status.code
                    let toLogin = status == 303 && response.location.hasPrefix("/login")
                    let outcome: String
                    if status == 403 {
                        outcome = "forbidden"
                    } else if toLogin && pattern != "/logout" {  // signing out ends on the sign-in page
                        outcome = "login"
                    } else {
                        outcome = "allowed"
                    }
                    let wanted: String =
                        switch (expect, role) {
                        case (.open, _): "allowed"
                        case (_, "anonymous"): "login"
                        case (.sme, "sme"), (.partner, "partner"): "allowed"
                        case (.sme, _), (.partner, _), (.distributor, _): "forbidden"
                        case (_, "coordinator"): "allowed"
                        case (.desk, "auditor"): "allowed"
                        default: "forbidden"
                        }
                    if outcome != wanted {
                        failures.append("\(role) \(method) \(uri): \(status) (\(outcome)), expected \(wanted)")
                    }
                    if outcome == "allowed", expect != .open, status >= 500 {
                        failures.append(
                            "\(role) \(method) \(uri): server error \(status): \(response.text.prefix(300))")
                    }
                }
            }
            return failures
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
