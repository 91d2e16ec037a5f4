import TwinLinkDocuments
import TwinLinkDomain
import TwinLinkLocalization

/// The language a person reads their invites and e-mails in (`ReaderLanguage`), and its catalogue.
enum InviteLanguage {
    static func of(_ person: Person, registry: Registry) -> LanguageCode {
        let cities = Dictionary(uniqueKeysWithValues: registry.partnerCities.map { ($0.id, $0) })
        let partners = Dictionary(uniqueKeysWithValues: registry.partnerEnterprises.map { ($0.id, $0) })
        let country = ReaderLanguage.country(
            of: person, programme: registry.programme, partnerCities: cities, partnerEnterprises: partners)
        return ReaderLanguage.of(person, country: country, programme: registry.programme)
    }

    static func catalogue(for person: Person, registry: Registry) -> Catalogue {
        CatalogueSet.shippedCatalogue(of(person, registry: registry).rawValue)
    }
}
