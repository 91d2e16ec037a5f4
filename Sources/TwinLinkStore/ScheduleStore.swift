import Foundation
internal import GRDB
public import TwinLinkDomain

/// A row of `scheduled_meetings`: one 1:1 meeting placed in a session.
struct ScheduledMeetingRow: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "scheduled_meetings"
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    var activityId: String
    var requestId: String
    var startUtc: String
    var endUtc: String
    var timeZone: String
    var tableName: String
    var locked: Bool

    init(_ m: ScheduledMeeting) {
        activityId = m.activityID.rawValue
        requestId = m.requestID.rawValue
        startUtc = m.start.utcISO
        endUtc = m.end.utcISO
        timeZone = m.start.zone.rawValue
        tableName = m.table
        locked = m.locked
    }

    func domain() throws -> ScheduledMeeting {
        let t = Self.databaseTableName
        let zone = try stored(TimeZoneID(rawValue: timeZone), t, requestId, "time_zone", timeZone)
        return ScheduledMeeting(
            activityID: try stored(Identifier(rawValue: activityId), t, requestId, "activity_id", activityId),
            requestID: try stored(Identifier(rawValue: requestId), t, requestId, "request_id", requestId),
            start: ZonedInstant(
                instant: try stored(ZonedInstant.parseInstant(startUtc), t, requestId, "start_utc", startUtc),
                zone: zone),
            end: ZonedInstant(
                instant: try stored(ZonedInstant.parseInstant(endUtc), t, requestId, "end_utc", endUtc), zone: zone),
            table: tableName, locked: locked)
    }
}

extension RegistryAccess {
    /// The 1:1 meetings of a session, by start and table.
    public func scheduledMeetings(for activity: Identifier<Activity>) throws -> [ScheduledMeeting] {
        try run { db in
            try ScheduledMeetingRow.filter(Column("activity_id") == activity.rawValue)
                .order(Column("start_utc"), Column("table_name"), Column("request_id")).fetchAll(db)
                .map { try $0.domain() }
        }
    }

    /// Every scheduled 1:1 meeting of every session.
    public func allScheduledMeetings() throws -> [ScheduledMeeting] {
        try run { db in
            try ScheduledMeetingRow.order(Column("activity_id"), Column("start_utc"), Column("table_name"))
                .fetchAll(db).map { try $0.domain() }
        }
    }

    /// Replaces a session's schedule in one transaction; returns whether anything changed.
    @discardableResult
    public func saveSchedule(_ meetings: [ScheduledMeeting], for activity: Identifier<Activity>) throws
        -> Bool
    {
        try run { db in
            let old = try ScheduledMeetingRow.filter(Column("activity_id") == activity.rawValue)
                .order(Column("request_id")).fetchAll(db)
            let new = meetings.map(ScheduledMeetingRow.init).sorted { $0.requestId < $1.requestId }
            guard old != new else { return false }
            try ScheduledMeetingRow.filter(Column("activity_id") == activity.rawValue).deleteAll(db)
            for row in new { try row.insert(db) }
            return true
        }
    }
}
