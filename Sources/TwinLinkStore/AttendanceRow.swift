import Foundation
internal import GRDB
import TwinLinkDomain

/// A row of `attendance`: one person's status at an activity, an activity day or a 1:1 meeting.
struct AttendanceRow: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "attendance"
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    var id: Int64?
    var activityId: String
    var personId: String
    var day: String?
    var meetingRequestId: String?
    var status: String
    var source: String
    var checkedInAt: String?

    init(_ entry: AttendanceEntry) {
        let r = entry.record
        activityId = r.activityID.rawValue
        personId = r.personID.rawValue
        day = r.day?.iso
        meetingRequestId = r.meetingRequestID?.rawValue
        status = r.status.rawValue
        source = r.source
        checkedInAt = entry.checkedInAt.map(ZonedInstant.formatUTC)
    }

    /// The record's natural key: activity, person, day and meeting.
    var key: [String] { [activityId, personId, day ?? "", meetingRequestId ?? ""] }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    func domain() throws -> AttendanceEntry {
        let t = Self.databaseTableName
        let rowID = id.map(String.init) ?? "?"
        let record = AttendanceRecord(
            activityID: try stored(Identifier(rawValue: activityId), t, rowID, "activity_id", activityId),
            personID: try stored(Identifier(rawValue: personId), t, rowID, "person_id", personId),
            day: try day.map { try stored(LocalDate(iso: $0), t, rowID, "day", $0) },
            meetingRequestID: try meetingRequestId.map {
                try stored(Identifier(rawValue: $0), t, rowID, "meeting_request_id", $0)
            },
            status: try stored(AttendanceRecord.Status(rawValue: status), t, rowID, "status", status), source: source)
        return AttendanceEntry(
            record: record,
            checkedInAt: try checkedInAt.map {
                try stored(ZonedInstant.parseInstant($0), t, rowID, "checked_in_at", $0)
            })
    }
}
