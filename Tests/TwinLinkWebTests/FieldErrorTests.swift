import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore
import TwinLinkWeb

/// Bad input through the desk's forms: the command line's message next to the field (or on the
/// table line) it is about, what was typed kept, and nothing saved.
@Suite("Errors at the field")
struct FieldErrorTests {
    static let door = "intro-ev-2026-11-krakow-business-days"
    static let visit = "visit-ev-2027-05-nuremberg-forum"

    @Test(
        "outcome entry: a rating or date the command line refuses is shown at that field, the note kept, nothing recorded"
    )
    func outcomes() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["coordinator"]!
        let coordinator = Browser(cookie: session.cookie, csrf: session.csrf)
        try await harness.test { client in
            var fields = [
                ("sme", "sme-codewawel"), ("meeting", ""), ("partner", ""), ("outcome", "lead"), ("check", "initial"),
                ("date", "2026-11-20"), ("rating", "abc"), ("note", "Met at the door"),
            ]
            let path = "/attendance/\(Self.door)/outcomes"
            let badRating = try await coordinator.post(client, path, fields)
            #expect(badRating.status == .unprocessableContent)
            #expect(
                FormScraper.error(badRating.text, field: "rating")
                    == "rating 'abc': expected 1 (not useful) to 5 (very useful)")
            #expect(!FormScraper.problems(badRating.text).contains("rating 'abc'"))
            #expect(FormScraper.problems(badRating.text).contains("Nothing was saved"))
            let kept = FormScraper.fields(badRating.text, form: "outcome")
            #expect(kept.contains { $0 == ("note", "Met at the door") })
            #expect(kept.contains { $0 == ("sme", "sme-codewawel") })

            fields[6] = ("rating", "4")
            fields[5] = ("date", "2020-01-01")
            let badDate = try await coordinator.post(client, path, fields)
            #expect(badDate.status == .unprocessableContent)
            let dateError = try #require(FormScraper.error(badDate.text, field: "date"))
            #expect(dateError.hasPrefix("date '2020-01-01': "), "\(dateError)")
            #expect(FormScraper.error(badDate.text, field: "rating") == nil)
            #expect(try await harness.workspace.store.read({ try $0.outcomes() }).isEmpty)

            fields[5] = ("date", "2026-11-20")
            let recorded = try await coordinator.post(client, path, fields)
            #expect(recorded.status == .ok)
            #expect(try await harness.workspace.store.read({ try $0.outcomes() }).count == 1)
        }
    }

    @Test("override: seats out of range and a missing reason at their fields; nothing overridden")
    func override() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["coordinator"]!
        let coordinator = Browser(cookie: session.cookie, csrf: session.csrf)
        try await harness.test { client in
            #expect(try await coordinator.post(client, "/allocation/\(Self.visit)/run").status == .ok)
            let path = "/allocation/\(Self.visit)/override"
            let seats = try await coordinator.post(
                client, path, [("application", "app-0116"), ("action", "accept"), ("seats", "0"), ("reason", "Board")])
            #expect(seats.status == .unprocessableContent)
            #expect(FormScraper.error(seats.text, field: "seats") == "seats 0: expected a whole number from 1 to 20")
            #expect(FormScraper.fields(seats.text, form: "override").contains { $0 == ("reason", "Board") })
            let reason = try await coordinator.post(
                client, path, [("application", "app-0116"), ("action", "accept"), ("seats", "1"), ("reason", " ")])
            #expect(reason.status == .unprocessableContent)
            #expect(
                FormScraper.error(reason.text, field: "reason")?.hasPrefix("reason: say why the rules are overridden")
                    == true)
            #expect(FormScraper.error(reason.text, field: "seats") == nil)
            #expect(
                try await harness.workspace.store.read({ try $0.overrides(of: [Identifier(trusted: "app-0116")]) })
                    .isEmpty)
        }
    }

    @Test("accounts: a bad e-mail and a missing firm at their fields; disabling oneself on one's own line")
    func accounts() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["coordinator"]!
        let coordinator = Browser(cookie: session.cookie, csrf: session.csrf)
        try await harness.test { client in
            let count = try await AccountStore(harness.workspace.store).accounts().count
            let email = try await coordinator.post(
                client, "/accounts", [("email", "not-an-address"), ("role", "auditor"), ("organisation", "")])
            #expect(email.status == .unprocessableContent)
            #expect(FormScraper.error(email.text, field: "email")?.hasPrefix("email:") == true)
            #expect(FormScraper.fields(email.text, form: "add-account").contains { $0 == ("role", "auditor") })
            let firm = try await coordinator.post(
                client, "/accounts", [("email", "new@example.org"), ("role", "sme"), ("organisation", "")])
            #expect(firm.status == .unprocessableContent)
            #expect(
                FormScraper.error(firm.text, field: "organisation")?.contains("needs the id of its local enterprise")
                    == true)
            #expect(try await AccountStore(harness.workspace.store).accounts().count == count)

            let me = try #require(
                try await AccountStore(harness.workspace.store).accounts().first {
                    $0.email == "coordinator@example.org"
                })
            let yourself = try await coordinator.post(client, "/accounts/\(me.id)", [("disabled", "1")])
            #expect(yourself.status == .unprocessableContent)
            // On the account's line: the error follows the line's own button.
            let line = try #require(
                yourself.text.components(separatedBy: ": coordinator@example.org</button>").dropFirst().last)
            #expect(line.hasPrefix("</form><p class=\"error\" role=\"alert\">"))
            #expect(FormScraper.problems(yourself.text).isEmpty)
            #expect(try await AccountStore(harness.workspace.store).account(id: me.id)?.disabled == false)
        }
    }

    @Test("the check-in of someone the list does not show is refused at the top and records nothing")
    func checkIn() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["coordinator"]!
        let coordinator = Browser(cookie: session.cookie, csrf: session.csrf)
        try await harness.test { client in
            let refused = try await coordinator.post(
                client, "/attendance/\(Self.door)/check-in", [("person", "person-nobody")])
            #expect(refused.status.code >= 400 && refused.status.code < 500)
            #expect(FormScraper.problems(refused.text).contains("person-nobody"))
            #expect(try await harness.workspace.store.read({ try $0.attendance() }).isEmpty)
        }
    }
}
