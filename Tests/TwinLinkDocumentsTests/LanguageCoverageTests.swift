import Foundation
import Testing
import TwinLinkDomain
import TwinLinkLocalization

@testable import TwinLinkDocuments

/// Every document type in every language the programme serves, on the fixtures: complete
/// catalogues, no English left in a non-English document, every placeholder filled, the engine's
/// own texts (activity titles, agenda items) translated, plurals right, names in every script kept.
@Suite struct LanguageCoverageTests {
    static let languages = ["en", "pl", "cs", "sk", "hu", "de", "uk"]
    static let renderer = Result { try DocumentRenderer() }
    static let registry = Result { try NurembergForumPack.registry() }

    /// Proper names and international words that are the same in the languages' documents.
    static let untranslated: Set<String> = ["Online", "E-mail", "Status", "Forum", "Festival", "Program:"]

    /// Every document of the fixtures in `language`: the activity pack and every personal pack, the
    /// information material for every partner city, two digests.
    static func documents(in language: String, renderer: DocumentRenderer? = nil) throws -> [RenderedDocument] {
        let renderer = try renderer ?? self.renderer.get()
        let registry = try registry.get()
        let options = DocumentOptions(language: LanguageCode(rawValue: language)!)
        var documents = renderer.briefingPacks(try NurembergForumPack.input(registry: registry), options: options)
        for city in registry.partnerCities {
            documents += renderer.informationMaterials(
                try InformationMaterialInput(
                    registry: registry, partnerCity: city.id, preparedOn: NurembergForumPack.preparedOn),
                options: options)
        }
        for enterprise in ["sme-codewawel", "sme-medinfo"] {
            documents.append(
                renderer.opportunityDigest(
                    try OpportunityDigestInput(
                        registry: registry, enterprise: Identifier(trusted: enterprise),
                        activities: NurembergForumPack.activities, today: NurembergForumPack.preparedOn),
                    options: options))
        }
        return documents
    }

    /// The English sentences and phrases (of three words or more) of both catalogues, split at
    /// their placeholders: none may appear in a document in another language.
    static func englishFragments() throws -> [String] {
        let english = try renderer.get().catalogue(for: .english)
        var fragments: Set<String> = []
        for catalogue in [english.texts, english.shared] {
            for key in catalogue.allKeys where !key.hasPrefix("nace_") {
                for text in catalogue.ownEntry(key)?.texts ?? [] {
                    var rest = text[...]
                    while !rest.isEmpty {
                        let open = rest.firstIndex(of: "{") ?? rest.endIndex
                        let piece = rest[..<open].trimmingCharacters(
                            in: .whitespacesAndNewlines.union(.punctuationCharacters))
                        if piece.split(separator: " ").count >= 3 && !untranslated.contains(piece) {
                            fragments.insert(piece)
                        }
                        guard open < rest.endIndex, let close = rest[open...].firstIndex(of: "}") else { break }
                        rest = rest[rest.index(after: close)...]
                    }
                }
            }
        }
        return fragments.sorted()
    }

    @Test(arguments: languages)
    func everyCatalogueHasEveryKeyWithTheSamePlaceholders(language: String) throws {
        let renderer = try Self.renderer.get()
        let english = renderer.catalogue(for: .english)
        let catalogue = renderer.catalogue(for: LanguageCode(rawValue: language)!)
        #expect(catalogue.language.rawValue == language)
        #expect(catalogue.texts.problems(comparedTo: english.texts) == [])
        #expect(catalogue.shared.language == language)
    }

    @Test(arguments: languages)
    func everyDocumentTypeIsWholeInEveryLanguage(language: String) throws {
        let documents = try Self.documents(in: language)
        let kinds = Set(documents.map(\.kind))
        #expect(kinds == [.briefingPack, .personalPack, .informationMaterial, .opportunityDigest])
        let placeholder = try Regex(#"\{[a-z_]+\}|\[[a-z]+_[a-z_]+\]"#)
        let fragments = language == "en" ? [] : try Self.englishFragments()
        for document in documents {
            #expect(document.language.rawValue == language, "\(document.name)")
            #expect(document.html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language)\""), "\(document.name)")
            for (format, text) in [("html", document.html), ("md", document.markdown)] {
                #expect(
                    text.firstMatch(of: placeholder) == nil, "\(document.name).\(format) has an unfilled placeholder")
                for fragment in fragments where text.contains(fragment) {
                    Issue.record("\(document.name).\(format) (\(language)) still says in English: \(fragment)")
                }
            }
        }
    }

    /// The texts the planner stored in English: the activity's title and its agenda.
    @Test(arguments: [
        (
            "pl", "Wizyta studyjna (Nuremberg): Nuremberg–Kraków Business Forum 2027",
            "Przyjazd i zakwaterowanie w hotelu"
        ),
        ("cs", "Studijní cesta (Nuremberg): Nuremberg–Kraków Business Forum 2027", "Příjezd a ubytování v hotelu"),
        ("sk", "Študijná cesta (Nuremberg): Nuremberg–Kraków Business Forum 2027", "Príchod a ubytovanie v hoteli"),
        (
            "hu", "Tanulmányút (Nuremberg): Nuremberg–Kraków Business Forum 2027",
            "Érkezés és bejelentkezés a szállodába"
        ),
        ("de", "Studienreise nach Nuremberg: Nuremberg–Kraków Business Forum 2027", "Anreise und Check-in im Hotel"),
        ("uk", "Навчальний візит (Nuremberg): Nuremberg–Kraków Business Forum 2027", "Прибуття та поселення в готелі"),
    ])
    func theEnginesTextsComeInTheReadersLanguage(language: String, title: String, arrival: String) throws {
        let pack = try #require(try Self.documents(in: language).first { $0.kind == .briefingPack })
        #expect(pack.markdown.contains(title))
        #expect(pack.markdown.contains(arrival))
        #expect(!pack.markdown.contains("Study visit to"))
        #expect(!pack.markdown.contains("Arrival and hotel check-in"))
    }

    @Test(arguments: [
        ("en", ["1 meeting", "2 meetings", "5 meetings", "22 meetings"]),
        ("pl", ["1 spotkanie", "2 spotkania", "5 spotkań", "22 spotkania"]),
        ("cs", ["1 firma", "2 firmy", "5 firem", "22 firem"]),
        ("sk", ["1 rokovanie", "2 rokovania", "5 rokovaní", "22 rokovaní"]),
        ("hu", ["1 tárgyalás", "2 tárgyalás", "5 tárgyalás", "22 tárgyalás"]),
        ("de", ["1 Gespräch", "2 Gespräche", "5 Gespräche", "22 Gespräche"]),
        ("uk", ["1 зустріч", "2 зустрічі", "5 зустрічей", "22 зустрічі"]),
    ])
    func pluralsAreRightForOneTwoFiveAndTwentyTwo(language: String, expected: [String]) throws {
        let catalogue = try Self.renderer.get().catalogue(for: LanguageCode(rawValue: language)!)
        let key = language == "cs" ? "count_firms" : "count_meetings"
        #expect([1, 2, 5, 22].map { catalogue.counted(key, count: $0) } == expected)
        // Every counted phrase has the form each of the four numbers needs.
        for key in catalogue.allKeys {
            guard case .plural(let forms) = catalogue.texts.ownEntry(key) else { continue }
            for count in [1, 2, 5, 22] {
                #expect(forms[PluralCategory.of(count, in: language)] != nil, "\(language) \(key) for \(count)")
            }
        }
    }

    /// Names as people write them, in every script of the fixtures, reach every language's documents.
    @Test(arguments: languages)
    func namesInEveryScriptSurvive(language: String) throws {
        let documents = try Self.documents(in: language)
        let all = documents.map(\.markdown).joined() + documents.map(\.html).joined()
        for name in [
            "Dürer Digital Solutions AG", "Олена Гнатишин (Olena Hnatyshyn)", "Yūko Ōhashi (大橋 優子)",
            "Magdalena Świątek-Rudnicka",
        ] {
            #expect(all.contains(name), "\(language): \(name)")
        }
    }
}
