import Foundation
import Testing
import TwinLinkDocuments
import TwinLinkDomain

/// Writes the fixture documents into `$TWINLINK_DOCUMENTS_DUMP` for a person (or
/// `scripts/documents-checks.sh`) to open, validate and screenshot; does nothing without it.
@Suite struct DocumentDump {
    @Test func writesFixtureDocumentsWhenAsked() throws {
        guard let folder = ProcessInfo.processInfo.environment["TWINLINK_DOCUMENTS_DUMP"] else { return }
        let renderer = try DocumentRenderer()
        let registry = try NurembergForumPack.registry()
        let input = try NurembergForumPack.input(registry: registry)
        var documents = renderer.briefingPacks(input)
        var english = renderer.briefingPacks(input, options: DocumentOptions(language: .english))[0]
        english.name += ".en"
        documents.append(english)
        for city in registry.partnerCities {
            documents.append(
                renderer.informationMaterial(
                    try InformationMaterialInput(
                        registry: registry, partnerCity: city.id, preparedOn: NurembergForumPack.preparedOn)))
        }
        for enterprise in ["sme-codewawel", "sme-medinfo"] {
            documents.append(
                renderer.opportunityDigest(
                    try OpportunityDigestInput(
                        registry: registry, enterprise: Identifier(trusted: enterprise),
                        activities: NurembergForumPack.activities, today: NurembergForumPack.preparedOn)))
        }
        // Every document type in every other language, for the same checks.
        for language in LanguageCoverageTests.languages where language != "en" {
            for var document in try LanguageCoverageTests.documents(in: language) {
                document.name += ".all-\(language)"
                documents.append(document)
            }
        }
        try DocumentWriter().write(documents, to: URL(fileURLWithPath: folder))
    }
}
