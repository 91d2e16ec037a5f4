import Foundation
import TwinLinkDomain
import TwinLinkLocalization

/// The clocks a timetable shows side by side: the home city's first, then the partner cities'.
///
/// Partner cities whose clocks read the same as another's at every time shown share a column;
/// those that read the same as the home city's get none (a note says so), unless that would leave
/// the home city's column alone, so that a visit to a city in the same zone still shows both.
struct ZoneColumns {
    struct Column {
        let zone: TimeZoneID
        let cities: [String]
    }

    let columns: [Column]
    /// Partner cities that keep the home city's time, when they have no column of their own.
    let sameAsHome: [String]

    init(home: HomeCity, partnerCities: [PartnerCity], instants: [Date]) {
        let moments = instants.isEmpty ? [Date(timeIntervalSince1970: 0)] : instants
        func signature(_ zone: TimeZoneID) -> [Int] { moments.map { zone.timeZone.secondsFromGMT(for: $0) } }
        let homeSignature = signature(home.timeZone)
        var groups: [(signature: [Int], zone: TimeZoneID, cities: [String])] = []
        for city in partnerCities {
            let citySignature = signature(city.timeZone)
            if let index = groups.firstIndex(where: { $0.signature == citySignature }) {
                groups[index].cities.append(city.name)
            } else {
                groups.append((citySignature, city.timeZone, [city.name]))
            }
        }
        let own = groups.filter { $0.signature != homeSignature }
        let same = groups.first { $0.signature == homeSignature }
        var columns = [Column(zone: home.timeZone, cities: [home.name])]
        if own.isEmpty, let same {
            columns.append(Column(zone: same.zone, cities: same.cities))
            sameAsHome = []
        } else {
            columns += own.map { Column(zone: $0.zone, cities: $0.cities) }
            sameAsHome = same?.cities ?? []
        }
        self.columns = columns
    }

    /// The column headers: city names and the UTC offset at `instant`.
    func headers(_ format: ReaderFormat, at instant: Date) -> [ZoneHeaderView] {
        columns.map {
            ZoneHeaderView(cities: format.list($0.cities), offset: format.utcOffset($0.zone, at: instant))
        }
    }

    /// `09:00–10:00` in each column; a column whose date differs from `day` adds its own date.
    func cells(from start: Date, to end: Date, day: LocalDate, format: ReaderFormat) -> [String] {
        columns.map { column in
            let range = format.time(start, in: column.zone) + "–" + format.time(end, in: column.zone)
            let localDay = LocalDate(start, in: column.zone.timeZone)
            return localDay == day ? range : range + " (" + format.date(localDay, .short) + ")"
        }
    }
}

/// A timetable column header: `Nuremberg, Leipzig` and `UTC+02:00`.
struct ZoneHeaderView: TemplateView {
    let cities: String
    let offset: String

    func boxed(_ box: TemplateBoxer) -> [String: TemplateValue] {
        box.fields([
            "cities": box(cities),
            "offset": box(offset),
        ])
    }
}
