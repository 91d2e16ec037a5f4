import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TwinLinkApp
import TwinLinkDomain
import TwinLinkTestSupport
import TwinLinkWeb

@Suite("Registry edit on the desk")
struct RegistryEditTests {
    /// The fields of the edit form as the page fills them (what the browser sends).
    static func fields(_ html: String) -> [(String, String)] { FormScraper.fields(html, form: "edit") }

    @Test(
        "a bad e-mail gets the import's FILE:LINE message next to the field and nothing changes; a good edit is saved, with its history"
    )
    func edit() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["coordinator"]!
        let coordinator = Browser(cookie: session.cookie, csrf: session.csrf)
        let people = URL(fileURLWithPath: RepositoryPaths.fixtures).appendingPathComponent("people.csv")
        let fixture = try Data(contentsOf: people)
        let before = try await harness.workspace.registry()
        let id = "staff-liaison"
        try await harness.test { client in
            let form = try await coordinator.get(client, "/registry/people/\(id)/edit")
            #expect(form.status == .ok)
            var fields = Self.fields(form.text)
            #expect(fields.contains { $0 == ("email", "piotr.zmuda@twinlink.example") }, "\(fields)")
            #expect(fields.count >= 6)

            let email = try #require(fields.firstIndex { $0.0 == "email" })
            fields[email].1 = "piotr@@twinlink.example"
            let refused = try await coordinator.post(client, "/registry/people/\(id)/edit", fields)
            #expect(refused.status == .unprocessableContent)
            #expect(
                refused.text.contains(
                    "-email-error\">people.csv:3: field &#39;email&#39; value &#39;piotr@@twinlink.example&#39;"),
                "\(refused.text.prefix(5000))")
            #expect(!refused.text.contains("/tmp/"))
            #expect(try await harness.workspace.registry() == before)

            fields[email].1 = "piotr.zmuda@twinlink.example"
            let name = try #require(fields.firstIndex { $0.0 == "full_name" })
            fields[name].1 = "Piotr <b>Żmuda</b>"
            let saved = try await coordinator.post(client, "/registry/people/\(id)/edit", fields)
            #expect(saved.status == .seeOther)
            #expect(saved.location == "/registry/people/\(id)?saved=1")
            let after = try await harness.workspace.registry()
            #expect(after.people.first { $0.id.rawValue == id }?.fullName == "Piotr <b>Żmuda</b>")
            #expect(after.people.count == before.people.count)
            let record = try await coordinator.get(client, saved.location)
            #expect(record.text.contains("Piotr &lt;b&gt;Żmuda&lt;/b&gt;"))
            #expect(!record.text.contains("<b>Żmuda</b>"))
            #expect(record.text.contains("full_name &#39;Piotr Żmuda&#39; → &#39;Piotr &lt;b&gt;Żmuda&lt;/b&gt;&#39;"))

            // The next edit starts from the edited files (the desk keeps them), not the originals.
            let again = Self.fields(try await coordinator.get(client, "/registry/people/\(id)/edit").text)
            #expect(again.contains { $0 == ("full_name", "Piotr <b>Żmuda</b>") })
            var phone = again
            let index = try #require(phone.firstIndex { $0.0 == "phone" })
            phone[index].1 = "+48 12 000 00 00"
            #expect(try await coordinator.post(client, "/registry/people/\(id)/edit", phone).status == .seeOther)
            let last = try await harness.workspace.registry().people.first { $0.id.rawValue == id }
            #expect(last?.fullName == "Piotr <b>Żmuda</b>")
            #expect(last?.phone == "+48 12 000 00 00")

            let auditor = harness.sessions["auditor"]!
            #expect(
                try await Browser(cookie: auditor.cookie).get(client, "/registry/people/\(id)/edit").status
                    == .forbidden)
        }
        #expect(try Data(contentsOf: people) == fixture)
    }
}
