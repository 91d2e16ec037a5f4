public import TwinLinkDomain
import TwinLinkLocalization

/// Who reads which language: the rules every output follows.
///
/// - A person reads their own `language` (from `people.csv`); without one, the first language of
///   their organisation's country that the programme offers, when they speak it (or list no
///   languages at all); else the first language they speak (`languages` in `people.csv`) that the
///   programme offers; else their country's offered language; else the programme's first language.
///   (A Budapest officer who speaks `hu;en;de` in a programme offering `pl, en` reads English, not
///   Polish.)
/// - The information material for a partner city comes in each of the city's languages that the
///   programme offers (the programme's first language if it offers none of them).
/// - The coordinator's documents and the report come in the programme's first language.
public enum ReaderLanguage {
    /// The reading language of `person`, whose organisation is in `country` (`nil`: unknown).
    public static func of(_ person: Person, country: CountryCode?, programme: Programme) -> LanguageCode {
        if let language = person.language { return language }
        let national = country.flatMap { forCountry($0, programme: programme) }
        if let national, person.languages.isEmpty || person.languages.contains(national) { return national }
        if let spoken = person.languages.first(where: { programme.languages.contains($0) }) { return spoken }
        return national ?? coordinator(programme)
    }

    /// The first official language of `country` that the programme offers.
    public static func forCountry(_ country: CountryCode, programme: Programme) -> LanguageCode? {
        CountryLanguages.official(country.rawValue).compactMap(LanguageCode.init(rawValue:))
            .first { programme.languages.contains($0) }
    }

    /// The country of a person's organisation, given the registry's partner cities and enterprises.
    public static func country(
        of person: Person, programme: Programme, partnerCities: [Identifier<PartnerCity>: PartnerCity],
        partnerEnterprises: [Identifier<PartnerEnterprise>: PartnerEnterprise]
    ) -> CountryCode? {
        switch person.organisation {
        case .localEnterprise, .programme: programme.homeCity.country
        case .partnerCity(let id): partnerCities[id]?.country
        case .partnerEnterprise(let id): partnerEnterprises[id].flatMap { partnerCities[$0.partnerCityID]?.country }
        }
    }

    /// The languages of the information material for `city`, in the city's order.
    public static func informationMaterial(for city: PartnerCity, programme: Programme) -> [LanguageCode] {
        let offered = city.languages.filter { programme.languages.contains($0) }
        return offered.isEmpty ? [coordinator(programme)] : offered
    }

    /// The language of the coordinator's documents and the report.
    public static func coordinator(_ programme: Programme) -> LanguageCode {
        programme.languages.first ?? .english
    }
}
