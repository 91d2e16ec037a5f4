import Testing

@testable import TwinLinkLocalization

/// CLDR plural categories for whole numbers, for every language the programme serves.
@Suite struct PluralRuleTests {
    @Test(arguments: [
        ("en", [1: "one", 2: "other", 5: "other", 22: "other", 0: "other", 11: "other", 21: "other"]),
        ("de", [1: "one", 2: "other", 5: "other", 22: "other", 0: "other", 101: "other"]),
        ("hu", [1: "one", 2: "other", 5: "other", 22: "other", 0: "other"]),
        ("cs", [1: "one", 2: "few", 4: "few", 5: "other", 22: "other", 0: "other", 11: "other", 21: "other"]),
        ("sk", [1: "one", 3: "few", 5: "other", 22: "other", 102: "other"]),
        (
            "pl",
            [
                1: "one", 2: "few", 4: "few", 5: "many", 12: "many", 14: "many", 21: "many", 22: "few", 25: "many",
                112: "many", 0: "many", 1002: "few",
            ]
        ),
        (
            "uk",
            [
                1: "one", 21: "one", 101: "one", 11: "many", 2: "few", 22: "few", 12: "many", 5: "many", 0: "many",
                111: "many",
            ]
        ),
    ])
    func categoriesFollowCLDR(language: String, expected: [Int: String]) {
        for (count, category) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(PluralCategory.of(count, in: language).rawValue == category, "\(language) \(count)")
        }
    }

    @Test func everyCategoryAWholeNumberCanTakeIsRequired() {
        for language in ["en", "de", "hu", "cs", "sk", "pl", "uk"] {
            let reached = Set((0...300).map { PluralCategory.of($0, in: language) })
            #expect(reached.isSubset(of: Set(PluralCategory.required(for: language))), "\(language)")
        }
    }
}
