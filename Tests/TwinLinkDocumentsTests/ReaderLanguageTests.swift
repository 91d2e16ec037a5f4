import Testing
import TwinLinkDomain

@testable import TwinLinkDocuments

/// Who reads which language by default, on the fixtures (Kraków offers `pl, en`).
@Suite struct ReaderLanguageTests {
    static let registry = Result { try NurembergForumPack.registry() }

    func language(of personID: String) throws -> LanguageCode {
        let registry = try Self.registry.get()
        let person = try #require(registry.people.first { $0.id.rawValue == personID })
        let country = ReaderLanguage.country(
            of: person, programme: registry.programme,
            partnerCities: Dictionary(uniqueKeysWithValues: registry.partnerCities.map { ($0.id, $0) }),
            partnerEnterprises: Dictionary(uniqueKeysWithValues: registry.partnerEnterprises.map { ($0.id, $0) }))
        return ReaderLanguage.of(person, country: country, programme: registry.programme)
    }

    @Test("a partner officer who speaks hu, en, de reads English, not the programme's Polish")
    func aSpokenOfferedLanguageBeatsTheProgrammesFirst() throws {
        #expect(try language(of: "person-city-budapest") == .english)
    }

    @Test("a local firm's contact reads the home country's language they speak")
    func theHomeLanguageWhenSpoken() throws {
        let registry = try Self.registry.get()
        let local = try #require(
            registry.people.first {
                if case .localEnterprise = $0.organisation {
                    return $0.language == nil && $0.languages.contains(LanguageCode(rawValue: "pl")!)
                }
                return false
            })
        #expect(try language(of: local.id.rawValue) == LanguageCode(rawValue: "pl")!)
    }

    @Test(
        "a stated language wins; without any spoken language the country's offered language, else the programme's first"
    )
    func statedAndUnlistedLanguages() throws {
        let registry = try Self.registry.get()
        var person = try #require(registry.people.first { $0.id.rawValue == "person-city-budapest" })
        person.language = LanguageCode(rawValue: "de")!
        #expect(ReaderLanguage.of(person, country: nil, programme: registry.programme) == LanguageCode(rawValue: "de")!)
        person.language = nil
        person.languages = []
        #expect(
            ReaderLanguage.of(person, country: CountryCode(rawValue: "HU")!, programme: registry.programme)
                == LanguageCode(rawValue: "pl")!)
        #expect(
            ReaderLanguage.of(person, country: CountryCode(rawValue: "PL")!, programme: registry.programme)
                == LanguageCode(rawValue: "pl")!)
        person.languages = [LanguageCode(rawValue: "ja")!]
        #expect(
            ReaderLanguage.of(person, country: CountryCode(rawValue: "JP")!, programme: registry.programme)
                == LanguageCode(rawValue: "pl")!)
    }
}
