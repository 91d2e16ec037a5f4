import Foundation
import Testing
import TwinLinkDomain
import TwinLinkImport
import TwinLinkTestSupport

/// CSV defects found by outside testing (issue 13 §3): every row's problems are reported, and
/// files saved by spreadsheets set to Central European languages are recognised.
@Suite struct CSVInputDefectTests {
    func messages(_ path: String, format: CSVFormat = .standard) -> [String] {
        issues(path, format: format).map(\.description)
    }

    func issues(_ path: String, format: CSVFormat = .standard) -> [ImportIssue] {
        do {
            _ = try RegistryReader(format: format).read(directory: URL(fileURLWithPath: path), displayPath: "reg")
            return []
        } catch {
            return error.issues
        }
    }

    func registry(_ file: String, _ text: String) throws -> String {
        var registry = MiniRegistry()
        registry.files[file] = text
        return try registry.write()
    }

    static let badPeople = """
        p-bad1,Bad One,bad1@example,sme,sme-drewno,
        p-bad2,Bad Two,bad2@x.example,company,sme-drewno,

        """

    @Test func anEncodingProblemDoesNotHideTheOtherRows() throws {
        var bytes = Array((MiniRegistry().files["people.csv"]! + Self.badPeople).utf8)
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: Array("Klaus".utf8)) })  // line 4
        bytes.replaceSubrange(at..<at + 1, with: [0xC4, 0x28])
        let path = try MiniRegistry().write(replacing: "people.csv", with: bytes)
        let found = messages(path)
        #expect(found.count == 3, "\(found)")
        #expect(
            found.contains { $0.hasPrefix("reg/people.csv:4: field 'full_name'") && $0.contains("not valid UTF-8") })
        #expect(found.contains { $0.hasPrefix("reg/people.csv:7: field 'email' value 'bad1@example'") })
        #expect(found.contains { $0.hasPrefix("reg/people.csv:8: field 'organisation_kind' value 'company'") })
    }

    @Test func anUnclosedQuoteNamesTheLineItOpenedOnAndTheOtherRowsAreStillRead() throws {
        let people =
            MiniRegistry().files["people.csv"]!
            .replacingOccurrences(of: "p-jan,Jan Kowalski,", with: "p-jan,\"Jan Kowalski,")
            + Self.badPeople
        let found = messages(try registry("people.csv", people))
        #expect(
            found.contains(
                "reg/people.csv:3: field 'full_name' value '\"Jan Kowalski,jan.kowalski@drewno.example,sme,sme-drewno,': the quoted field opened on this line is never closed; add the closing quote (\")"
            ), "\(found)")
        #expect(found.contains { $0.hasPrefix("reg/people.csv:7: field 'email' value 'bad1@example'") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("reg/people.csv:8: field 'organisation_kind'") }, "\(found)")
    }

    @Test func aStrayQuoteDoesNotHideTheOtherRows() throws {
        let people =
            MiniRegistry().files["people.csv"]!
            .replacingOccurrences(of: "Jan Kowalski", with: "Jan \"Kowalski")
            + Self.badPeople
        let found = messages(try registry("people.csv", people))
        #expect(found.contains { $0.hasPrefix("reg/people.csv:3: field 'full_name' value 'Jan \"'") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("reg/people.csv:7: field 'email'") }, "\(found)")
    }

    @Test func aSemicolonSeparatedFileGetsAnExactHintAndIsReadWithTheDelimiterOption() throws {
        var registry = MiniRegistry()
        registry.files["partner_cities.csv"] = """
            id;name;country;time_zone;languages;key_sectors;contact_person_id;partnership_since
            nuremberg;Nuremberg;DE;Europe/Berlin;"de;en";"16;31.09";p-klaus;1979

            """
        let path = try registry.write()
        let found = messages(path)
        #expect(
            found.first
                == "reg/partner_cities.csv:1: field '(header)' value 'id;name;country;time_zone;languages;key_sectors;contact_p...': the columns are separated by semicolons, as a spreadsheet set to Polish, Czech or German saves CSV; save the file as \"CSV UTF-8 (comma delimited)\"",
            "\(found)")
        // Reading with the other separator resolves it: a remedy each shell names its own way.
        #expect(issues(path).first?.remedy == .delimiter(";"))
        #expect(!found.contains { $0.contains("quote inside") })
        // Read as the user says: every file of the folder with semicolons.
        var allSemicolons = MiniRegistry()
        for (name, text) in allSemicolons.files where name.hasSuffix(".csv") {
            allSemicolons.files[name] = Self.toSemicolons(text)
        }
        let semicolonPath = try allSemicolons.write()
        let format = try CSVFormat.named(delimiter: ";", encoding: nil).get()
        #expect(messages(semicolonPath, format: format) == [])
        let read = try RegistryReader(format: format).read(
            directory: URL(fileURLWithPath: semicolonPath), displayPath: "reg")
        #expect(read.enterprises.first?.legalName == "Drewno, Meble i Syn sp. z o.o.")
        #expect(read.partnerCities.first?.languages.map(\.rawValue) == ["de", "en"])
    }

    /// The same records with `;` between fields (RFC 4180 quoting, a `;` list quoted).
    static func toSemicolons(_ text: String) -> String {
        var records: [[String]] = [[]]
        var field = ""
        var quoted = false
        var previous: Character = " "
        for character in text {
            if character == "\"" {
                if quoted {
                    quoted = false
                } else {
                    if previous == "\"" { field.append("\"") }
                    quoted = true
                }
            } else if !quoted && character == "," {
                records[records.count - 1].append(field)
                field = ""
            } else if !quoted && character == "\n" {
                records[records.count - 1].append(field)
                field = ""
                records.append([])
            } else {
                field.append(character)
            }
            previous = character
        }
        records[records.count - 1].append(field)
        return records.map { fields in
            fields.map { value in
                value.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" })
                    ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
            }.joined(separator: ";")
        }.joined(separator: "\n")
    }

    @Test func aWindows1250FileGetsAnExactHintAndIsReadWithTheEncodingOption() throws {
        let smes = MiniRegistry().files["smes.csv"]!
        let bytes = try #require(smes.data(using: .windowsCP1250))
        let path = try MiniRegistry().write(replacing: "smes.csv", with: [UInt8](bytes))
        let found = messages(path)
        #expect(
            found == [
                "reg/smes.csv:2: field 'address' value 'ul. Zab\u{FFFD}ocie 12': the bytes are not valid UTF-8 (shown as \u{FFFD}) and read as Windows-1250 (Central European) letters; save the file as UTF-8 (\"CSV UTF-8\" in a spreadsheet)"
            ])
        #expect(issues(path).map(\.remedy) == [.encoding("windows-1250")])
        let format = try CSVFormat.named(delimiter: nil, encoding: "windows-1250").get()
        let read = try RegistryReader(format: format).read(directory: URL(fileURLWithPath: path), displayPath: "reg")
        #expect(read.enterprises.first?.address == "ul. Zabłocie 12")
    }

    @Test func anUnknownDelimiterOrEncodingIsRefused() {
        #expect(throws: CSVFormatError.self) { try CSVFormat.named(delimiter: "|", encoding: nil).get() }
        #expect(throws: CSVFormatError.self) { try CSVFormat.named(delimiter: nil, encoding: "latin-9").get() }
    }
}
