import Foundation
import TwinLinkCalendar
import TwinLinkDomain
import TwinLinkStore

/// Use case: read public-holiday calendars (`.ics`, through libical) into the database. A file
/// named `holidays-<REGION>.ics` (`holidays-PL.ics`, `holidays-GB-SCT.ics`) holds every holiday
/// that applies in that region; it replaces what the database had for the region. All files or
/// none: a broken file stops the import before anything is written.
public enum ImportHolidayCalendars {
    public struct Report: Sendable {
        /// Holidays stored per region, by region code.
        public var counts: [HolidayRegion: Int]
    }

    /// The years read from each calendar: the planner never looks further.
    static let window = DateInterval(
        start: LocalDate(year: 2000, month: 1, day: 1)!.start(in: TimeZone(identifier: "UTC")!),
        end: LocalDate(year: 2100, month: 1, day: 1)!.start(in: TimeZone(identifier: "UTC")!))

    /// - Parameters:
    ///   - path: a calendar file or a folder of `holidays-*.ics` files.
    ///   - region: the region of a single file whose name does not say it.
    public static func run(path: String, region: String?, into store: RegistryStore) throws(TwinLinkError) -> Report {
        let files = try calendarFiles(at: path, region: region)
        let reader = CalendarReader(window: window)
        var holidays: [Holiday] = []
        for (url, region) in files {
            let events: [CalendarEvent]
            do {
                events = try reader.events(inFileAt: url)
            } catch {
                throw .badCalendar(error)
            }
            for event in events {
                guard let first = event.start.day, let end = event.end.day else {
                    throw .invalidArgument(
                        "\(url.path): '\(event.summary ?? event.uid)' is not an all-day event; a holiday calendar "
                            + "lists whole days")
                }
                var day = first
                while day < end {
                    if let date = LocalDate(year: day.year, month: day.month, day: day.day) {
                        holidays.append(Holiday(region: region, date: date, name: event.summary ?? "Public holiday"))
                    }
                    day = day.adding(days: 1)
                }
            }
        }
        do {
            return Report(counts: try store.replaceHolidays(holidays, regions: Set(files.map(\.1))))
        } catch {
            throw .store(error)
        }
    }

    /// The files to read with their regions, sorted by path.
    static func calendarFiles(at path: String, region: String?) throws(TwinLinkError) -> [(URL, HolidayRegion)] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .notReady("no such file or folder: \(path)")
        }
        if isDirectory.boolValue {
            guard region == nil else {
                throw .invalidArgument("--region is for a single file; in a folder the file names give the regions")
            }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
            let files = names.compactMap { name -> (URL, HolidayRegion)? in
                guard let region = regionOf(fileName: name) else { return nil }
                return (URL(fileURLWithPath: path).appendingPathComponent(name), region)
            }
            guard !files.isEmpty else {
                throw .notReady("no holiday calendars in \(path): expected files named holidays-<REGION>.ics")
            }
            return files
        }
        let url = URL(fileURLWithPath: path)
        if let region {
            guard let parsed = HolidayRegion(code: region) else {
                throw .invalidArgument(
                    "--region '\(region)': expected a country code (PL) or an ISO 3166-2 subdivision (GB-SCT)")
            }
            return [(url, parsed)]
        }
        guard let parsed = regionOf(fileName: url.lastPathComponent) else {
            throw .invalidArgument(
                "\(path): the file name does not say whose holidays these are; name it holidays-<REGION>.ics "
                    + "or give --region")
        }
        return [(url, parsed)]
    }

    /// `holidays-GB-SCT.ics` → GB-SCT.
    static func regionOf(fileName: String) -> HolidayRegion? {
        guard fileName.hasPrefix("holidays-"), fileName.hasSuffix(".ics") else { return nil }
        return HolidayRegion(code: String(fileName.dropFirst("holidays-".count).dropLast(".ics".count)))
    }
}
