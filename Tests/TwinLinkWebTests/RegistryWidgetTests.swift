import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import TwinLinkApp
import TwinLinkDomain
import TwinLinkImport
import TwinLinkTestSupport

@testable import TwinLinkWeb

@Suite("Record edit with typed widgets")
struct RegistryWidgetTests {
    static let fixtureFiles = [
        "programme.yaml", "regulations.yaml", "smes.csv", "partner_cities.csv", "partner_enterprises.csv",
        "people.csv", "events.csv", "applications.csv", "meeting_requests.csv", "enterprise_links.csv",
    ]

    /// What a browser sends back for an untouched widget.
    static func sent(_ field: Field) -> [String] {
        switch field.kind {
        case .checkbox: field.value == field.checkedValue ? [field.checkedValue] : []
        case .select where field.multiple: field.value.split(separator: ";").map(String.init)
        default: [field.value]
        }
    }

    @Test("every value of every fixture file is shown by its widget and saved back unchanged")
    func roundTrip() async throws {
        let fixtures = URL(fileURLWithPath: RepositoryPaths.fixtures)
        let (registry, _) = try ImportRegistry.read(directory: fixtures.path)
        let widgets = RegistryWidgets(registry: registry)
        var kinds: [Field.Kind: Int] = [:]
        for kind in RegistryKind.allCases {
            let table = CSVTable(parsing: try Data(contentsOf: fixtures.appendingPathComponent(kind.fileName)))
            #expect(!table.rows.isEmpty, "\(kind.fileName)")
            for row in table.rows {
                let values = Dictionary(
                    table.header.map { ($0, table.value($0, in: row)) }, uniquingKeysWith: { first, _ in first })
                for column in table.header where column != "id" {
                    let original = values[column] ?? ""
                    let field = widgets.field(column, value: original, row: values, hints: { _ in nil })
                    kinds[field.kind, default: 0] += 1
                    if field.kind == .select {
                        let offered = Set(field.options.map(\.value))
                        let shown = field.multiple ? field.value.split(separator: ";").map(String.init) : [field.value]
                        #expect(shown.allSatisfy(offered.contains), "\(kind.fileName) \(column) '\(original)'")
                    }
                    var form = FormData()
                    form.values[column] = Self.sent(field)
                    let back = widgets.text(column, original: original, form: form, field: field)
                    #expect(back == original, "\(kind.fileName) \(column): '\(original)' came back as '\(back)'")
                }
            }
        }
        for kind: Field.Kind in [.checkbox, .select, .number, .date, .dateTime, .email, .url, .textarea, .text] {
            #expect(kinds[kind, default: 0] > 0, "no \(kind) widget on the fixtures")
        }
    }

    @Test("the edit form has typed widgets; a negative headcount is refused at its field and nothing changes")
    func typedForm() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["coordinator"]!
        let coordinator = Browser(cookie: session.cookie, csrf: session.csrf)
        let before = try await harness.workspace.registry()
        try await harness.test { client in
            let firm = try await coordinator.get(client, "/registry/smes/sme-codewawel/edit").text
            #expect(firm.contains("type=\"checkbox\" name=\"profile_consent\" value=\"yes\" checked"))
            #expect(firm.contains("type=\"number\" name=\"staff_headcount\" value=\"49\" step=\"1\" min=\"0\""))
            #expect(firm.contains("type=\"date\" name=\"info_material_contributed_on\""))
            #expect(firm.contains("name=\"contact_person_id\">"))
            #expect(firm.contains("<option value=\"person-codewawel-1\" selected>"))
            let application = try await coordinator.get(client, "/registry/applications/app-0001/edit").text
            #expect(application.contains("type=\"datetime-local\" name=\"submitted_at\" value=\"2026-05-11T19:09:29\""))
            #expect(application.contains("name=\"delegate_person_ids\" multiple"))
            let event = try await coordinator.get(client, "/registry/events/ev-2026-08-edinburgh-fringe/edit").text
            #expect(event.contains("type=\"date\" name=\"start\" value=\"2026-08-17\""))

            // Saving the untouched form changes nothing.
            let untouched = FormScraper.fields(application, form: "edit")
            let same = try await coordinator.post(client, "/registry/applications/app-0001/edit", untouched)
            #expect(same.location == "/registry/applications/app-0001", "\(same.status) \(same.text.prefix(3000))")

            var fields = FormScraper.fields(firm, form: "edit")
            let index = try #require(fields.firstIndex { $0.0 == "staff_headcount" })
            fields[index].1 = "-5"
            let refused = try await coordinator.post(client, "/registry/smes/sme-codewawel/edit", fields)
            #expect(refused.status == .unprocessableContent)
            let error = try #require(FormScraper.error(refused.text, field: "staff_headcount"))
            #expect(error.hasPrefix("smes.csv:2: field 'staff_headcount' value '-5'"), "\(error)")
            #expect(FormScraper.fields(refused.text, form: "edit").contains { $0 == ("staff_headcount", "-5") })
            #expect(try await harness.workspace.registry() == before)

            // A moved submission time is written with the home zone's offset of that day.
            var moved = untouched
            let time = try #require(moved.firstIndex { $0.0 == "submitted_at" })
            moved[time].1 = "2026-01-15T08:30"
            #expect(
                try await coordinator.post(client, "/registry/applications/app-0001/edit", moved).status == .seeOther)
            let submitted = try await harness.workspace.registry().applications.first { $0.id.rawValue == "app-0001" }
            #expect(submitted.map { ZonedInstant.formatUTC($0.submittedAt) } == "2026-01-15T07:30:00Z")
        }
    }

    @Test("a registry saved with semicolons in Windows-1250 is uploaded with those choices and edited in that format")
    func delimiterAndEncoding() async throws {
        let harness = try await DeskHarness.make(fixtures: false)
        let session = harness.sessions["coordinator"]!
        let coordinator = Browser(cookie: session.cookie, csrf: session.csrf)
        let fixtures = URL(fileURLWithPath: RepositoryPaths.fixtures)
        let boundary = "----twinlinkboundary"
        var body = ByteBuffer()
        for name in Self.fixtureFiles {
            var data = try Data(contentsOf: fixtures.appendingPathComponent(name))
            if name.hasSuffix(".csv") {
                var table = CSVTable(parsing: data)
                // The few characters Windows-1250 has no byte for (², Japanese) as a spreadsheet would save them.
                table.rows = table.rows.map { row in
                    row.map { field in
                        String(field.map { String($0).data(using: .windowsCP1250) == nil ? "?" : $0 })
                    }
                }
                table.delimiter = ";"
                table.encoding = .windows1250
                table.bom = false
                data = try #require(table.data)
            }
            body.writeString(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(name)\"\r\n\r\n")
            body.writeBytes(data)
            body.writeString("\r\n")
        }
        for (name, value) in [("csrf", session.csrf), ("delimiter", ";"), ("encoding", "windows-1250")] {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        let upload = body
        try await harness.test { client in
            let imported = try await client.execute(
                uri: "/registry/import", method: .post,
                headers: [
                    .contentType: "multipart/form-data; boundary=\(boundary)", .cookie: session.cookie,
                    .origin: DeskHarness.origin,
                ],
                body: upload)
            #expect(imported.status == .ok, "\(imported.text.prefix(3000))")
            let registry = try await harness.workspace.registry()
            #expect(registry.people.contains { $0.fullName == "Magdalena Świątek-Rudnicka" })

            let form = try await coordinator.get(client, "/registry/people/staff-liaison/edit")
            #expect(form.text.contains("separator &#39;;&#39;, encoding windows-1250"))
            var fields = FormScraper.fields(form.text, form: "edit")
            let name = try #require(fields.firstIndex { $0.0 == "full_name" })
            fields[name].1 = "Piotr Żmuda-Łącki"
            let saved = try await coordinator.post(client, "/registry/people/staff-liaison/edit", fields)
            #expect(saved.status == .seeOther, "\(saved.text.prefix(3000))")
            #expect(
                try await harness.workspace.registry().people.first { $0.id.rawValue == "staff-liaison" }?.fullName
                    == "Piotr Żmuda-Łącki")
            let kept = try Data(
                contentsOf: URL(fileURLWithPath: harness.options.databasePath + ".registry/people.csv"))
            #expect(String(validating: [UInt8](kept), as: UTF8.self) == nil)
            let text = try #require(String(data: kept, encoding: .windowsCP1250))
            #expect(text.hasPrefix("id;full_name;email;"))
            #expect(text.contains("staff-liaison;Piotr Żmuda-Łącki;"))
        }
    }

    @Test(
        "programme.yaml edited at the desk: a bad value at the text with FILE:LINE, nothing changed; a good edit imported"
    )
    func programmeFile() async throws {
        let harness = try await DeskHarness.make(fixtures: false)
        let session = harness.sessions["coordinator"]!
        let coordinator = Browser(cookie: session.cookie, csrf: session.csrf)
        let fixtures = URL(fileURLWithPath: RepositoryPaths.fixtures)
        var files: [String: Data] = [:]
        for name in Self.fixtureFiles {
            files[name] = try Data(contentsOf: fixtures.appendingPathComponent(name))
        }
        let upload = files
        try await harness.test { client in
            // The desk's own upload, so that it keeps the files it edits.
            let desk = try await Self.upload(upload, client, session)
            #expect(desk.status == .ok)
            let page = try await coordinator.get(client, "/registry-files/programme.yaml")
            let text = try #require(FormScraper.fields(page.text, form: "file-edit").first { $0.0 == "text" }?.1)
            #expect(text.contains("Kraków Twin Cities Business Bridge"))
            let bad = text.replacingOccurrences(
                of: "time_zone: \"Europe/Warsaw\"", with: "time_zone: \"Europe/Krakow\"")
            #expect(bad != text)
            let refused = try await coordinator.post(client, "/registry-files/programme.yaml", [("text", bad)])
            #expect(refused.status == .unprocessableContent)
            let error = try #require(FormScraper.error(refused.text, field: "text"))
            #expect(error.hasPrefix("programme.yaml:7:"), "\(error)")
            #expect(try await harness.workspace.registry().programme.homeCity.timeZone.rawValue == "Europe/Warsaw")

            let renamed = text.replacingOccurrences(
                of: "Kraków Twin Cities Business Bridge 2026–2028", with: "Kraków Business Bridge 2026–2028")
            let saved = try await coordinator.post(client, "/registry-files/programme.yaml", [("text", renamed)])
            #expect(saved.status == .ok)
            #expect(try await harness.workspace.registry().programme.name == "Kraków Business Bridge 2026–2028")
            let auditor = harness.sessions["auditor"]!
            let readOnly = try await Browser(cookie: auditor.cookie).get(client, "/registry-files/programme.yaml")
            #expect(readOnly.status == .ok)
            #expect(readOnly.text.contains("Kraków Business Bridge 2026–2028"))
            #expect(!readOnly.text.contains("id=\"file-edit\""))
        }
    }

    static func upload(
        _ files: [String: Data], _ client: any TestClientProtocol, _ session: (cookie: String, csrf: String)
    )
        async throws -> TestResponse
    {
        let boundary = "----twinlinkboundary"
        var body = ByteBuffer()
        for (name, data) in files.sorted(by: { $0.key < $1.key }) {
            body.writeString(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(name)\"\r\n\r\n")
            body.writeBytes(data)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(session.csrf)\r\n")
        body.writeString("--\(boundary)--\r\n")
        return try await client.execute(
            uri: "/registry/import", method: .post,
            headers: [
                .contentType: "multipart/form-data; boundary=\(boundary)", .cookie: session.cookie,
                .origin: DeskHarness.origin,
            ],
            body: body)
    }

    @Test("documents: PDF links only where Chromium can print them; otherwise the page says so")
    func pdf() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["auditor"]!
        try await harness.test { client in
            let page = try await Browser(cookie: session.cookie).get(client, "/documents")
            #expect(page.status == .ok)
            if Desk.pdfAvailable {
                #expect(page.text.contains("/pdf\">Download PDF</a>"))
                let pdf = try await Browser(cookie: session.cookie).get(client, "/documents/digest/sme-codewawel/pdf")
                #expect(pdf.status == .ok)
                #expect(pdf.headers[.contentType] == "application/pdf")
                #expect(pdf.body.readableBytesView.starts(with: Array("%PDF".utf8)))
            } else {
                #expect(page.text.contains("Chromium is not installed on this server"))
                #expect(!page.text.contains("/pdf\""))
            }
        }
    }
}
