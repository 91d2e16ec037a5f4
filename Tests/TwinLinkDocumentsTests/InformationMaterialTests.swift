import Testing
import TwinLinkDocuments
import TwinLinkDomain

/// The catalogue for a partner city lists only eligible, consenting SMEs, most relevant first,
/// in the city's language where a catalogue exists.
@Suite struct InformationMaterialTests {
    static let registry = Result { try NurembergForumPack.registry() }

    private func material(for city: String, languages: [String]? = nil) throws -> RenderedDocument {
        var registry = try Self.registry.get()
        if let languages, let index = registry.partnerCities.firstIndex(where: { $0.id.rawValue == city }) {
            registry.partnerCities[index].languages = languages.map { LanguageCode(rawValue: $0)! }
        }
        return try DocumentRenderer().informationMaterial(
            try InformationMaterialInput(
                registry: registry, partnerCity: Identifier(trusted: city), preparedOn: NurembergForumPack.preparedOn))
    }

    @Test func ineligibleFirmsAreLeftOut() throws {
        let html = try material(for: "nuremberg").html
        for id in [
            "sme-huta-precyzja", "sme-officium", "sme-dzwig-serwis", "sme-sol-i-roza", "sme-vistula-consulting",
            "sme-rynek-fintech", "sme-medinfo",
        ] {
            #expect(!html.contains("id=\"firm-\(id)\""), "\(id) must not be listed")
        }
        for id in ["sme-krak-eko", "sme-codewawel", "sme-pakmasz"] {
            #expect(html.contains("id=\"firm-\(id)\""), "\(id) must be listed")
        }
        #expect(html.contains("67 enterprises; 27 work in the key sectors of Nuremberg."))
    }

    @Test func firmsInTheCitysKeySectorsComeFirst() throws {
        let markdown = try material(for: "nuremberg").markdown
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("### ") }.map { $0.dropFirst(4) }
        let codewawel = try #require(headings.firstIndex { $0 == "CodeWawel sp. z o.o." })
        let babel = try #require(headings.firstIndex { $0.hasPrefix("Biuro Tłumaczeń \"Babel\"") })
        #expect(codewawel < babel)
        #expect(markdown.contains("Matches the key sector NACE 62.01 of Nuremberg: works in NACE 62.01 (same class)."))
    }

    @Test func aCityWhoseLanguageHasNoCatalogueGetsEnglish() throws {
        let document = try material(for: "nuremberg")
        #expect(document.language == .english)
        #expect(document.html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    }

    @Test func aCityWhoseLanguageHasACatalogueGetsIt() throws {
        let document = try material(for: "lviv", languages: ["pl", "uk"])
        #expect(document.language.rawValue == "pl")
        #expect(document.markdown.contains("# Przedsiębiorstwa z miasta Kraków"))
        #expect(document.markdown.contains("**Praktyki i staże dla młodzieży:**"))
    }

    @Test func anUnknownPartnerCityIsNamed() throws {
        #expect(
            throws: DocumentInputError.unknownPartnerCity(
                Identifier(trusted: "atlantis"), referencedBy: "the information material")
        ) {
            try InformationMaterialInput(
                registry: try Self.registry.get(), partnerCity: Identifier(trusted: "atlantis"),
                preparedOn: NurembergForumPack.preparedOn)
        }
    }
}
