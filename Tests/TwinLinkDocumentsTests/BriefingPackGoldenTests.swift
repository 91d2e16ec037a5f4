import Foundation
import Testing
import TwinLinkDocuments
import TwinLinkDomain

/// The packs of the study visit to the Nuremberg forum, byte for byte: the coordinator's pack in
/// the programme's language (Polish) and in English, and one delegate's personal pack.
@Suite struct BriefingPackGoldenTests {
    let packs: [RenderedDocument]
    let englishPack: RenderedDocument

    init() throws {
        let renderer = try DocumentRenderer()
        let input = try NurembergForumPack.input()
        packs = renderer.briefingPacks(input)
        englishPack = renderer.briefingPacks(input, options: DocumentOptions(language: .english))[0]
    }

    @Test func theActivityPackMatchesItsGoldenFilesInPolish() throws {
        let pack = try #require(packs.first)
        #expect(pack.kind == .briefingPack)
        #expect(pack.name == "pack-visit-ev-2027-05-nuremberg-forum")
        #expect(pack.language.rawValue == "pl")
        try GoldenFile.check(pack.html, named: "pack-visit-ev-2027-05-nuremberg-forum.pl.html")
        try GoldenFile.check(pack.markdown, named: "pack-visit-ev-2027-05-nuremberg-forum.pl.md")
    }

    @Test func theActivityPackMatchesItsGoldenFilesInEnglish() throws {
        #expect(englishPack.language == .english)
        try GoldenFile.check(englishPack.html, named: "pack-visit-ev-2027-05-nuremberg-forum.en.html")
        try GoldenFile.check(englishPack.markdown, named: "pack-visit-ev-2027-05-nuremberg-forum.en.md")
    }

    @Test func aPersonalPackMatchesItsGoldenFiles() throws {
        let personal = try #require(packs.first { $0.name.hasSuffix("-person-codewawel-1") })
        #expect(personal.kind == .personalPack)
        try GoldenFile.check(personal.html, named: "pack-visit-ev-2027-05-nuremberg-forum-person-codewawel-1.html")
        try GoldenFile.check(personal.markdown, named: "pack-visit-ev-2027-05-nuremberg-forum-person-codewawel-1.md")
    }

    @Test func everySeatedDelegateGetsOnePersonalPackAndNoOneElse() {
        let personal = packs.filter { $0.kind == .personalPack }.map(\.name).sorted()
        // PakMasz was granted one seat of two; the rejected application (MedInfo) has no pack.
        #expect(
            personal
                == [
                    "automatyka-podgorze-1", "automatyka-podgorze-2", "codewawel-1", "codewawel-2",
                    "czekolada-kleparz-1", "pakmasz-1",
                ].map { "pack-visit-ev-2027-05-nuremberg-forum-person-\($0)" })
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let again = try DocumentRenderer().briefingPacks(try NurembergForumPack.input())
        #expect(again == packs)
    }
}
