import Foundation
internal import GRDB
public import TwinLinkDomain

/// What importing calendars did.
public struct CalendarChanges: Hashable, Sendable {
    /// Holidays stored per region.
    public var holidays: [HolidayRegion: Int] = [:]
    public var eventsInserted = 0
    public var eventsUpdated = 0
    public var eventsUnchanged = 0
    /// Feed events whose id the registry files (events.csv) own: the files win, the feed is skipped.
    public var eventsOwnedByRegistry: [String] = []
    /// Events the partner dropped from a re-imported feed: removed when nothing refers to them.
    public var eventsRemoved: [String] = []
    /// Events the partner dropped that something refers to (an activity, an application, a
    /// meeting request): kept, marked as dropped (`FeedEventDrop`), no longer asking for a visit.
    public var eventsCancelled: [String] = []

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
                try dropMissing(from: feed, in: db, changes: &changes)
            }
            return changes
        }
    }

    /// The events of an earlier import of `feed` that it no longer lists: removed, or kept and
    /// marked as dropped where an activity, application or meeting request refers to them.
    private func dropMissing(
        from feed: (source: String, events: [MutualEvent]), in db: Database, changes: inout CalendarChanges
    ) throws {
        let listed = Set(feed.events.map(\.id.rawValue))
        let stale = try MutualEventRow.filter(Column("source") == feed.source).order(Column("id")).fetchAll(db)
            .filter { !listed.contains($0.id) }
        for var row in stale {
            var referenced = false
            for table in ["activities", "applications", "meeting_requests"] {
                let count = try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM \(table) WHERE event_id = ?", arguments: [row.id])
                if (count ?? 0) > 0 { referenced = true }
            }
            if referenced {
                row.source = FeedEventDrop.source(droppedFrom: feed.source)
                row.visit = MutualEvent.VisitDirection.none.rawValue
                try row.update(db)
                changes.eventsCancelled.append(row.id)
            } else {
                try row.delete(db)
                changes.eventsRemoved.append(row.id)
            }
        }
    }
}
