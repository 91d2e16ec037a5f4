import Foundation
import Testing
import TwinLinkDocuments
import TwinLinkDomain
import TwinLinkImport
import TwinLinkLocalization
import TwinLinkTestSupport

/// A firm imported with markup, quotes, ampersands, right-to-left text and emoji in its profile:
/// every document shows them as text and nothing of them as markup.
@Suite struct EscapingTests {
    static let hostileName = #"Al-Nour "Best" & Sons <b>نور</b> שלום 🚀"#
    static let hostileOffer = """
        <script>alert(1)</script> "quoted" & 'single' — مرحبا بالعالم 🎉
        # not a heading
        - not a list [link](javascript:alert(1)) **bold** `code` &amp; 1. x
        """

    let registry: Registry

    init() throws {
        var mini = MiniRegistry()
        let csvName = Self.hostileName.replacingOccurrences(of: "\"", with: "\"\"")
        let csvOffer = Self.hostileOffer.replacingOccurrences(of: "\"", with: "\"\"")
        mini.files["smes.csv"] = """
            id,legal_name,registration_number,address,postcode,staff_headcount,annual_turnover_eur,balance_sheet_total_eur,nace_codes,offer,cooperation_needs,languages,info_material_contributed_on,profile_consent,contact_person_id
            sme-drewno,"\(csvName)",0000123456,ul. Zabłocie 12,30-701,12,1500000.50,900000,31.09;16.23,"\(csvOffer)","Partners in <Nürnberg> & Fürth",pl;en;de,2026-03-01,yes,p-anna

            """
        let folder = try mini.write()
        registry = try RegistryReader().read(directory: URL(fileURLWithPath: folder), displayPath: "mini")
    }

    private func informationMaterial() throws -> RenderedDocument {
        try DocumentRenderer().informationMaterial(
            try InformationMaterialInput(
                registry: registry, partnerCity: Identifier(trusted: "nuremberg"),
                preparedOn: LocalDate(year: 2026, month: 12, day: 1)!))
    }

    private func pack() throws -> [RenderedDocument] {
        let berlin = TimeZoneID(rawValue: "Europe/Berlin")!
        let start = ZonedInstant(instant: ZonedInstant.parseInstant("2027-05-04T07:00:00Z")!, zone: berlin)
        let end = ZonedInstant(instant: ZonedInstant.parseInstant("2027-05-05T15:30:00Z")!, zone: berlin)
        let activity = Activity(
            id: Identifier(trusted: "b2b-ev-forum"), eventID: Identifier(trusted: "ev-forum"),
            kind: .businessMeetings, title: "1:1 meetings <at> the forum & more", start: start, end: end,
            partnerCityID: Identifier(trusted: "nuremberg"))
        let decision = AllocationDecision(
            runID: Identifier(trusted: "run-1"), applicationID: Identifier(trusted: "app-1"),
            outcome: .accepted(seats: 2), reasonCode: "accepted", explanation: "Accepted")
        let meeting = ScheduledMeeting(
            activityID: activity.id, requestID: Identifier(trusted: "mr-1"), start: start,
            end: ZonedInstant(instant: start.instant.addingTimeInterval(1200), zone: berlin), table: "<T1>")
        let input = try BriefingPackInput(
            registry: registry, activity: activity, decisions: [decision], schedule: [meeting],
            activities: [activity],
            regulations: [Message("engine_as_written", ["text": .verbatim("Rule with <em>markup</em> & \"quotes\"")])],
            preparedOn: LocalDate(year: 2026, month: 12, day: 1)!)
        return try DocumentRenderer().briefingPacks(input, options: DocumentOptions(language: .english))
    }

    @Test func theInformationMaterialShowsTheProfileAsTextInHTML() throws {
        let html = try informationMaterial().html
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>نور"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39;"))
        #expect(html.contains("Al-Nour &quot;Best&quot; &amp; Sons &lt;b&gt;نور&lt;/b&gt; שלום 🚀"))
        #expect(html.contains("[link](javascript:alert(1)) **bold** `code` &amp;amp; 1. x"))
        #expect(html.contains("Partners in &lt;Nürnberg&gt; &amp; Fürth"))
        #expect(html.contains("مرحبا بالعالم 🎉"))
        // Free text takes its direction from its own first strong letter.
        #expect(html.contains(#"<h3 dir="auto">Al-Nour &quot;Best&quot;"#))
        #expect(html.contains(#"<p class="text" dir="auto">&lt;script&gt;"#))
        #expect(!html.contains("href=\"javascript"))
    }

    @Test func theInformationMaterialShowsTheProfileAsTextInMarkdown() throws {
        let markdown = try informationMaterial().markdown
        #expect(markdown.contains(#"### Al-Nour "Best" & Sons \<b\>نور\</b\> שלום 🚀"#))
        #expect(markdown.contains(#"\<script\>alert(1)\</script\> "quoted" & 'single' — مرحبا بالعالم 🎉\"#))
        #expect(markdown.contains("\n\\# not a heading\\\n"))
        #expect(markdown.contains(#"\- not a list \[link\](javascript:alert(1)) \*\*bold\*\* \`code\` \&amp; 1. x"#))
        #expect(markdown.contains(#"Partners in \<Nürnberg\> & Fürth"#))
    }

    @Test func namesInSentencesAreIsolatedForBidirectionalText() throws {
        let pack = try #require(try pack().first)
        // The firm's name, with Hebrew and Arabic letters, sits inside a fixed English sentence.
        let isolated = "\u{2068}" + Self.hostileName + "\u{2069}"
        #expect(
            pack.markdown.contains(
                isolated.replacingOccurrences(of: "<", with: "\\<").replacingOccurrences(
                    of: ">", with: "\\>")))
        let escapedName = Self.hostileName.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        #expect(pack.html.contains("\u{2068}" + escapedName + "\u{2069}"))
    }

    @Test func theBriefingPackEscapesEveryUserSuppliedField() throws {
        for document in try pack() {
            #expect(!document.html.contains("<script"), "\(document.name)")
            #expect(!document.html.contains("<T1>"), "\(document.name)")
            #expect(!document.html.contains("<at>"), "\(document.name)")
            #expect(!document.html.contains("<em>"), "\(document.name)")
        }
        let pack = try #require(try pack().first)
        #expect(pack.html.contains("&lt;T1&gt;"))
        #expect(pack.html.contains("Rule with &lt;em&gt;markup&lt;/em&gt; &amp; &quot;quotes&quot;"))
        #expect(pack.markdown.contains(#"Rule with \<em\>markup\</em\> & "quotes""#))
    }
}
