import Foundation
internal import GRDB
public import TwinLinkDomain

/// What a 1:1 session's stored schedule was made from and the bound it was reported with: a session whose
/// inputs have the same fingerprint keeps its schedule and figures without being scheduled again.
public struct SessionFingerprint: Sendable, Hashable {
    public var activityID: Identifier<Activity>
    /// Which result of the session: `scheduled` (its schedule), `held` (the figures of a session
    /// that has started, its meetings fixed).
    public var kind: String
    /// A SHA-256 (hex) of everything the schedule depends on, the stored meetings included.
    public var fingerprint: String
    public var bound: Int
    public var lockedWeight: Int
    public var matchingBound: Int
    public var meetingLimit: Int

    public init(
        activityID: Identifier<Activity>, kind: String, fingerprint: String, bound: Int, lockedWeight: Int,
        matchingBound: Int,
        meetingLimit: Int
    ) {
        self.activityID = activityID
        self.kind = kind
        self.fingerprint = fingerprint
        self.bound = bound
        self.lockedWeight = lockedWeight
        self.matchingBound = matchingBound
        self.meetingLimit = meetingLimit
    }
}

/// A row of `session_fingerprints`.
private struct SessionFingerprintRow: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "session_fingerprints"
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    var activityId: String
    var kind: String
    var fingerprint: String
    var bound: Int
    var lockedWeight: Int
    var matchingBound: Int
    var meetingLimit: Int

    init(_ value: SessionFingerprint) {
        activityId = value.activityID.rawValue
        kind = value.kind
        fingerprint = value.fingerprint
        bound = value.bound
        lockedWeight = value.lockedWeight
        matchingBound = value.matchingBound
        meetingLimit = value.meetingLimit
    }

    func domain() throws -> SessionFingerprint {
        SessionFingerprint(
            activityID: try stored(
                Identifier(rawValue: activityId), Self.databaseTableName, activityId, "activity_id", activityId),
            kind: kind, fingerprint: fingerprint, bound: bound, lockedWeight: lockedWeight,
            matchingBound: matchingBound,
            meetingLimit: meetingLimit)
    }
}

extension RegistryAccess {
    /// What the session's stored schedule (or its `held` figures) was made from, if it was recorded.
    public func sessionFingerprint(for activity: Identifier<Activity>, kind: String) throws -> SessionFingerprint? {
        try run { db in
            try SessionFingerprintRow.fetchOne(db, key: ["activity_id": activity.rawValue, "kind": kind])?.domain()
        }
    }

    /// Records what a session's schedule, as now stored, was made from (replacing the last record); writes
    /// nothing when it is the same.
    public func saveSessionFingerprint(_ value: SessionFingerprint) throws {
        try run { db in
            let row = SessionFingerprintRow(value)
            let key = ["activity_id": row.activityId, "kind": row.kind]
            if try SessionFingerprintRow.fetchOne(db, key: key) == row { return }
            try row.save(db)
        }
    }
}
