import Testing
import TwinLinkDomain

@testable import TwinLinkDocuments

/// The size classes of the fixtures' boundary cases (fixtures/README.md), links counted pro rata
/// for partner enterprises and in full for linked ones.
@Suite struct SizeClassTests {
    static let registry = Result { try NurembergForumPack.registry() }

    @Test(arguments: [
        ("sme-babel", SizeClass.micro), ("sme-czekolada-kleparz", .micro), ("sme-bursztyn-srebro", .micro),
        ("sme-palarnia-kazimierz", .small), ("sme-codewawel", .small), ("sme-automatyka-podgorze", .medium),
        ("sme-smaki-galicji", .medium), ("sme-trans-krakow", .medium), ("sme-krak-bud", .medium),
        ("sme-officium", .large), ("sme-hydro-tech", .small), ("sme-lajkonik-games", .small),
        ("sme-foto-luczak", .small), ("sme-pasieka-dolina", .micro), ("sme-vistula-ai", .small),
        ("sme-krakbyte", .medium), ("sme-dzwig-serwis", .large), ("sme-huta-precyzja", .large),
    ])
    func fixtureFirmsHaveTheirDocumentedSizeClass(id: String, expected: SizeClass) throws {
        let registry = try Self.registry.get()
        let enterprise = try #require(registry.enterprises.first { $0.id.rawValue == id })
        #expect(EnterpriseSize.assess(enterprise, links: registry.enterpriseLinks).sizeClass == expected)
    }

    @Test func linksOfOtherFirmsDoNotCount() throws {
        let registry = try Self.registry.get()
        let codewawel = try #require(registry.enterprises.first { $0.id.rawValue == "sme-codewawel" })
        let nordlift = try #require(registry.enterpriseLinks.first { $0.id.rawValue == "link-dzwig-serwis-1" })
        #expect(EnterpriseSize.assess(codewawel, links: [nordlift]).sizeClass == .small)
    }
}
