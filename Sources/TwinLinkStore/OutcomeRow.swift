internal import GRDB
import TwinLinkDomain

/// A row of `outcomes`. `kind` is `none` where nothing came of the contact (yet).
struct OutcomeRow: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "outcomes"
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    static let noneKind = "none"

    var id: Int64?
    var activityId: String
    var enterpriseId: String
    var partnerEnterpriseId: String?
    var meetingRequestId: String?
    var kind: String
    var date: String
    var note: String?
    var rating: Int?
    var checkRound: String
    var source: String

    init(_ o: RecordedOutcome) {
        activityId = o.activityID.rawValue
        enterpriseId = o.enterpriseID.rawValue
        partnerEnterpriseId = o.partnerEnterpriseID?.rawValue
        meetingRequestId = o.meetingRequestID?.rawValue
        kind = o.kind?.rawValue ?? Self.noneKind
        date = o.date.iso
        note = o.note
        rating = o.rating
        checkRound = o.check.rawValue
        source = o.source ?? ""
    }

    /// The natural key: the contact, the kind and the check.
    var key: [String] {
        [activityId, enterpriseId, partnerEnterpriseId ?? "", meetingRequestId ?? "", kind, checkRound]
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    func domain() throws -> RecordedOutcome {
        let t = Self.databaseTableName
        let rowID = id.map(String.init) ?? "?"
        let kind: OutcomeKind? =
            self.kind == Self.noneKind
            ? nil : try stored(OutcomeKind(rawValue: self.kind), t, rowID, "kind", self.kind)
        let check = try stored(OutcomeCheck(rawValue: checkRound), t, rowID, "check_round", checkRound)
        return RecordedOutcome(
            activityID: try stored(Identifier(rawValue: activityId), t, rowID, "activity_id", activityId),
            enterpriseID: try stored(Identifier(rawValue: enterpriseId), t, rowID, "enterprise_id", enterpriseId),
            partnerEnterpriseID: try partnerEnterpriseId.map {
                try stored(Identifier(rawValue: $0), t, rowID, "partner_enterprise_id", $0)
            },
            meetingRequestID: try meetingRequestId.map {
                try stored(Identifier(rawValue: $0), t, rowID, "meeting_request_id", $0)
            },
            kind: kind, check: check,
            date: try stored(LocalDate(iso: date), t, rowID, "date", date), note: note, rating: rating, source: source)
    }
}
