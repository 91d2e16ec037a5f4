import Foundation
internal import GRDB
public import TwinLinkDomain

private struct HolidayRow: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "holidays"
    var country: String
    var subdivision: String
    var date: String
    var name: String
}

extension RegistryAccess {
    /// Replaces the holidays of each region that `holidays` covers (a calendar file is the whole
    /// truth for its region), in one transaction. Returns the number of holidays per region.
    @discardableResult
    public func replaceHolidays(_ holidays: [Holiday], regions: Set<HolidayRegion>) throws
        -> [HolidayRegion: Int]
    {
        try run { db in try replaceHolidays(holidays, regions: regions, in: db) }
    }

    func replaceHolidays(_ holidays: [Holiday], regions: Set<HolidayRegion>, in db: Database) throws -> [HolidayRegion:
        Int]
    {
        var counts: [HolidayRegion: Int] = [:]
        for region in regions {
            try HolidayRow.filter(Column("country") == region.country.rawValue)
                .filter(Column("subdivision") == (region.subdivision ?? "")).deleteAll(db)
            counts[region] = 0
        }
        for holiday in holidays {
            try HolidayRow(
                country: holiday.region.country.rawValue, subdivision: holiday.region.subdivision ?? "",
                date: holiday.date.iso, name: holiday.name
            ).insert(db, onConflict: .ignore)
            counts[holiday.region, default: 0] += 1
        }
        return counts
    }

    /// Every holiday, by region and date.
    public func holidays() throws -> [Holiday] {
        try run { db in
            try HolidayRow.order(Column("country"), Column("subdivision"), Column("date")).fetchAll(db).map { row in
                let region = try stored(
                    HolidayRegion(code: row.subdivision.isEmpty ? row.country : row.subdivision), "holidays", row.date,
                    "country", row.country)
                return Holiday(
                    region: region, date: try stored(LocalDate(iso: row.date), "holidays", row.date, "date", row.date),
                    name: row.name)
            }
        }
    }

    /// The programme's secret planning seed (for unguessable meeting rooms), made once by
    /// `makeSeed` and kept.
    public func planningSeed(orMake makeSeed: () -> UInt64) throws -> UInt64 {
        try run { db in
            if let text = try String.fetchOne(
                db, sql: "SELECT value FROM programme_secrets WHERE name = 'planning_seed'"),
                let seed = UInt64(text)
            {
                return seed
            }
            let seed = makeSeed()
            try db.execute(
                sql: "INSERT INTO programme_secrets (name, value) VALUES ('planning_seed', ?)",
                arguments: [String(seed)])
            return seed
        }
    }
}
