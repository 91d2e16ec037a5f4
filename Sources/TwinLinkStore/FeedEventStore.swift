import Foundation
internal import GRDB
import TwinLinkDomain

/// What importing calendars did.
public struct CalendarChanges: Hashable, Sendable {
    /// Holidays stored per region.
    public var holidays: [HolidayRegion: Int] = [:]
    public var eventsInserted = 0
    public var eventsUpdated = 0
    public var eventsUnchanged = 0
    /// Feed events whose id the registry files (events.csv) own: the files win, the feed is skipped.
    public var eventsOwnedByRegistry: [String] = []

    public init() {}
}

extension RegistryAccess {
    /// Stores holiday calendars and partner cities' event feeds in one transaction. A holiday
    /// calendar replaces its region's holidays; a feed inserts or updates the events it lists
    /// (keyed by id) but never touches an event that another source, such as events.csv, owns.
    public func applyCalendars(
        holidays: [Holiday], regions: Set<HolidayRegion>, feeds: [(source: String, events: [MutualEvent])]
    ) throws -> CalendarChanges {
        try run { db in
            var changes = CalendarChanges()
            changes.holidays = try replaceHolidays(holidays, regions: regions, in: db)
            for feed in feeds {
                for event in feed.events {
                    var row = MutualEventRow(event)
                    row.source = feed.source
                    if let old = try MutualEventRow.fetchOne(db, key: row.id) {
                        guard old.source == feed.source else {
                            changes.eventsOwnedByRegistry.append(row.id)
                            continue
                        }
                        if old == row {
                            changes.eventsUnchanged += 1
                        } else {
                            try row.update(db)
                            changes.eventsUpdated += 1
                        }
                    } else {
                        try row.insert(db)
                        changes.eventsInserted += 1
                    }
                }
            }
            return changes
        }
    }
}
