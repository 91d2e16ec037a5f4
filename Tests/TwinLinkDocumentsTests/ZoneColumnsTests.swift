import Foundation
import Testing
import TwinLinkDomain

@testable import TwinLinkDocuments

/// Timetables show the home clock and the partner clocks side by side, across daylight-saving
/// differences and date lines, and merge partner cities that keep the same time.
@Suite struct ZoneColumnsTests {
    static let registry = Result { try NurembergForumPack.registry() }
    let english = ReaderFormat(locale: Locale(identifier: "en_GB"))

    private func cities(_ ids: [String]) throws -> [PartnerCity] {
        let registry = try Self.registry.get()
        return try ids.map { id in try #require(registry.partnerCities.first { $0.id.rawValue == id }) }
    }

    @Test func rochesterIsFiveHoursBehindKrakowInTheWeekBetweenTheTwoClockChanges() throws {
        let registry = try Self.registry.get()
        let start = try #require(ZonedInstant.parseInstant("2027-03-16T12:30:00Z"))
        let columns = ZoneColumns(
            home: registry.programme.homeCity, partnerCities: try cities(["rochester"]), instants: [start])
        let cells = columns.cells(
            from: start, to: start.addingTimeInterval(3600), day: LocalDate(year: 2027, month: 3, day: 16)!,
            format: english)
        #expect(cells == ["13:30–14:30", "08:30–09:30"])
        #expect(columns.headers(english, at: start).map(\.offset) == ["UTC+01:00", "UTC−04:00"])
    }

    @Test func aPartnerClockOnAnotherDayShowsItsDate() throws {
        let registry = try Self.registry.get()
        let start = try #require(ZonedInstant.parseInstant("2027-10-19T18:00:00Z"))
        let columns = ZoneColumns(
            home: registry.programme.homeCity, partnerCities: try cities(["kyoto"]), instants: [start])
        let cells = columns.cells(
            from: start, to: start.addingTimeInterval(3600), day: LocalDate(year: 2027, month: 10, day: 19)!,
            format: english)
        #expect(cells == ["20:00–21:00", "03:00–04:00 (Wed 20 October)"])
    }

    @Test func invitedCitiesOnKrakowTimeGetANoteInsteadOfAColumn() throws {
        let registry = try Self.registry.get()
        let start = try #require(ZonedInstant.parseInstant("2027-06-15T07:00:00Z"))
        let columns = ZoneColumns(
            home: registry.programme.homeCity,
            partnerCities: try cities(["leipzig", "lviv", "edinburgh", "budapest", "bratislava"]), instants: [start])
        #expect(columns.columns.map(\.cities) == [["Kraków"], ["Lviv"], ["Edinburgh"]])
        #expect(columns.sameAsHome == ["Leipzig", "Budapest", "Bratislava"])
    }

    @Test func aCityOnTheHomeClockStillGetsItsColumnWhenItIsTheOnlyOne() throws {
        let registry = try Self.registry.get()
        let columns = ZoneColumns(
            home: registry.programme.homeCity, partnerCities: try cities(["nuremberg"]),
            instants: [try #require(ZonedInstant.parseInstant("2027-05-04T07:00:00Z"))])
        #expect(columns.columns.map(\.cities) == [["Kraków"], ["Nuremberg"]])
        #expect(columns.sameAsHome.isEmpty)
    }
}
