import Foundation
import Testing
import TwinLinkAllocation
import TwinLinkDomain
import TwinLinkImport
import TwinLinkTestSupport

/// `regulations.yaml`: the fixtures' file read in full, and every kind of mistake reported with
/// its file, line, key, value and what is expected.
@Suite("Regulations file")
struct RegulationsFileReaderTests {
    /// The smallest complete file: 12 seats, costs and deadlines; the rest defaults.
    static let minimal = """
        version: 1
        capacity:
          seats: 12
        costs:
          travel: "450.00 EUR"
          accommodation: "480.00 EUR"
          fees: "100.00 EUR"
        deadlines:
          applications_open: 2026-09-15
          applications_close: 2026-11-30
          decision: 2026-12-15
          confirmation: 2027-01-31

        """

    static func read(_ text: String, references: RegulationsFileReader.References = .init()) throws(ImportFailure)
        -> Regulations
    {
        try RegulationsFileReader().read(text, file: "regulations.yaml", references: references)
    }

    /// The messages for `text`, one per problem.
    static func problems(_ text: String, references: RegulationsFileReader.References = .init()) -> [String] {
        do {
            _ = try read(text, references: references)
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    @Test("the smallest file gives the documented defaults")
    func minimalFile() throws {
        let regulations = try Self.read(Self.minimal)
        let rules = regulations.defaults
        #expect(regulations.processingOrder == ProcessingStep.standardOrder)
        #expect(rules.capacity == CapacityRules(seats: 12, delegatesDefault: 1, delegatesMax: 1))
        #expect(rules.eligibility == EligibilityRules())
        #expect(rules.quotas == QuotaRules())
        #expect(rules.priority == PriorityRules())
        #expect(rules.costs.perDelegate == .euros(1030_00))
        #expect(rules.deadlines.decision == .on(LocalDate(iso: "2026-12-15")!))
        #expect(regulations.activities.isEmpty)
    }

    @Test("the fixtures' regulations: programme-wide rules and the over-subscribed events' own calls")
    func fixtures() throws {
        let directory = URL(fileURLWithPath: RepositoryPaths.fixtures)
        let registry = try RegistryReader().read(directory: directory, displayPath: "fixtures")
        let regulations = try #require(
            try RegulationsFileReader().read(
                directory: directory, displayPath: "fixtures", references: .init(registry: registry)))
        let defaults = regulations.defaults
        #expect(defaults.capacity == CapacityRules(seats: 10, delegatesDefault: 1, delegatesMax: 2))
        #expect(defaults.eligibility.informationMaterialBy == .daysBeforeStart(30))
        #expect(defaults.eligibility.excluded.map(\.enterpriseID.rawValue) == ["sme-eurocargo"])
        #expect(
            defaults.branches.map(\.name) == [
                "micro-first-steps", "medium-one-delegate", "no-financial-intermediaries",
            ])
        #expect(defaults.delegatesMax(for: .medium, mainSector: NACECode(rawValue: "28.99")) == 1)
        #expect(defaults.deadlines.applicationsClose == .daysBeforeStart(14))

        let forum = regulations.rules(for: Identifier(trusted: "visit-ev-2027-05-nuremberg-forum"))
        #expect(forum.capacity.seats == 12)
        #expect(forum.capacity.delegatesMax == 2)
        #expect(forum.quotas.reserved == [ReservedSeats(name: "micro-firms", firms: Build.micro, seats: 3)])
        #expect(forum.quotas.maximumShares.map(\.percent) == [40])
        #expect(forum.quotas.unusedReservedSeats == .openPool)
        #expect(forum.costs.summary == "735.00 EUR per delegate (travel 180.00, accommodation 405.00, fees 150.00)")
        #expect(forum.deadlines.applicationsClose == .on(LocalDate(iso: "2026-11-30")!))
        #expect(forum.priority == defaults.priority)
        #expect(forum.eligibility == defaults.eligibility)

        let organic = regulations.rules(for: Identifier(trusted: "visit-ev-2027-02-nuremberg-organic"))
        #expect(organic.quotas.reserved.map(\.name) == ["micro-firms", "food-producers"])
        #expect(regulations.rules(for: Identifier(trusted: "visit-ev-2027-11-budapest-food")) == defaults)
    }

    struct Mistake: CustomTestStringConvertible, Sendable {
        let label: String
        let replace: String
        let with: String
        let expected: [String]

        var testDescription: String { label }

        func apply(to text: String) -> String {
            precondition(text.contains(replace), "\(label): '\(replace)' is not in the text")
            return text.replacingOccurrences(of: replace, with: with)
        }
    }

    static let mistakes: [Mistake] = [
        Mistake(
            label: "a word for a number", replace: "seats: 12", with: "seats: twelve",
            expected: [
                "regulations.yaml:3: field 'capacity.seats' value 'twelve': expected a whole number from 1 to 10000"
            ]),
        Mistake(
            label: "an amount without its currency", replace: "\"450.00 EUR\"", with: "450",
            expected: [
                "regulations.yaml:5: field 'costs.travel' value '450': expected an amount with at most two decimals "
                    + "and a currency code, such as 450.00 EUR"
            ]),
        Mistake(
            label: "amounts in two currencies", replace: "\"100.00 EUR\"", with: "\"100.00 PLN\"",
            expected: [
                "regulations.yaml:7: field 'costs.fees' value '100.00 PLN': expected an amount in EUR, the currency "
                    + "of travel"
            ]),
        Mistake(
            label: "a misspelt key", replace: "  seats: 12", with: "  seat: 12",
            expected: [
                "regulations.yaml:2: field 'capacity.seats' value '': required key is missing; expected a whole "
                    + "number from 1 to 10000",
                "regulations.yaml:3: field 'capacity.seat' value '12': unknown key; expected one of "
                    + "delegates_per_company, seats",
            ]),
        Mistake(
            label: "a decision before applications close", replace: "decision: 2026-12-15",
            with: "decision: 2026-11-01",
            expected: [
                "regulations.yaml:11: field 'deadlines.decision' value '2026-11-01': expected no earlier than "
                    + "applications_close (2026-11-30)"
            ]),
        Mistake(
            label: "a deadline in words it does not know", replace: "confirmation: 2027-01-31",
            with: "confirmation: two weeks after the decision",
            expected: [
                "regulations.yaml:12: field 'deadlines.confirmation' value 'two weeks after the decision': expected "
                    + "a date YYYY-MM-DD or 'N days before start', such as 2026-11-30 or 30 days before start"
            ]),
        Mistake(
            label: "a missing section",
            replace: "costs:\n  travel: \"450.00 EUR\"\n  accommodation: \"480.00 EUR\"\n  fees: \"100.00 EUR\"\n",
            with: "",
            expected: [
                "regulations.yaml:1: field 'costs' value '': required key is missing; expected a mapping with the "
                    + "self-paid travel, accommodation and fees per delegate"
            ]),
        Mistake(
            label: "more seats reserved than there are", replace: "  seats: 12\n",
            with: "  seats: 12\nquotas:\n  reserved_seats:\n    - name: micro-firms\n      size_classes: [micro]\n"
                + "      seats: 13\n",
            expected: [
                "regulations.yaml:5: field 'quotas.reserved_seats' value '13': 13 seats are reserved but the "
                    + "activity has only 12"
            ]),
        Mistake(
            label: "a large enterprise admitted", replace: "version: 1\n",
            with: "version: 1\neligibility:\n  size_classes: [micro, large]\n",
            expected: [
                "regulations.yaml:3: field 'eligibility.size_classes[2]' value 'large': expected one of micro, "
                    + "small, medium (a large enterprise is not an SME)"
            ]),
        Mistake(
            label: "a quota for no firms in particular", replace: "  seats: 12\n",
            with: "  seats: 12\nquotas:\n  maximum_shares:\n    - name: it\n      percent: 40\n",
            expected: [
                "regulations.yaml:6: field 'quotas.maximum_shares[1]' value '': expected size_classes, sectors or "
                    + "both, to say which firms it applies to"
            ]),
        Mistake(
            label: "a branch rule that changes nothing", replace: "version: 1\n",
            with: "version: 1\nbranches:\n  - name: micro\n    size_classes: [micro]\n",
            expected: [
                "regulations.yaml:3: field 'branches[1]' value 'micro': the rule changes nothing; expected "
                    + "admitted: no, delegates_max or priority_points"
            ]),
        Mistake(
            label: "a later version of the format", replace: "version: 1", with: "version: 2",
            expected: ["regulations.yaml:1: field 'version' value '2': expected 1, the version of the format"]),
        Mistake(
            label: "a processing order that leaves a step out", replace: "version: 1\n",
            with:
                "version: 1\nprocessing_order: [sme_status, location, priority, reserved_seats, open_seats, "
                + "waitlist]\n",
            expected: [
                "regulations.yaml:2: field 'processing_order' value 'sme_status, location, priority, reserved_seats, "
                    + "open_seat...': missing admitted_sectors, application_window, branch_rules, "
                    + "cost_acknowledgement, exclusion_list, information_material, profile_consent, withdrawal; "
                    + "expected every step exactly once (withdrawal, application_window, cost_acknowledgement, "
                    + "exclusion_list, sme_status, location, information_material, profile_consent, admitted_sectors, "
                    + "branch_rules, priority, reserved_seats, open_seats, waitlist): the checks in any order, then "
                    + "priority, reserved_seats, open_seats, waitlist"
            ]),
        Mistake(
            label: "not YAML at all", replace: "  seats: 12", with: "  seats: [12",
            expected: [
                "regulations.yaml:4: field '(syntax)' value '': not valid YAML: did not find expected ',' or ']'"
            ]),
        Mistake(
            label: "a key given twice", replace: "  seats: 12", with: "  seats: 12\n  seats: 14",
            expected: [
                "regulations.yaml:4: field '(syntax)' value '': not valid YAML: the key seats appears twice in one "
                    + "mapping"
            ]),
    ]

    @Test("each mistake is reported with its file, line, key, value and what is expected", arguments: mistakes)
    func mistake(_ mistake: Mistake) {
        #expect(Self.problems(mistake.apply(to: Self.minimal)) == mistake.expected)
    }

    @Test("an override changes only the keys it names; its mistakes name the activity")
    func overrides() throws {
        let text =
            Self.minimal + """
                quotas:
                  reserved_seats:
                    - name: micro-firms
                      size_classes: [micro]
                      seats: 3
                activities:
                  visit-ev-2027-05-nuremberg-forum:
                    capacity:
                      delegates_per_company: {default: 1, max: 2}
                    deadlines:
                      applications_close: 2026-11-20

                """
        let regulations = try Self.read(text)
        let forum = regulations.rules(for: Identifier(trusted: "visit-ev-2027-05-nuremberg-forum"))
        #expect(forum.capacity == CapacityRules(seats: 12, delegatesDefault: 1, delegatesMax: 2))
        #expect(forum.deadlines.applicationsClose == .on(LocalDate(iso: "2026-11-20")!))
        #expect(forum.deadlines.decision == regulations.defaults.deadlines.decision)
        #expect(forum.quotas == regulations.defaults.quotas)

        let tooFew = text.replacingOccurrences(
            of: "      delegates_per_company: {default: 1, max: 2}", with: "      seats: 2")
        #expect(
            Self.problems(tooFew) == [
                "regulations.yaml:14: field 'quotas.reserved_seats' value '3': 3 seats are reserved but the activity "
                    + "has only 2 (with the changes in activities.visit-ev-2027-05-nuremberg-forum)"
            ])
        let references = RegulationsFileReader.References(
            activityIDs: ["visit-ev-2027-02-nuremberg-organic"], enterpriseIDs: [])
        #expect(
            Self.problems(text, references: references) == [
                "regulations.yaml:19: field 'activities.visit-ev-2027-05-nuremberg-forum' value "
                    + "'visit-ev-2027-05-nuremberg-forum': no activity has this id; expected visit-<event id> of an "
                    + "event in events.csv"
            ])
    }

    @Test("the stored form of the regulations is the same bytes every time")
    func stableEncoding() throws {
        let text =
            Self.minimal + """
                activities:
                  visit-b:
                    capacity: {seats: 3}
                  visit-a:
                    capacity: {seats: 4}
                  visit-c:
                    capacity: {seats: 5}

                """
        let regulations = try Self.read(text)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let first = try encoder.encode(regulations)
        for _ in 0..<5 {
            #expect(try encoder.encode(try Self.read(text)) == first)
        }
        #expect(try JSONDecoder().decode(Regulations.self, from: first) == regulations)
    }
}
