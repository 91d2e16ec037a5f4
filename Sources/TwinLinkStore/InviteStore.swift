import Foundation
internal import GRDB
public import TwinLinkDomain

/// A row of `invites`.
struct InviteRow: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "invites"
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    var activityId: String
    var personId: String
    var meetingRequestId: String
    var uid: String
    var sequence: Int
    var lastMethod: String
    var contentHash: String
    var sentAt: String
    var summary: String
    var startUtc: String
    var endUtc: String
    var timeZone: String
    var allDay: Bool
    var location: String?
    var participationStatus: String?

    init(_ i: Invite) {
        activityId = i.activityID.rawValue
        personId = i.personID.rawValue
        meetingRequestId = i.meetingRequestID?.rawValue ?? ""
        uid = i.uid
        sequence = i.sequence
        lastMethod = i.lastMethod.rawValue
        contentHash = i.contentHash
        sentAt = ZonedInstant.formatUTC(i.sentAt)
        summary = i.summary
        startUtc = i.start.utcISO
        endUtc = i.end.utcISO
        timeZone = i.start.zone.rawValue
        allDay = i.allDay
        location = i.location
        participationStatus = i.participationStatus
    }

    func domain() throws -> Invite {
        let t = Self.databaseTableName
        let zone = try stored(TimeZoneID(rawValue: timeZone), t, uid, "time_zone", timeZone)
        return Invite(
            activityID: try stored(Identifier(rawValue: activityId), t, uid, "activity_id", activityId),
            personID: try stored(Identifier(rawValue: personId), t, uid, "person_id", personId),
            meetingRequestID: meetingRequestId.isEmpty
                ? nil
                : try stored(Identifier(rawValue: meetingRequestId), t, uid, "meeting_request_id", meetingRequestId),
            uid: uid, sequence: sequence,
            lastMethod: try stored(Invite.Method(rawValue: lastMethod), t, uid, "last_method", lastMethod),
            contentHash: contentHash,
            sentAt: try stored(ZonedInstant.parseInstant(sentAt), t, uid, "sent_at", sentAt), summary: summary,
            start: ZonedInstant(
                instant: try stored(ZonedInstant.parseInstant(startUtc), t, uid, "start_utc", startUtc), zone: zone),
            end: ZonedInstant(
                instant: try stored(ZonedInstant.parseInstant(endUtc), t, uid, "end_utc", endUtc), zone: zone),
            allDay: allDay, location: location, participationStatus: participationStatus)
    }
}

/// A seat in a delegation: an accepted application of an activity's latest allocation run.
public struct AcceptedApplication: Hashable, Sendable {
    public let activityID: Identifier<Activity>
    public let applicationID: Identifier<Application>
    public let seats: Int
    /// The run it comes from is provisional (made while applications were still open).
    public let provisional: Bool
}

extension RegistryAccess {
    /// Every invite sent, by activity, person and meeting.
    public func invites() throws -> [Invite] {
        try run { db in
            try InviteRow.order(Column("activity_id"), Column("person_id"), Column("meeting_request_id")).fetchAll(db)
                .map { try $0.domain() }
        }
    }

    /// Records what was sent, in one transaction (after the files are written).
    public func saveInvites(_ invites: [Invite]) throws {
        try run { db in
            for invite in invites { try InviteRow(invite).save(db) }
        }
    }

    /// Records a participant's answer; returns `false` when no invite has that UID.
    @discardableResult
    public func recordParticipation(uid: String, status: String) throws -> Bool {
        try run { db in
            try db.execute(sql: "UPDATE invites SET participation_status = ? WHERE uid = ?", arguments: [status, uid])
            return db.changesCount > 0
        }
    }

    /// The accepted applications of each activity's latest allocation run, when that run is final
    /// (a provisional run, made while applications are still open, seats nobody yet); with
    /// `includingProvisional`, those of a provisional latest run too, marked as such.
    public func acceptedApplications(includingProvisional: Bool = false) throws -> [AcceptedApplication] {
        try run { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT r.activity_id, d.application_id, d.seats, r.provisional
                    FROM allocation_decisions d JOIN (\(Self.latestRunsSQL)) r ON r.id = d.run_id
                    WHERE d.outcome = 'accepted' AND (r.provisional = 0 OR ?)
                    ORDER BY r.activity_id, d.application_id
                    """, arguments: [includingProvisional]
            ).compactMap { row -> AcceptedApplication? in
                guard let activity = Identifier<Activity>(rawValue: row["activity_id"]),
                    let application = Identifier<Application>(rawValue: row["application_id"])
                else { return nil }
                return AcceptedApplication(
                    activityID: activity, applicationID: application, seats: row["seats"] ?? 1,
                    provisional: row["provisional"] ?? false)
            }
        }
    }
}
