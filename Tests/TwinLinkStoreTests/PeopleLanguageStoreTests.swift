import Foundation
import Testing
import TwinLinkDomain
import TwinLinkImport
import TwinLinkStore
import TwinLinkTestSupport

/// Each person's reading language (`language` in `people.csv`) is stored and read back.
@Suite("People's reading language in the store")
struct PeopleLanguageStoreTests {
    @Test("the Brno fixtures round-trip with the people's languages, names in every script intact")
    func roundTrip() async throws {
        let registry = try RegistryReader().read(
            directory: URL(fileURLWithPath: RepositoryPaths.fixturesBrno), displayPath: "fixtures-brno")
        let store = try RegistryStore.inMemory()
        _ = try await store.write({
            try $0.apply(registry, source: "fixtures-brno", at: Date(timeIntervalSince1970: 1_800_000_000))
        })
        let stored = try #require(try await store.read({ try $0.registry() }))
        #expect(stored.people == registry.people)
        let byID = Dictionary(uniqueKeysWithValues: stored.people.map { ($0.id.rawValue, $0) })
        #expect(byID["person-zluty-2"]?.language?.rawValue == "uk")
        #expect(byID["person-zluty-2"]?.fullName == "Олена Коваленко")
        #expect(byID["person-strojirny-2"]?.language?.rawValue == "de")
        #expect(byID["person-vinarstvi-2"]?.fullName == "田中 花子")
        #expect(byID["person-city-gyor"]?.fullName == "Szőke Örs")
        #expect(byID["person-city-bratislava"]?.fullName == "Ľubomíra Ďurčová")
        #expect(byID["staff-coordinator"]?.language == nil)
    }
}
