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

/// A partner city adds and updates its own events and enterprises on its portal, through the
/// import's rules; never another city's.
@Suite("Partner-city portal: events and enterprises")
struct PartnerEditTests {
    static let event: [(String, String)] = [
        ("name", "Nuremberg Smart Building Days 2027"), ("kind", "fair"), ("start", "2027-09-31"),
        ("end", "2027-10-01"), ("venue_name", "Messezentrum, Hall 7"),
        ("venue_address", "Messezentrum 1, 90471 Nürnberg, Germany"), ("visit", "outgoing"),
        ("description", "Building automation."), ("source", "https://www.nuernberg.example/sbd"),
    ]

    static func with(_ fields: [(String, String)], _ name: String, _ value: String) -> [(String, String)] {
        fields.map { $0.0 == name ? (name, value) : $0 }
    }

    @Test(
        "an event: a bad date is refused with the import's message at the field, nothing saved; then added and updated")
    func events() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["partner"]!
        let partner = Browser(cookie: session.cookie, csrf: session.csrf)
        let before = try await harness.workspace.registry()
        let foreign = try #require(before.events.first { $0.host != .partnerCity(Identifier(trusted: "nuremberg")) })
        try await harness.test { client in
            let refused = try await partner.post(client, "/partner/events", Self.event)
            #expect(refused.status == .unprocessableContent)
            let line = before.events.count + 2
            #expect(
                refused.text.contains("events.csv:\(line): field &#39;start&#39; value &#39;2027-09-31&#39;")
                    || refused.text.contains("events.csv:\(line): field 'start' value '2027-09-31'"))
            #expect(refused.text.contains("aria-invalid=\"true\""))
            let added = try await partner.post(client, "/partner/events", Self.with(Self.event, "start", "2027-09-29"))
            #expect(added.status == .ok)
            #expect(added.text.contains("Smart Building Days"))
        }
        let after = try await harness.workspace.registry()
        #expect(after.events.count == before.events.count + 1)
        let event = try #require(after.events.first { $0.name == "Nuremberg Smart Building Days 2027" })
        #expect(event.host == .partnerCity(Identifier(trusted: "nuremberg")))
        #expect(event.visit == .outgoing)
        #expect(
            event.schedule
                == .allDay(
                    first: LocalDate(year: 2027, month: 9, day: 29)!, last: LocalDate(year: 2027, month: 10, day: 1)!,
                    zone: TimeZoneID(rawValue: "Europe/Berlin")!))
        let audit = try await harness.workspace.store.read({ try $0.auditTrail(subject: "event:\(event.id)") })
        #expect(audit.contains { $0.action == "portal-partner-event-add" && $0.actor == "partner@example.org" })

        try await harness.test { client in
            let form = try await partner.get(client, "/partner/events/\(event.id.rawValue)")
            #expect(form.status == .ok && form.text.contains("2027-09-29"))
            let changed = try await partner.post(
                client, "/partner/events",
                [("id", event.id.rawValue)]
                    + Self.with(Self.with(Self.event, "start", "2027-09-28"), "end", "2027-09-30"))
            #expect(changed.status == .ok)
            // Another city's (or the home city's) event: unknown, as an id that does not exist.
            #expect(try await partner.get(client, "/partner/events/\(foreign.id.rawValue)").status == .notFound)
            let probe = try await partner.post(
                client, "/partner/events", [("id", foreign.id.rawValue)] + Self.with(Self.event, "start", "2027-09-29"))
            #expect(probe.status == .notFound)
        }
        let final = try await harness.workspace.registry()
        #expect(final.events.first { $0.id == event.id }?.schedule.firstDay == LocalDate(year: 2027, month: 9, day: 28))
        #expect(final.events.first { $0.id == foreign.id } == foreign)
        #expect(final.events.count == after.events.count)
    }

    @Test(
        "an enterprise with its contact: a bad e-mail refused at the field; added, updated; another city's is unknown")
    func enterprises() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["partner"]!
        let partner = Browser(cookie: session.cookie, csrf: session.csrf)
        let before = try await harness.workspace.registry()
        let foreign = try #require(before.partnerEnterprises.first { $0.partnerCityID.rawValue != "nuremberg" })
        let fields: [(String, String)] = [
            ("name", "Pegnitz Gebäudetechnik GmbH"), ("nace_codes", "43.21;71.12"),
            ("offer", "Building-automation engineering."), ("interests", "Sensor suppliers."),
            ("interest_sectors", "26.51"), ("languages", "de;en"), ("website", ""),
            ("contact_full_name", "Jonas Richter"), ("contact_email", "jonas.richter@pegnitz-gt"),
            ("contact_phone", ""), ("contact_job_title", "Managing director"),
        ]
        try await harness.test { client in
            let refused = try await partner.post(client, "/partner/enterprises", fields)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("people.csv:\(before.people.count + 2): field"))
            let taken = try await partner.post(
                client, "/partner/enterprises",
                Self.with(fields, "contact_email", before.people[0].email.rawValue))
            #expect(taken.status == .unprocessableContent)
            let added = try await partner.post(
                client, "/partner/enterprises", Self.with(fields, "contact_email", "jonas.richter@pegnitz-gt.example"))
            #expect(added.status == .ok)
        }
        let after = try await harness.workspace.registry()
        #expect(after.partnerEnterprises.count == before.partnerEnterprises.count + 1)
        #expect(after.people.count == before.people.count + 1)
        let firm = try #require(after.partnerEnterprises.first { $0.name == "Pegnitz Gebäudetechnik GmbH" })
        #expect(firm.partnerCityID.rawValue == "nuremberg")
        let contact = try #require(after.people.first { $0.id == firm.contactPersonID })
        #expect(contact.organisation == .partnerEnterprise(firm.id))
        #expect(contact.email.rawValue == "jonas.richter@pegnitz-gt.example")
        try await harness.test { client in
            let changed = try await partner.post(
                client, "/partner/enterprises",
                [("id", firm.id.rawValue)]
                    + Self.with(
                        Self.with(fields, "contact_email", "jonas.richter@pegnitz-gt.example"), "offer",
                        "KNX and BACnet."))
            #expect(changed.status == .ok)
            #expect(try await partner.get(client, "/partner/enterprises/\(foreign.id.rawValue)").status == .notFound)
            let probe = try await partner.post(
                client, "/partner/enterprises",
                [("id", foreign.id.rawValue)] + Self.with(fields, "contact_email", "x.y@pegnitz-gt.example"))
            #expect(probe.status == .notFound)
        }
        let final = try await harness.workspace.registry()
        #expect(final.partnerEnterprises.first { $0.id == firm.id }?.offer == "KNX and BACnet.")
        #expect(final.people.count == after.people.count)
        #expect(final.partnerEnterprises.first { $0.id == foreign.id } == foreign)
    }
}
