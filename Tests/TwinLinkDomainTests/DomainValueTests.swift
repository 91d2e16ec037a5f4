import Foundation
import Testing
import TwinLinkDomain

@Suite("Domain values")
struct DomainValueTests {
    @Test(
        "identifiers accept only the documented characters",
        arguments: [
            ("sme-drewno", true), ("pe_1.2", true), ("a", true), (String(repeating: "x", count: 64), true),
            ("", false), ("SME", false), ("sme drewno", false), ("żubr", false),
            (String(repeating: "x", count: 65), false),
        ])
    func identifiers(text: String, valid: Bool) {
        #expect((Identifier<LocalEnterprise>(rawValue: text) != nil) == valid)
    }

    @Test(
        "NACE codes: sections, divisions, groups and classes of NACE Rev. 2",
        arguments: [
            ("C", true), ("62", true), ("62.0", true), ("62.01", true), ("01", true), ("99", true),
            ("V", false), ("04", false), ("34", false), ("40", false), ("89", false), ("62.", false),
            ("62.012", false), ("6201", false), ("c", false), ("A1", false),
        ])
    func naceCodes(text: String, valid: Bool) {
        #expect((NACECode(rawValue: text) != nil) == valid)
    }

    @Test("NACE codes know their section and containment")
    func naceHierarchy() throws {
        let software = try #require(NACECode(rawValue: "62.01"))
        #expect(software.section.letter == "J")
        #expect(software.division == 62)
        #expect(software.isWithin(NACECode(rawValue: "62")!))
        #expect(software.isWithin(NACECode(rawValue: "J")!))
        #expect(!software.isWithin(NACECode(rawValue: "63")!))
        #expect(NACECode(rawValue: "C")!.division == nil)
        #expect(NACECode(rawValue: "10.82")!.section.letter == "C")
    }

    @Test(
        "money parses plain amounts into exact cents",
        arguments: [
            ("0", Int64?(0)), ("1250000", 125_000_000), ("1250000.5", 125_000_050), ("99.95", 9995),
            ("43000000.00", 4_300_000_000), ("1,5", nil), ("1.555", nil), ("-3", nil), ("1e6", nil), ("", nil),
            (".5", nil), ("١٢", nil),
        ])
    func money(text: String, cents: Int64?) {
        #expect(Money.parse(text, currency: .euro)?.cents == cents)
    }

    @Test("money prints the plain form back")
    func moneyPrints() {
        #expect(Money.euros(125_000_050).plainAmount == "1250000.50")
        #expect(Money.euros(5).plainAmount == "0.05")
        #expect(Money.euros(-1999).description == "-19.99 EUR")
    }

    @Test(
        "e-mail addresses",
        arguments: [
            ("anna.nowak@example.pl", true), ("a+b@x.example", true), ("anna@example", false),
            ("anna@@example.pl", false),
            ("anna nowak@example.pl", false), (".anna@example.pl", false), ("anna@-x.pl", false),
            ("żaneta@example.pl", false),
        ])
    func emails(text: String, valid: Bool) {
        #expect((EmailAddress(rawValue: text) != nil) == valid)
    }

    @Test("codes are checked against the ISO lists")
    func codes() {
        #expect(CountryCode(rawValue: "PL") != nil)
        #expect(CountryCode(rawValue: "pl") == nil)
        #expect(CountryCode(rawValue: "XX") == nil)
        #expect(LanguageCode(rawValue: "uk") != nil)
        #expect(LanguageCode(rawValue: "xx") == nil)
        #expect(LanguageCode(rawValue: "pol") == nil)
        #expect(CurrencyCode(rawValue: "EUR") != nil)
        #expect(CurrencyCode(rawValue: "EURO") == nil)
        #expect(TimeZoneID(rawValue: "Europe/Kyiv") != nil)
        #expect(TimeZoneID(rawValue: "Europe/Nuremberg") == nil)
        #expect(TimeZoneID(rawValue: "CET") == nil)
    }

    @Test("dates: parsing, arithmetic and weekdays")
    func dates() throws {
        #expect(LocalDate(iso: "2027-02-29") == nil)
        #expect(LocalDate(iso: "2028-02-29") != nil)
        #expect(LocalDate(iso: "2027-1-05") == nil)
        let constitutionDay = try #require(LocalDate(iso: "2027-05-03"))
        #expect(constitutionDay.isoWeekday == 1)  // a Monday
        #expect(constitutionDay.adding(days: -3).iso == "2027-04-30")
        #expect(constitutionDay.adding(days: 365).iso == "2028-05-02")
        #expect(constitutionDay.days(until: LocalDate(iso: "2027-05-10")!) == 7)
    }

    @Test("a local time in the hour skipped in spring does not exist")
    func springForward() throws {
        let warsaw = TimeZone(identifier: "Europe/Warsaw")!
        let skipped = try #require(LocalDateTime(iso: "2027-03-28T02:30"))
        #expect(throws: LocalTimeError.skippedByDaylightSaving(skipped, zone: "Europe/Warsaw")) {
            try skipped.instant(in: warsaw)
        }
        let after = try LocalDateTime(iso: "2027-03-28T03:00")!.instant(in: warsaw)
        #expect(ZonedInstant.formatUTC(after) == "2027-03-28T01:00:00Z")
    }

    @Test("a local time in the hour repeated in autumn is read as the first")
    func fallBack() throws {
        let warsaw = TimeZone(identifier: "Europe/Warsaw")!
        let repeated = try LocalDateTime(iso: "2027-10-31T02:30")!.instant(in: warsaw)
        #expect(ZonedInstant.formatUTC(repeated) == "2027-10-31T00:30:00Z")  // still CEST, UTC+2
    }

    @Test("the same instant reads differently in Europe and North America while DST is out of step")
    func outOfStep() throws {
        // 2027-03-16: New York is on daylight time since 14 March, Warsaw not until 28 March.
        let newYork = try #require(TimeZoneID(rawValue: "America/New_York"))
        let start = try LocalDateTime(iso: "2027-03-16T09:00")!.instant(in: newYork.timeZone)
        let meeting = ZonedInstant(instant: start, zone: newYork)
        #expect(meeting.local(in: TimeZoneID(rawValue: "Europe/Warsaw")!).iso == "2027-03-16T14:00")  // 5 h, not 6
    }

    @Test("instants parse with offsets and print in UTC")
    func instants() throws {
        let instant = try #require(ZonedInstant.parseInstant("2026-09-14T10:22:00+02:00"))
        #expect(ZonedInstant.formatUTC(instant) == "2026-09-14T08:22:00Z")
        #expect(ZonedInstant.parseInstant("2026-09-14T10:22+02:00") == instant)
        #expect(ZonedInstant.parseInstant("2026-09-14 10:22") == nil)
    }

    @Test(
        "enterprise link shares fit their relationship",
        arguments: [
            (EnterpriseLink.Relationship.partner, 2500, true), (.partner, 5000, true), (.partner, 2499, false),
            (.partner, 5001, false), (.linked, 5001, true), (.linked, 10000, true), (.linked, 5000, false),
        ])
    func linkShares(relationship: EnterpriseLink.Relationship, basisPoints: Int, fits: Bool) {
        let link = EnterpriseLink(
            id: Identifier(trusted: "l"), enterpriseID: Identifier(trusted: "e"), name: "Group",
            relationship: relationship,
            shareBasisPoints: basisPoints, staffHeadcount: 1, annualTurnover: .euros(0), balanceSheetTotal: .euros(0))
        #expect(link.shareFitsRelationship == fits)
    }

    @Test("postcodes inside the city, by pattern or by an explicit flag")
    func location() throws {
        let city = HomeCity(
            name: "Kraków", country: CountryCode(rawValue: "PL")!, timeZone: TimeZoneID(rawValue: "Europe/Warsaw")!,
            postcodes: [PostcodePattern(rawValue: "30-*")!, PostcodePattern(rawValue: "32-020")!])
        #expect(city.contains(postcode: "30-701"))
        #expect(city.contains(postcode: "32-020"))
        #expect(!city.contains(postcode: "32-021"))
        #expect(!city.contains(postcode: "31-154"))
        #expect(PostcodePattern(rawValue: "3*0") == nil)
    }

    @Test("business hours parse and must open before they close")
    func businessHours() {
        #expect(BusinessHours(iso: "09:00-17:00") == .standard)
        #expect(BusinessHours(iso: "17:00-09:00") == nil)
        #expect(BusinessHours(iso: "9:00-17:00") == nil)
        #expect(BusinessHours(iso: "08:30-24:00") == nil)
    }
}

@Suite("Stable ids")
struct StableIDTests {
    @Test("planned activity ids: readable, and within 64 characters for long event ids")
    func plannedIDs() throws {
        let event = try #require(Identifier<MutualEvent>(rawValue: "ev-2027-05-nuremberg-forum"))
        #expect(Activity.plannedID(.outgoingStudyVisit, for: event).rawValue == "visit-ev-2027-05-nuremberg-forum")
        #expect(Activity.plannedID(.onlineFollowUp, for: event).rawValue == "follow-up-ev-2027-05-nuremberg-forum")
        let long = try #require(Identifier<MutualEvent>(rawValue: String(repeating: "x", count: 60)))
        let other = try #require(Identifier<MutualEvent>(rawValue: String(repeating: "x", count: 59) + "y"))
        let a = Activity.plannedID(.onlineIntroduction, for: long)
        let b = Activity.plannedID(.onlineIntroduction, for: other)
        #expect(a.rawValue.utf8.count == 64)
        #expect(a.rawValue.hasPrefix("intro-xxxx"))
        #expect(a != b)
        #expect(Activity.plannedID(.onlineIntroduction, for: long) == a)
    }

    @Test("FNV-1a matches its published test vectors")
    func fnv() {
        #expect(StableHash.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(StableHash.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(StableHash.fnv1a("foobar") == 0x8594_4171_f739_67e8)
    }
}
