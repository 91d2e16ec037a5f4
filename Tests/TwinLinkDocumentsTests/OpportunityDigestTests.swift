import Testing
import TwinLinkDocuments
import TwinLinkDomain

/// The digest names matching partners and upcoming events with reasons, and what stands in the way.
@Suite struct OpportunityDigestTests {
    static let registry = Result { try NurembergForumPack.registry() }

    private func digest(_ id: String, language: LanguageCode? = .english) throws -> RenderedDocument {
        try DocumentRenderer().opportunityDigest(
            try OpportunityDigestInput(
                registry: try Self.registry.get(), enterprise: Identifier(trusted: id),
                activities: NurembergForumPack.activities, today: NurembergForumPack.preparedOn),
            options: DocumentOptions(language: language))
    }

    @Test func matchingPartnersComeWithTheirReasons() throws {
        let markdown = try digest("sme-codewawel").markdown
        #expect(markdown.contains("### Dürer Digital Solutions AG"))
        #expect(markdown.contains("- Looks for partners in NACE 62.01; you work in NACE 62.01 (same class)."))
        #expect(markdown.contains("- Asked to meet you at Rochester Optics, Photonics & Imaging Summit 2027."))
    }

    @Test func upcomingEventsShowWhyAndWhatIsPlannedButPastEventsAreLeftOut() throws {
        let markdown = try digest("sme-codewawel").markdown
        #expect(markdown.contains("### Nuremberg–Kraków Business Forum 2027"))
        #expect(
            markdown.contains(
                "- Online introduction: Monday, 12 April 2027, 09:00–10:00 Kraków · 09:00–10:00 Nuremberg"))
        #expect(markdown.contains("**Your application:** You applied on 24 November 2026."))
        #expect(!markdown.contains("Franconian IT Security Expo 2026"))
        #expect(!markdown.contains("Leipzig Book &amp; Publishing Fair 2027"))
        #expect(!markdown.contains("Leipzig Book & Publishing Fair 2027"))
    }

    @Test func aFirmThatCannotApplyIsToldWhy() throws {
        let markdown = try digest("sme-medinfo").markdown
        #expect(markdown.contains("## Before you can apply"))
        #expect(markdown.contains("You have not agreed to share your profile with partner cities."))
        #expect(!(try digest("sme-codewawel").markdown.contains("## Before you can apply")))
    }

    @Test func theDigestIsInTheContactsLanguage() throws {
        let document = try digest("sme-codewawel", language: nil)
        #expect(document.language.rawValue == "pl")
        #expect(document.markdown.contains("## Jak zgłosić udział"))
        #expect(
            document.markdown.contains(
                "1. Prosimy napisać do: Kraków Business Bridge Office, adres bridge@twinlink.example"))
    }
}
