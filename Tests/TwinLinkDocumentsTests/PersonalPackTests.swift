import Foundation
import Testing
import TwinLinkDocuments
import TwinLinkDomain

/// A delegate's pack holds only their firm's meetings, their counterparts and their invitations.
@Suite struct PersonalPackTests {
    static let packs = Result {
        try DocumentRenderer().briefingPacks(
            try NurembergForumPack.input(), options: DocumentOptions(language: .english))
    }

    private func pack(_ person: String) throws -> RenderedDocument {
        try #require(try Self.packs.get().first { $0.name.hasSuffix("-\(person)") })
    }

    @Test func onlyTheFirmsOwnMeetingsAreListed() throws {
        let markdown = try pack("person-pakmasz-1").markdown
        #expect(markdown.contains("2 meetings"))
        #expect(
            markdown.contains(
                "- **Tue 4 May, 13:00–13:20 Kraków · 13:00–13:20 Nuremberg** — Table or room: **Table 1** — **Frankenmetall Präzisionstechnik GmbH** · Nuremberg"
            ))
        #expect(
            markdown.contains(
                "- **Tue 4 May, 13:20–13:40 Kraków · 13:20–13:40 Nuremberg** — Table or room: **Table 2** — **Mittelfränkisches Exportnetzwerk e.V.** · Nuremberg"
            ))
        #expect(!markdown.contains("Table 3"))
        #expect(!markdown.contains("Dürer Digital Solutions AG"))
    }

    @Test func counterpartsComeWithContactsAndReasons() throws {
        let markdown = try pack("person-pakmasz-1").markdown
        #expect(
            markdown.contains(
                "- **Markus Brünnler**, Head of Purchasing — markus.bruennler@frankenmetall.example · +49 911 543 7655")
        )
        // Once, in the partner's profile, which the meeting links to; not again under the meeting.
        #expect(markdown.components(separatedBy: "markus.bruennler@frankenmetall.example").count == 2)
        let html = try pack("person-pakmasz-1").html
        #expect(html.components(separatedBy: "mailto:markus.bruennler@frankenmetall.example").count == 2)
        #expect(html.contains("<a href=\"#partner-pent-frankenmetall\">"))
        #expect(markdown.contains("- Both sides asked for this meeting (interest 3 of 3)."))
        #expect(markdown.contains("- Note: Matched at online meeting"))
    }

    @Test func invitationsListTheEventsActivitiesInBothZones() throws {
        let markdown = try pack("person-codewawel-1").markdown
        #expect(
            markdown.contains(
                "- **Online introduction:** Online introduction: Nuremberg–Kraków Business Forum 2027 — Kraków and Nuremberg — Monday, 12 April 2027, 09:00–10:00 Kraków · 09:00–10:00 Nuremberg — <https://meet.jit.si/TwinLink-34emi6aprqkxmcjnbuwv6mvjhy>"
            ))
        #expect(
            markdown.contains(
                "- **1:1 business meetings:** 1:1 business meetings: Nuremberg–Kraków Business Forum 2027 — Tuesday, 4 May 2027, 13:00–17:00 Kraków · 13:00–17:00 Nuremberg"
            ))
    }

    @Test func theDelegateSeesWhatTheyPayAndWhatTheCityPays() throws {
        let markdown = try pack("person-codewawel-1").markdown
        #expect(markdown.contains("- **Self-paid cost per delegate: €555.00**"))
        #expect(markdown.contains("- German–Polish interpreters at the 1:1 meetings"))
        #expect(!markdown.contains("for the 6 delegates together"))
    }

    @Test func aDelegateWithoutMeetingsIsNotInvitedToTheSession() throws {
        var input = try NurembergForumPack.input()
        input.schedule = input.schedule.filter { $0.requestID.rawValue != "mr-0144" }
        let packs = try DocumentRenderer().briefingPacks(input, options: DocumentOptions(language: .english))
        let markdown = try #require(packs.first { $0.name.hasSuffix("-person-codewawel-1") }).markdown
        #expect(markdown.contains("No 1:1 meetings are scheduled for you."))
        #expect(!markdown.contains("- **1:1 business meetings:**"))
    }
}
