import Foundation
import Testing
import TwinLinkDomain
import TwinLinkImport
import TwinLinkTestSupport

/// Reads a registry folder and returns the messages of the failure, or records that it passed.
private func problems(_ registry: MiniRegistry) throws -> [String] {
    let path = try registry.write()
    do {
        _ = try RegistryReader().read(directory: URL(fileURLWithPath: path), displayPath: "reg")
        return []
    } catch {
        return error.issues.map(\.description)
    }
}

private func problems(_ file: String, _ text: String) throws -> [String] {
    var registry = MiniRegistry()
    registry.files[file] = text
    return try problems(registry)
}

@Suite("Reading registry folders")
struct RegistryReaderTests {
    @Test("the mini registry is valid and reads completely")
    func miniRegistry() throws {
        let path = try MiniRegistry().write()
        let registry = try RegistryReader().read(directory: URL(fileURLWithPath: path), displayPath: "reg")
        #expect(registry.enterprises.count == 1)
        let firm = try #require(registry.enterprises.first)
        #expect(firm.legalName == "Drewno, Meble i Syn sp. z o.o.")
        #expect(firm.offer == "Oak furniture\nmade to measure")
        #expect(firm.annualTurnover == .euros(150_000_050))
        #expect(firm.sectors.map(\.rawValue) == ["31.09", "16.23"])
        #expect(registry.programme.homeCity.timeZone.rawValue == "Europe/Warsaw")
        #expect(registry.programme.referenceDate == LocalDate(year: 2026, month: 12, day: 1))
        let forum = try #require(registry.events.first { $0.id.rawValue == "ev-forum" })
        guard case .timed(let start, let end) = forum.schedule else {
            Issue.record("the forum is a timed event")
            return
        }
        // 09:00 in Nuremberg in May is 07:00 UTC (CEST, UTC+2).
        #expect(start.utcISO == "2027-05-04T07:00:00Z")
        #expect(end.utcISO == "2027-05-05T15:30:00Z")
        let fair = try #require(registry.events.first { $0.id.rawValue == "ev-fair" })
        #expect(
            fair.schedule
                == .allDay(
                    first: LocalDate(iso: "2027-02-16")!, last: LocalDate(iso: "2027-02-19")!,
                    zone: TimeZoneID(rawValue: "Europe/Berlin")!))
        #expect(registry.applications.first?.delegateIDs.map(\.rawValue) == ["p-anna", "p-jan"])
    }

    @Test("the bundled fixtures read without a problem")
    func fixtures() throws {
        let registry = try RegistryReader().read(
            directory: URL(fileURLWithPath: RepositoryPaths.fixtures), displayPath: "fixtures")
        #expect(registry.partnerCities.count >= 6)
        #expect(Set(registry.partnerCities.map(\.country)).count >= 4)
        #expect(registry.enterprises.count >= 60)
        #expect(registry.partnerEnterprises.count >= 30)
        #expect(registry.meetingRequests.count >= 200)
    }

    @Test("a wrong type names file, line, field and value")
    func wrongType() throws {
        let text = MiniRegistry().files["smes.csv"]!.replacingOccurrences(
            of: ",12,1500000.50,", with: ",twelve,1500000.50,")
        let found = try problems("smes.csv", text)
        #expect(
            found == [
                "reg/smes.csv:2: field 'staff_headcount' value 'twelve': expected a whole number from 0 to 10000000"
            ])
    }

    @Test("money with three decimals or a thousands separator is refused")
    func money() throws {
        let text = MiniRegistry().files["smes.csv"]!.replacingOccurrences(
            of: ",1500000.50,900000,", with: ",1500000.505,\"900,000\",")
        let found = try problems("smes.csv", text)
        #expect(
            found == [
                "reg/smes.csv:2: field 'annual_turnover_eur' value '1500000.505': expected an amount in EUR with at most two decimals, such as 1250000.50",
                "reg/smes.csv:2: field 'balance_sheet_total_eur' value '900,000': expected an amount in EUR with at most two decimals, such as 1250000.50",
            ])
    }

    @Test("an unknown sector code is refused")
    func unknownSector() throws {
        let text = MiniRegistry().files["partner_cities.csv"]!.replacingOccurrences(of: "16;31.09", with: "16;34.10")
        let found = try problems("partner_cities.csv", text)
        #expect(
            found == [
                "reg/partner_cities.csv:2: field 'key_sectors' value '34.10': expected \(NACECode.rule) (the list is separated by ';')"
            ])
    }

    @Test("a bad time zone is refused")
    func badTimeZone() throws {
        let text = MiniRegistry().files["partner_cities.csv"]!.replacingOccurrences(
            of: "Europe/Berlin", with: "Europe/Nuremberg")
        let found = try problems("partner_cities.csv", text)
        #expect(
            found == [
                "reg/partner_cities.csv:2: field 'time_zone' value 'Europe/Nuremberg': expected an IANA time-zone name such as Europe/Warsaw"
            ])
    }

    @Test(
        "a bad e-mail address is refused",
        arguments: ["jan.kowalski@drewno", "jan kowalski@drewno.example", "jan@@x.example"])
    func badEmail(address: String) throws {
        let text = MiniRegistry().files["people.csv"]!.replacingOccurrences(
            of: "jan.kowalski@drewno.example", with: address)
        let found = try problems("people.csv", text)
        #expect(
            found == [
                "reg/people.csv:3: field 'email' value '\(address)': expected a plain e-mail address such as anna.nowak@example.pl"
            ])
    }

    @Test("a duplicate id is reported with the line of its first use")
    func duplicateID() throws {
        var text = MiniRegistry().files["meeting_requests.csv"]!
        text += "mr-1,ev-fair,sme-drewno,pe-holz,sme,1,\n"
        let found = try problems("meeting_requests.csv", text)
        #expect(
            found == [
                "reg/meeting_requests.csv:3: field 'id' value 'mr-1': duplicate id; it is already used on line 2"
            ])
    }

    @Test("a dangling reference names the file it should be in")
    func danglingReference() throws {
        let text = MiniRegistry().files["applications.csv"]!.replacingOccurrences(of: "ev-forum", with: "ev-missing")
        let found = try problems("applications.csv", text)
        #expect(
            found == [
                "reg/applications.csv:2: field 'event_id' value 'ev-missing': no record with this id in events.csv"
            ])
    }

    @Test("a delegate must work for the applying firm")
    func foreignDelegate() throws {
        let text = MiniRegistry().files["applications.csv"]!.replacingOccurrences(
            of: "p-anna;p-jan", with: "p-anna;p-klaus")
        let found = try problems("applications.csv", text)
        #expect(
            found == [
                "reg/applications.csv:2: field 'delegate_person_ids' value 'p-klaus': this person works for partner_city:nuremberg, not for the applicant sme:sme-drewno; delegates must be people of the applying firm"
            ])
    }

    @Test("an unknown column is refused, a missing optional one is not")
    func unknownColumn() throws {
        let text = MiniRegistry().files["partner_enterprises.csv"]!.replacingOccurrences(
            of: "interest_sectors,", with: "colour,")
        let found = try problems("partner_enterprises.csv", text)
        #expect(
            found == [
                "reg/partner_enterprises.csv:1: field 'colour' value 'colour': unknown column; expected one of id, partner_city_id, name, nace_codes, offer, languages, contact_person_id, interests, interest_sectors, website"
            ])
    }

    @Test("a missing required column is refused")
    func missingColumn() throws {
        let text = "id,name,country,time_zone,languages\nnuremberg,Nuremberg,DE,Europe/Berlin,de\n"
        let found = try problems("partner_cities.csv", text)
        #expect(
            found == [
                "reg/partner_cities.csv:1: field 'contact_person_id' value '': required column is missing from the header"
            ])
    }

    @Test("a quote inside an unquoted field is located")
    func strayQuote() throws {
        let text = MiniRegistry().files["partner_enterprises.csv"]!.replacingOccurrences(
            of: "Holzwerk Franken GmbH", with: "Holzwerk \"Franken\" GmbH")
        let found = try problems("partner_enterprises.csv", text)
        #expect(
            found == [
                "reg/partner_enterprises.csv:2: field 'name' value 'Holzwerk \"': a quote inside an unquoted field; quote the whole field and double the quote (\"\")"
            ])
    }

    @Test("a quoted field that is never closed is located at its start")
    func unclosedQuote() throws {
        let text = MiniRegistry().files["smes.csv"]!.replacingOccurrences(
            of: "made to measure\"", with: "made to measure")
        let found = try problems("smes.csv", text)
        #expect(
            found == [
                "reg/smes.csv:2: field 'offer' value '\"Oak furniture': the quoted field opened on this line is never closed; add the closing quote (\")"
            ])
    }

    @Test("bytes that are not UTF-8 are reported by line and column")
    func notUTF8() throws {
        var bytes = Array(MiniRegistry().files["people.csv"]!.utf8)
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: Array("Klaus".utf8)) })  // line 4
        bytes.replaceSubrange(at..<at + 1, with: [0xC4, 0x28])  // invalid: C4 needs a continuation byte
        let path = try MiniRegistry().write(replacing: "people.csv", with: bytes)
        #expect(throws: ImportFailure.self) {
            try RegistryReader().read(directory: URL(fileURLWithPath: path), displayPath: "reg")
        }
        do {
            _ = try RegistryReader().read(directory: URL(fileURLWithPath: path), displayPath: "reg")
        } catch {
            #expect(
                error.issues.map(\.description) == [
                    "reg/people.csv:4: field 'full_name' value '\u{FFFD}(laus Becker': the bytes are not valid UTF-8 (shown as \u{FFFD}); save the file as UTF-8 (\"CSV UTF-8\" in a spreadsheet)"
                ])
        }
    }

    @Test("a local time skipped by daylight-saving time is refused")
    func skippedTime() throws {
        let text = MiniRegistry().files["events.csv"]!.replacingOccurrences(
            of: "2027-05-04T09:00,2027-05-05T17:30", with: "2027-03-28T02:30,2027-03-28T17:30")
        let found = try problems("events.csv", text)
        #expect(
            found == [
                "reg/events.csv:2: field 'start' value '2027-03-28T02:30': 2027-03-28T02:30 does not exist in Europe/Berlin: the clocks skip that hour for daylight-saving time; choose a time that exists"
            ])
    }

    @Test("three bad rows give three precise errors")
    func threeBadRows() throws {
        var text = MiniRegistry().files["people.csv"]!
        text += """
            p-bad1,Bad One,bad1@example,sme,sme-drewno,
            p-bad2,Bad Two,bad2@x.example,sme,sme-missing,
            p-bad3,Bad Three,bad3@x.example,company,sme-drewno,

            """
        let found = try problems("people.csv", text)
        #expect(
            found == [
                "reg/people.csv:7: field 'email' value 'bad1@example': expected a plain e-mail address such as anna.nowak@example.pl",
                "reg/people.csv:8: field 'organisation_id' value 'sme-missing': no record with this id in smes.csv",
                "reg/people.csv:9: field 'organisation_kind' value 'company': expected sme, partner_enterprise, partner_city or programme",
            ])
    }

    @Test("programme.yaml problems carry their line and key")
    func programmeFile() throws {
        let text = MiniRegistry().files["programme.yaml"]!
            .replacingOccurrences(of: "country: PL", with: "country: Poland")
            .replacingOccurrences(of: "languages: [pl, en]", with: "languages: [pl, en]\nbudget: 1000")
        let found = try problems("programme.yaml", text)
        #expect(
            found == [
                "reg/programme.yaml:4: field 'home_city.country' value 'Poland': expected an ISO 3166-1 alpha-2 country code in capitals, such as PL or DE",
                "reg/programme.yaml:12: field 'budget' value '1000': unknown key; expected one of calendars, coordinating_unit, currency, home_city, languages, name, organiser, planning, reference_date",
            ])
    }

    @Test("a missing required file and an unknown CSV file are reported")
    func files() throws {
        var registry = MiniRegistry()
        registry.files["smes.csv"] = nil
        registry.files["sme.csv"] = "id\n"
        let found = try problems(registry)
        #expect(found.contains { $0.hasPrefix("reg/sme.csv:1: field '(file)' value 'sme.csv': unknown registry file") })
        #expect(found.contains { $0.hasPrefix("reg/smes.csv:0: field '(file)' value 'smes.csv': the file is missing") })
    }

    @Test("events: invited partner cities only at home, 'home' reserved, visits in the right direction")
    func eventRules() throws {
        let events = MiniRegistry().files["events.csv"]!
            .replacingOccurrences(
                of: "id,name,kind,host_city_id,start,end,venue_name,venue_address,latitude,longitude,visit",
                with:
                    "id,name,kind,host_city_id,start,end,venue_name,venue_address,latitude,longitude,visit,partner_city_ids"
            )
            .replacingOccurrences(of: "49.41,11.12,outgoing", with: "49.41,11.12,outgoing,nuremberg")
            .replacingOccurrences(of: "Messezentrum 1,,,outgoing", with: "Messezentrum 1,,,incoming,")
        let found = try problems("events.csv", events)
        #expect(
            found == [
                "reg/events.csv:2: field 'partner_city_ids' value 'nuremberg': only events at home invite partner cities; leave it empty",
                "reg/events.csv:3: field 'visit' value 'incoming': an incoming visit is hosted at home; set host_city_id to 'home'",
            ])
        let cities = MiniRegistry().files["partner_cities.csv"]!.replacingOccurrences(
            of: "\nnuremberg,", with: "\nhome,")
        let reserved = try problems("partner_cities.csv", cities)
        #expect(
            reserved.contains(
                "reg/partner_cities.csv:2: field 'id' value 'home': 'home' is reserved for the home city in events.csv; choose another id"
            ))
    }
}
