import Foundation
import Testing
import TwinLinkDomain
import TwinLinkImport
import TwinLinkTestSupport

/// Values and files refused with their place (issue 13 §3): impossible dates, YAML errors at their
/// real line, missing files named once, amounts in another currency than the programme's.
@Suite struct ValueDefectTests {
    func messages(_ registry: MiniRegistry) throws -> [String] {
        let path = try registry.write()
        do {
            _ = try RegistryReader().read(directory: URL(fileURLWithPath: path), displayPath: "reg")
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    func application(submittedAt: String) -> MiniRegistry {
        var registry = MiniRegistry()
        registry.files["applications.csv"] = registry.files["applications.csv"]!.replacingOccurrences(
            of: "2027-02-01T10:00:00+01:00", with: submittedAt)
        return registry
    }

    @Test(arguments: ["2027-02-01T19:09:61+02:00", "2027-02-30T10:00:00+01:00", "3026-02-01T10:00:00+01:00"])
    func anInstantThatCannotBeRightIsRefusedWithItsPlace(_ submittedAt: String) throws {
        let found = try messages(application(submittedAt: submittedAt))
        #expect(found.count == 1, "\(found)")
        #expect(
            found.first?.hasPrefix("reg/applications.csv:2: field 'submitted_at' value '\(submittedAt)': expected")
                == true)
    }

    @Test func aDateThatDoesNotExistIsRefused() throws {
        var registry = MiniRegistry()
        registry.files["events.csv"] = registry.files["events.csv"]!.replacingOccurrences(
            of: "2027-02-16,2027-02-19", with: "2027-02-27,2027-02-30")
        let found = try messages(registry)
        #expect(found.first?.hasPrefix("reg/events.csv:3: field 'end' value '2027-02-30'") == true, "\(found)")
    }

    @Test func aYAMLSyntaxErrorIsReportedAtItsLineWithoutRawControlCharacters() throws {
        var registry = MiniRegistry()
        registry.files["programme.yaml"] = registry.files["programme.yaml"]!.replacingOccurrences(
            of: "home_city:\n", with: "home_city:\n  \u{0}name_extra: x\n")
        let found = try messages(registry)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.hasPrefix("reg/programme.yaml:3: field '(syntax)'") == true, "\(found)")
        #expect(found.first?.contains("U+0000") == true)
        #expect(found.allSatisfy { !$0.contains("\u{0}") })
    }

    @Test func aRepeatedYAMLKeyIsReportedAtItsLine() throws {
        var registry = MiniRegistry()
        registry.files["programme.yaml"] = registry.files["programme.yaml"]! + "name: Another name\n"
        let found = try messages(registry)
        #expect(found.count == 1, "\(found)")
        let line = registry.files["programme.yaml"]!.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        #expect(found.first?.hasPrefix("reg/programme.yaml:\(line): field '(syntax)'") == true, "\(found) line \(line)")
        #expect(found.first?.contains("name") == true)
    }

    @Test func aMissingOptionalFileThatRowsReferToIsOneProblem() throws {
        var registry = MiniRegistry()
        registry.files["partner_enterprises.csv"] = nil
        let found = try messages(registry)
        #expect(
            found == [
                "reg/partner_enterprises.csv:0: field '(file)' value 'partner_enterprises.csv': the file is missing, but "
                    + "people.csv line 5 (field 'organisation_id') and 1 more rows refer to its records; "
                    + "add the file (required: programme.yaml, people.csv, partner_cities.csv, smes.csv; optional "
                    + "(absent means no records): enterprise_links.csv, partner_enterprises.csv, events.csv, "
                    + "applications.csv, meeting_requests.csv)"
            ])
    }

    @Test func aMissingRequiredFileNamesTheRequiredAndOptionalFiles() throws {
        var registry = MiniRegistry()
        registry.files["smes.csv"] = nil
        let found = try messages(registry)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.contains("required: programme.yaml, people.csv, partner_cities.csv, smes.csv") == true)
    }

    @Test func anAbsentOptionalFileIsNamedInANote() throws {
        var registry = MiniRegistry()
        registry.files["enterprise_links.csv"] = nil
        let path = try registry.write()
        #expect(
            RegistryReader.absentOptionalFiles(in: URL(fileURLWithPath: path)).first?.hasPrefix(
                "enterprise_links.csv is absent: read as no records (required:") == true)
    }

    @Test func costsInAnotherCurrencyThanTheProgrammesAreRefused() throws {
        let text = try String(
            contentsOf: RepositoryPaths.root.appendingPathComponent("fixtures/regulations.yaml"), encoding: .utf8)
        let references = RegulationsFileReader.References(currency: CurrencyCode(rawValue: "CZK")!)
        let error = #expect(throws: ImportFailure.self) {
            try RegulationsFileReader().read(text, file: "regulations.yaml", references: references)
        }
        let found = error?.issues.map(\.description) ?? []
        #expect(
            found.contains {
                $0.hasPrefix("regulations.yaml:86: field 'costs.travel' value '320.00 EUR': expected an amount in CZK")
            }, "\(found)")
        let czk = text.replacingOccurrences(of: " EUR\"", with: " CZK\"")
        #expect(throws: Never.self) {
            try RegulationsFileReader().read(czk, file: "regulations.yaml", references: references)
        }
    }
}

@Suite struct ZoneNameTests {
    @Test func aPartnerCityInEuropeKievIsStoredAsEuropeKyiv() throws {
        var registry = MiniRegistry()
        registry.files["partner_cities.csv"] = registry.files["partner_cities.csv"]!.replacingOccurrences(
            of: "Europe/Berlin", with: "Europe/Kiev")
        let read = try RegistryReader().read(directory: URL(fileURLWithPath: try registry.write()), displayPath: "reg")
        #expect(read.partnerCities.first?.timeZone.rawValue == "Europe/Kyiv")
    }
}
