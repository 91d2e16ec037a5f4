internal import GRDB
public import TwinLinkDomain

extension RegistryAccess {
    /// Every outcome, by activity, firm, partner, meeting, check and kind.
    public func outcomes() throws -> [RecordedOutcome] {
        try run { db in
            try OutcomeRow.order(
                Column("activity_id"), Column("enterprise_id"), Column("partner_enterprise_id"),
                Column("meeting_request_id"), Column("check_round"), Column("kind")
            ).fetchAll(db).map { try $0.domain() }
        }
    }

    /// Saves outcomes in one transaction: one with the same contact, kind and check as a stored
    /// one replaces it (a correction of its date, note or rating); others are added.
    @discardableResult
    public func saveOutcomes(_ outcomes: [RecordedOutcome]) throws -> RegistryChanges.Table {
        try run { db in try Self.upsertOutcomes(outcomes, db) }
    }

    static func upsertOutcomes(_ outcomes: [RecordedOutcome], _ db: Database) throws -> RegistryChanges.Table {
        try upsert(outcomes.map(OutcomeRow.init), db)
    }
}
