import TwinLinkDocuments
import TwinLinkDomain
import TwinLinkLocalization

/// The language a person reads their invites and e-mails in (`ReaderLanguage`), and its catalogue.
enum InviteLanguage {
    static func of(_ person: Person, registry: Registry) -> LanguageCode {
        Lookup(registry).language(of: person)
    }

    static func catalogue(for person: Person, registry: Registry) -> Catalogue {
        Lookup(registry).catalogue(for: person)
    }

    /// The same for many people of one registry: its cities and partner firms indexed once.
    struct Lookup {
        private let programme: Programme
        private let cities: [Identifier<PartnerCity>: PartnerCity]
        private let partners: [Identifier<PartnerEnterprise>: PartnerEnterprise]

        init(_ registry: Registry) {
            programme = registry.programme
            cities = Dictionary(uniqueKeysWithValues: registry.partnerCities.map { ($0.id, $0) })
            partners = Dictionary(uniqueKeysWithValues: registry.partnerEnterprises.map { ($0.id, $0) })
        }

        func language(of person: Person) -> LanguageCode {
            let country = ReaderLanguage.country(
                of: person, programme: programme, partnerCities: cities, partnerEnterprises: partners)
            return ReaderLanguage.of(person, country: country, programme: programme)
        }

        func catalogue(for person: Person) -> Catalogue {
            CatalogueSet.shippedCatalogue(language(of: person).rawValue)
        }
    }
}
