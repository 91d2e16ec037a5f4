public import Foundation
import TwinLinkCalendar
public import TwinLinkDomain
public import TwinLinkImport
public import TwinLinkStore

/// Use case: read calendars (`.ics`, through libical) into the database.
///
/// - `holidays-<REGION>.ics` (`holidays-PL.ics`, `holidays-GB-SCT.ics`): every public holiday of a
///   country or ISO 3166-2 subdivision; replaces what the database had for that region.
/// - `events-<PARTNER CITY ID>.ics`: a partner city's event feed; its events become mutual events
///   hosted by that city (no visit planned until events.csv marks one). Recurring events are
///   expanded, one event per occurrence, within two years either side of today.
///
/// All files or none: a broken file stops the import before anything is written.
public enum ImportCalendars {
    public typealias Report = CalendarChanges

    enum Kind {
        case holidays(HolidayRegion)
        case events(Identifier<PartnerCity>)
        /// A city's feed fetched by its URL (the file is named by the URL): its events are kept
        /// under `source`, the same for every URL the city gives.
        case feed(Identifier<PartnerCity>, source: String)
    }

    /// What to do with the observances of a holiday calendar (Google's "Holidays in Germany" lists
    /// Carnival Monday, Mother's Day and Christmas Eve beside the public holidays, and marks them
    /// `DESCRIPTION:Observance`): `skip` keeps the public holidays only, `keep` stores both as days off.
    public enum Observances: String, Sendable, CaseIterable {
        case keep
        case skip
    }

    /// Every calendar read and checked, ready to be written.
    public struct Prepared: Sendable {
        var holidays: [Holiday] = []
        var regions: Set<HolidayRegion> = []
        var feeds: [(source: String, events: [MutualEvent])] = []
    }

    /// - Parameters:
    ///   - path: a calendar file, or a folder of `holidays-*.ics` and `events-*.ics` files.
    ///   - region: the holiday region of a single file whose name does not say it.
    ///   - city: the partner city of a single event feed whose name does not say it.
    public static func run(
        path: String, region: String? = nil, city: String? = nil, observances: Observances = .skip,
        workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> Report {
        let prepared = try await prepare(
            path: path, region: region, city: city, observances: observances, registry: try workspace.registry(),
            now: now)
        return try await apply(prepared, workspace: workspace)
    }

    /// Imports calendars given as data, each named as messages should name it (an upload by its
    /// file name): what each holds comes from its file name (`holidays-PL.ics`,
    /// `events-kyoto.ics`), or from `region` or `city` for a single file.
    public static func run(
        files: [InputFile], region: String? = nil, city: String? = nil, observances: Observances = .skip,
        workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> Report {
        let prepared = try prepare(
            files: files, region: region, city: city, observances: observances,
            registry: try await workspace.registry(),
            now: now)
        return try await apply(prepared, workspace: workspace)
    }

    /// Reads and checks every calendar file at `path` (a file or a folder) against `registry`
    /// without changing anything, so that a caller can check everything before it changes anything.
    public static func prepare(
        path: String, region: String? = nil, city: String? = nil, observances: Observances = .skip,
        registry: Registry, now: Date
    ) throws(TwinLinkError) -> Prepared {
        var files: [(InputFile, Kind)] = []
        for (url, kind) in try calendarFiles(at: path, region: region, city: city) {
            do {
                files.append((InputFile(name: url.path, data: try Data(contentsOf: url)), kind))
            } catch {
                throw .badCalendar(
                    CalendarReadError(file: url.path, line: nil, problem: .unreadable(error.localizedDescription)))
            }
        }
        return try prepare(files, observances: observances, registry: registry, now: now)
    }

    /// Reads and checks calendars given as data against `registry` without changing anything.
    public static func prepare(
        files: [InputFile], region: String? = nil, city: String? = nil, observances: Observances = .skip,
        registry: Registry, now: Date
    ) throws(TwinLinkError) -> Prepared {
        try prepare(
            kinds(of: files, region: region, city: city), observances: observances, registry: registry, now: now)
    }

    private static func prepare(
        _ files: [(InputFile, Kind)], observances: Observances, registry: Registry, now: Date
    ) throws(TwinLinkError) -> Prepared {
        let cities = Dictionary(uniqueKeysWithValues: registry.partnerCities.map { ($0.id, $0) })
        let today = Format.referenceDate(registry.programme, now: now)
        let utc = TimeZone(identifier: "UTC")!
        let feedReader = CalendarReader(
            window: DateInterval(
                start: today.adding(days: -730).start(in: utc), end: today.adding(days: 731).start(in: utc)))
        // A holiday calendar is the whole truth for its region: every year it lists is kept.
        let holidayReader = CalendarReader(
            window: DateInterval(
                start: LocalDate(year: 1900, month: 1, day: 1)!.start(in: utc),
                end: LocalDate(year: 2200, month: 1, day: 1)!.start(in: utc)))
        // Unknown partner cities first: nothing is read when a feed's name is wrong.
        for (file, kind) in files {
            if case .events(let cityID) = kind, cities[cityID] == nil {
                throw .notFound(
                    "\(file.name): no partner city '\(cityID)' in the registry; name feeds events-<partner city id>.ics"
                )
            }
            if case .feed(let cityID, _) = kind, cities[cityID] == nil {
                throw .notFound("\(file.name): no partner city '\(cityID)' in the registry")
            }
        }
        var prepared = Prepared()
        for (file, kind) in files {
            do {
                switch kind {
                case .holidays(let region):
                    prepared.regions.insert(region)
                    prepared.holidays += try holidayDays(
                        try holidayReader.events(in: file.data, file: file.name), region: region, file: file.name,
                        observances: observances)
                case .events(let cityID), .feed(let cityID, _):
                    let city = cities[cityID]!
                    var reader = feedReader
                    // A floating time in a feed is the local time of the city (RFC 5545 §3.3.5).
                    reader.floatingTimeZone = city.timeZone.rawValue
                    let source: String =
                        if case .feed(_, let given) = kind { given } else { "feed:\(file.fileName)" }
                    prepared.feeds.append(
                        (
                            source,
                            try reader.events(in: file.data, file: file.name).compactMap {
                                FeedEventMapping.event(from: $0, city: city, source: source)
                            }
                        ))
                }
            } catch let error as CalendarReadError {
                throw .badCalendar(error)
            } catch let error as TwinLinkError {
                throw error
            } catch {
                throw .internalFailure("\(file.name): \(error)")
            }
        }
        return prepared
    }

    /// Reads and checks one partner city's feed fetched from its URL (`file` is named by the URL, so
    /// a message reads `https://…/basic.ics:12: …`): the events are kept under the city's own feed
    /// source, `feed:events-<city>.ics`, as an uploaded `events-<city>.ics` would be, so a city that
    /// moves from uploads to a URL (or changes its URL) keeps its events and drops only what the
    /// new feed no longer lists.
    public static func prepareFeed(
        _ file: InputFile, city: Identifier<PartnerCity>, registry: Registry, now: Date
    ) throws(TwinLinkError) -> Prepared {
        try prepare(
            [(file, .feed(city, source: feedSource(of: city)))], observances: .skip, registry: registry, now: now)
    }

    /// The source under which a city's feed events are kept.
    public static func feedSource(of city: Identifier<PartnerCity>) -> String { "feed:events-\(city.rawValue).ics" }

    /// Writes what `prepare` read: all or nothing.
    public static func apply(_ prepared: Prepared, workspace: Workspace) async throws(TwinLinkError) -> Report {
        do {
            return try await workspace.store.writing({
                try $0.applyCalendars(
                    holidays: prepared.holidays, regions: prepared.regions, feeds: prepared.feeds)
            })
        } catch {
            throw .store(error)
        }
    }

    /// Each day of each all-day event is a holiday; observances only when they are kept.
    private static func holidayDays(
        _ events: [CalendarEvent], region: HolidayRegion, file: String, observances: Observances
    ) throws(TwinLinkError) -> [Holiday] {
        var holidays: [Holiday] = []
        for event in events where observances == .keep || !event.isObservance {
            guard let first = event.start.day, let end = event.end.day else {
                throw .invalidArgument(
                    "\(file): '\(event.summary ?? event.uid)' is not an all-day event; a holiday calendar lists whole days"
                )
            }
            var day = first
            while day < end {
                if let date = LocalDate(year: day.year, month: day.month, day: day.day) {
                    holidays.append(Holiday(region: region, date: date, name: event.summary ?? "Public holiday"))
                }
                day = day.adding(days: 1)
            }
        }
        return holidays
    }

    /// The files to read and what each holds, sorted by path.
    static func calendarFiles(at path: String, region: String?, city: String?) throws(TwinLinkError) -> [(URL, Kind)] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .notReady("no such file or folder: \(path)")
        }
        if isDirectory.boolValue {
            guard region == nil, city == nil else {
                throw .invalidArgument(
                    "a region or a partner city is given for a single file; in a folder the file names say it")
            }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
            var files: [(URL, Kind)] = []
            for name in names where name.hasSuffix(".ics") {
                guard let kind = kind(ofFileName: name) else {
                    throw .invalidArgument(
                        "\(path)/\(name): the file name does not say what it holds; expected holidays-<REGION>.ics "
                            + "or events-<partner city id>.ics")
                }
                files.append((URL(fileURLWithPath: path).appendingPathComponent(name), kind))
            }
            guard !files.isEmpty else {
                throw .notReady(
                    "no calendars in \(path): expected holidays-<REGION>.ics or events-<partner city id>.ics")
            }
            return files
        }
        let url = URL(fileURLWithPath: path)
        if let kind = try given(region: region, city: city) { return [(url, kind)] }
        guard let kind = kind(ofFileName: url.lastPathComponent) else {
            throw .invalidArgument(
                "\(path): the file name does not say what it holds; name it holidays-<REGION>.ics or "
                    + "events-<partner city id>.ics, or say its region or partner city")
        }
        return [(url, kind)]
    }

    /// What calendars given as data hold: by their file names, or as `region` or `city` says
    /// for a single file.
    static func kinds(of files: [InputFile], region: String?, city: String?) throws(TwinLinkError) -> [(
        InputFile, Kind
    )] {
        guard !files.isEmpty else {
            throw .notReady("no calendars: expected holidays-<REGION>.ics or events-<partner city id>.ics")
        }
        if let kind = try given(region: region, city: city) {
            guard files.count == 1 else {
                throw .invalidArgument(
                    "a region or a partner city is given for a single file; for several files the file names say it")
            }
            return [(files[0], kind)]
        }
        return try files.map { (file) throws(TwinLinkError) in
            guard let kind = kind(ofFileName: file.fileName) else {
                throw .invalidArgument(
                    "\(file.name): the file name does not say what it holds; name it holidays-<REGION>.ics or "
                        + "events-<partner city id>.ics, or say its region or partner city")
            }
            return (file, kind)
        }
    }

    /// The holiday region or the partner city said for a single file; `nil` when neither is.
    private static func given(region: String?, city: String?) throws(TwinLinkError) -> Kind? {
        switch (region, city) {
        case (let region?, nil):
            guard let parsed = HolidayRegion(code: region) else {
                throw .invalidValue(
                    field: "region", value: region,
                    problem: "expected a country code (PL) or an ISO 3166-2 subdivision (GB-SCT)")
            }
            return .holidays(parsed)
        case (nil, let city?):
            guard let id = Identifier<PartnerCity>(rawValue: city) else {
                throw .invalidValue(field: "city", value: city, problem: "expected a partner city id")
            }
            return .events(id)
        case (_?, _?):
            throw .invalidArgument("a file is a holiday calendar (region) or an event feed (partner city), not both")
        case (nil, nil):
            return nil
        }
    }

    /// `holidays-GB-SCT.ics` → holidays of GB-SCT; `events-kyoto.ics` → Kyoto's event feed.
    static func kind(ofFileName name: String) -> Kind? {
        guard name.hasSuffix(".ics") else { return nil }
        let stem = String(name.dropLast(".ics".count))
        if stem.hasPrefix("holidays-") {
            return HolidayRegion(code: String(stem.dropFirst("holidays-".count))).map(Kind.holidays)
        }
        if stem.hasPrefix("events-") {
            return Identifier<PartnerCity>(rawValue: String(stem.dropFirst("events-".count))).map(Kind.events)
        }
        return nil
    }
}
