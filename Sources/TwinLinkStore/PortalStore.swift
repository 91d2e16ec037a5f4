public import Foundation
internal import GRDB
public import TwinLinkAllocation
import TwinLinkDomain

/// A firm's request on the SME portal to join the programme: who asks, the profile and the EU SME
/// figures it declares, and the coordinator's decision.
public struct PortalJoinRequest: Sendable, Hashable {
    public enum State: String, Sendable { case pending, approved, rejected }

    public var id: Int64
    public var email: String
    public var fullName: String
    public var legalName: String
    public var registrationNumber: String
    public var address: String
    public var postcode: String
    public var staffHeadcount: Int
    public var annualTurnoverCents: Int64
    public var balanceSheetCents: Int64
    public var naceCodes: [String]
    public var offer: String
    public var languages: [String]
    public var website: String?
    public var state: State
    public var requestedAt: Date
    public var decidedAt: Date?
    public var decidedBy: String?
    public var decisionNote: String?
    public var enterpriseID: String?

    public init(
        email: String, fullName: String, legalName: String, registrationNumber: String, address: String,
        postcode: String, staffHeadcount: Int, annualTurnoverCents: Int64, balanceSheetCents: Int64,
        naceCodes: [String], offer: String, languages: [String], website: String?, requestedAt: Date
    ) {
        id = 0
        self.email = email
        self.fullName = fullName
        self.legalName = legalName
        self.registrationNumber = registrationNumber
        self.address = address
        self.postcode = postcode
        self.staffHeadcount = staffHeadcount
        self.annualTurnoverCents = annualTurnoverCents
        self.balanceSheetCents = balanceSheetCents
        self.naceCodes = naceCodes
        self.offer = offer
        self.languages = languages
        self.website = website
        state = .pending
        self.requestedAt = requestedAt
    }
}

/// One grant or withdrawal of a firm's consent.
public struct PortalConsent: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        /// To appear in the information material for partner cities.
        case material
        /// To share the firm's contacts with matched partners.
        case contacts
    }

    public var enterpriseID: String
    public var kind: Kind
    public var given: Bool
    public var at: Date
    public var actor: String

    public init(enterpriseID: String, kind: Kind, given: Bool, at: Date, actor: String) {
        self.enterpriseID = enterpriseID
        self.kind = kind
        self.given = given
        self.at = at
        self.actor = actor
    }
}

/// A profile change made on the portal.
public struct PortalProfileChange: Sendable, Hashable {
    public var enterpriseID: String
    public var changedAt: Date
    public var actor: String
    /// The fields that changed, by name.
    public var fields: [String]
    /// Made after the firm's profile went into the information material: due in its next issue.
    public var forNextMaterial: Bool

    public init(enterpriseID: String, changedAt: Date, actor: String, fields: [String], forNextMaterial: Bool) {
        self.enterpriseID = enterpriseID
        self.changedAt = changedAt
        self.actor = actor
        self.fields = fields
        self.forNextMaterial = forNextMaterial
    }
}

extension RegistryAccess {
    // MARK: - Join requests

    /// Stores a new join request (pending) and returns its id.
    public func addJoinRequest(_ request: PortalJoinRequest) throws -> Int64 {
        try run { db in
            try db.execute(
                sql: """
                    INSERT INTO portal_join_requests (email, full_name, legal_name, registration_number, address,
                      postcode, staff_headcount, annual_turnover_cents, balance_sheet_cents, nace_codes, offer,
                      languages, website, state, requested_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)
                    """,
                arguments: [
                    request.email, request.fullName, request.legalName, request.registrationNumber, request.address,
                    request.postcode, request.staffHeadcount, request.annualTurnoverCents, request.balanceSheetCents,
                    request.naceCodes.joined(separator: ";"), request.offer, request.languages.joined(separator: ";"),
                    request.website, ZonedInstant.formatUTC(request.requestedAt),
                ])
            return db.lastInsertedRowID
        }
    }

    /// Join requests, oldest first (only those in `state` when given).
    public func joinRequests(state: PortalJoinRequest.State? = nil) throws -> [PortalJoinRequest] {
        try run { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM portal_join_requests WHERE ? IS NULL OR state = ? ORDER BY id",
                arguments: [state?.rawValue, state?.rawValue]
            ).map(Self.joinRequest)
        }
    }

    public func joinRequest(id: Int64) throws -> PortalJoinRequest? {
        try run { db in
            try Row.fetchOne(db, sql: "SELECT * FROM portal_join_requests WHERE id = ?", arguments: [id])
                .map(Self.joinRequest)
        }
    }

    /// Records the coordinator's decision on a pending request.
    public func decideJoinRequest(
        id: Int64, approved: Bool, enterpriseID: String?, note: String?, by actor: String, at now: Date
    ) throws {
        try run { db in
            try db.execute(
                sql: """
                    UPDATE portal_join_requests SET state = ?, decided_at = ?, decided_by = ?, decision_note = ?,
                      enterprise_id = ? WHERE id = ? AND state = 'pending'
                    """,
                arguments: [
                    approved ? "approved" : "rejected", ZonedInstant.formatUTC(now), actor, note, enterpriseID, id,
                ])
            if db.changesCount != 1 { throw StoreError("join request \(id) is not pending") }
        }
    }

    private static func joinRequest(_ row: Row) -> PortalJoinRequest {
        let list = { (text: String) in text.split(separator: ";").map(String.init) }
        var request = PortalJoinRequest(
            email: row["email"], fullName: row["full_name"], legalName: row["legal_name"],
            registrationNumber: row["registration_number"], address: row["address"], postcode: row["postcode"],
            staffHeadcount: row["staff_headcount"], annualTurnoverCents: row["annual_turnover_cents"],
            balanceSheetCents: row["balance_sheet_cents"], naceCodes: list(row["nace_codes"]), offer: row["offer"],
            languages: list(row["languages"]), website: row["website"],
            requestedAt: ZonedInstant.parseInstant(row["requested_at"]) ?? Date(timeIntervalSince1970: 0))
        request.id = row["id"]
        request.state = PortalJoinRequest.State(rawValue: row["state"]) ?? .pending
        request.decidedAt = (row["decided_at"] as String?).flatMap(ZonedInstant.parseInstant)
        request.decidedBy = row["decided_by"]
        request.decisionNote = row["decision_note"]
        request.enterpriseID = row["enterprise_id"]
        return request
    }

    // MARK: - Portal accounts

    /// Adds a portal account (no password: it signs in by link) with an audit line, in the
    /// caller's transaction. An e-mail already in use is refused.
    public func addPortalAccount(
        email: String, role: AccountRole, organisationID: String, actor: String, at now: Date
    ) throws -> Int64 {
        try run { db in
            if try Row.fetchOne(db, sql: "SELECT 1 FROM accounts WHERE email = ?", arguments: [email]) != nil {
                throw StoreError("an account with the e-mail '\(email)' exists already")
            }
            try db.execute(
                sql: """
                    INSERT INTO accounts (email, role, organisation_id, password_hash, disabled, created_at)
                    VALUES (?, ?, ?, NULL, 0, ?)
                    """,
                arguments: [email, role.rawValue, organisationID, ZonedInstant.formatUTC(now)])
            let id = db.lastInsertedRowID
            try AuditRow(
                AuditEntry(
                    at: now, actor: actor, action: "account-add", subject: "account:\(email)",
                    detail: "\(email) added as \(role.rawValue) of \(organisationID) (portal)")
            ).insert(db)
            return id
        }
    }

    /// Whether an account exists for `email` (any role).
    public func hasAccount(email: String) throws -> Bool {
        try run { db in
            try Row.fetchOne(db, sql: "SELECT 1 FROM accounts WHERE email = ?", arguments: [email]) != nil
        }
    }

    // MARK: - Consents and profile changes

    public func recordConsent(_ consent: PortalConsent) throws {
        try run { db in
            try db.execute(
                sql: "INSERT INTO portal_consents (enterprise_id, kind, given, at, actor) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    consent.enterpriseID, consent.kind.rawValue, consent.given, ZonedInstant.formatUTC(consent.at),
                    consent.actor,
                ])
        }
    }

    /// The firms whose latest word on sharing their contacts (the `contacts` consent) is a
    /// withdrawal: their contact person is left out of what partners read.
    public func contactsWithdrawn() throws -> Set<String> {
        try run { db in
            Set(
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT enterprise_id FROM portal_consents c
                        WHERE kind = 'contacts' AND given = 0
                          AND id = (SELECT MAX(id) FROM portal_consents
                                    WHERE enterprise_id = c.enterprise_id AND kind = 'contacts')
                        """))
        }
    }

    /// Every grant and withdrawal of `enterpriseID`'s consents, oldest first.
    public func consents(of enterpriseID: String) throws -> [PortalConsent] {
        try run { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM portal_consents WHERE enterprise_id = ? ORDER BY id", arguments: [enterpriseID]
            ).map { row in
                PortalConsent(
                    enterpriseID: row["enterprise_id"], kind: PortalConsent.Kind(rawValue: row["kind"]) ?? .material,
                    given: row["given"], at: ZonedInstant.parseInstant(row["at"]) ?? Date(timeIntervalSince1970: 0),
                    actor: row["actor"])
            }
        }
    }

    public func recordProfileChange(_ change: PortalProfileChange) throws {
        try run { db in
            try db.execute(
                sql: """
                    INSERT INTO portal_profile_changes (enterprise_id, changed_at, actor, fields, for_next_material)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [
                    change.enterpriseID, ZonedInstant.formatUTC(change.changedAt), change.actor,
                    change.fields.joined(separator: ";"), change.forNextMaterial,
                ])
        }
    }

    /// The portal's profile changes of `enterpriseID`, oldest first.
    public func profileChanges(of enterpriseID: String) throws -> [PortalProfileChange] {
        try run { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM portal_profile_changes WHERE enterprise_id = ? ORDER BY id",
                arguments: [enterpriseID]
            ).map { row in
                PortalProfileChange(
                    enterpriseID: row["enterprise_id"],
                    changedAt: ZonedInstant.parseInstant(row["changed_at"]) ?? Date(timeIntervalSince1970: 0),
                    actor: row["actor"], fields: (row["fields"] as String).split(separator: ";").map(String.init),
                    forNextMaterial: row["for_next_material"])
            }
        }
    }

    /// Adds a line to the audit trail in the caller's transaction.
    public func appendAudit(_ entry: AuditEntry) throws {
        try run { db in try AuditRow(entry).insert(db) }
    }

    // MARK: - Calendar-feed tokens

    /// Makes `tokenHash` the account's one feed token: earlier ones are revoked.
    public func replaceFeedToken(tokenHash: String, accountID: Int64, at now: Date) throws {
        try run { db in
            try db.execute(
                sql: "UPDATE portal_feed_tokens SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL",
                arguments: [ZonedInstant.formatUTC(now), accountID])
            try db.execute(
                sql: "INSERT INTO portal_feed_tokens (token_hash, account_id, created_at) VALUES (?, ?, ?)",
                arguments: [tokenHash, accountID, ZonedInstant.formatUTC(now)])
        }
    }

    /// Revokes the account's feed token; returns whether there was one.
    @discardableResult
    public func revokeFeedToken(accountID: Int64, at now: Date) throws -> Bool {
        try run { db in
            try db.execute(
                sql: "UPDATE portal_feed_tokens SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL",
                arguments: [ZonedInstant.formatUTC(now), accountID])
            return db.changesCount > 0
        }
    }

    /// When the account's live feed token was made, if it has one.
    public func feedTokenCreated(accountID: Int64) throws -> Date? {
        try run { db in
            try String.fetchOne(
                db, sql: "SELECT created_at FROM portal_feed_tokens WHERE account_id = ? AND revoked_at IS NULL",
                arguments: [accountID]
            ).flatMap(ZonedInstant.parseInstant)
        }
    }

    /// The enabled account a live feed token belongs to.
    public func feedAccount(tokenHash: String) throws -> Account? {
        try run { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT a.* FROM portal_feed_tokens f JOIN accounts a ON a.id = f.account_id
                    WHERE f.token_hash = ? AND f.revoked_at IS NULL AND a.disabled = 0
                    """,
                arguments: [tokenHash]
            ).map { row in
                Account(
                    id: row["id"], email: row["email"], role: AccountRole(rawValue: row["role"]) ?? .auditor,
                    organisationID: row["organisation_id"], hasPassword: (row["password_hash"] as String?) != nil,
                    disabled: row["disabled"], createdAt: row["created_at"])
            }
        }
    }
}

/// A partner city's mark that a local firm of the information material interests it.
public struct PortalInterest: Sendable, Hashable {
    public var partnerCityID: String
    public var enterpriseID: String
    public var note: String
    public var at: Date
    public var actor: String

    public init(partnerCityID: String, enterpriseID: String, note: String, at: Date, actor: String) {
        self.partnerCityID = partnerCityID
        self.enterpriseID = enterpriseID
        self.note = note
        self.at = at
        self.actor = actor
    }
}

extension RegistryAccess {
    public func recordInterest(_ interest: PortalInterest) throws {
        try run { db in
            try db.execute(
                sql: """
                    INSERT INTO portal_partner_interest (partner_city_id, enterprise_id, note, at, actor)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [
                    interest.partnerCityID, interest.enterpriseID, interest.note, ZonedInstant.formatUTC(interest.at),
                    interest.actor,
                ])
        }
    }

    /// The city's marks of interest, newest first.
    public func interests(of partnerCityID: String) throws -> [PortalInterest] {
        try run { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM portal_partner_interest WHERE partner_city_id = ? ORDER BY id DESC",
                arguments: [partnerCityID]
            ).map { row in
                PortalInterest(
                    partnerCityID: row["partner_city_id"], enterpriseID: row["enterprise_id"], note: row["note"],
                    at: ZonedInstant.parseInstant(row["at"]) ?? Date(timeIntervalSince1970: 0), actor: row["actor"])
            }
        }
    }
}

extension RegistryAccess {
    /// Retires a meeting request (a firm declined it): it stays for the history, out of scheduling.
    public func retireMeetingRequest(_ id: String, at now: Date) throws {
        try run { db in
            try db.execute(
                sql: "UPDATE meeting_requests SET retired_at = ? WHERE id = ? AND retired_at IS NULL",
                arguments: [ZonedInstant.formatUTC(now), id])
            if db.changesCount != 1 { throw StoreError("meeting request \(id) is not in use") }
        }
    }
}

extension RegistryAccess {
    /// The audit lines of changes `actor` made, oldest first (a person's own data request).
    public func auditLines(byActor actor: String) throws -> [AuditEntry] {
        try run { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM audit_log WHERE actor = ? COLLATE NOCASE ORDER BY id", arguments: [actor]
            ).map { row in
                AuditEntry(
                    at: ZonedInstant.parseInstant(row["at"]) ?? Date(timeIntervalSince1970: 0), actor: row["actor"],
                    action: row["action"], subject: row["subject"], detail: row["detail"])
            }
        }
    }
}

extension RegistryAccess {
    /// Erases an account's personal data: the e-mail becomes `replacement` (also as the actor of
    /// its audit lines and in its join requests), the account is disabled, and its sessions,
    /// sign-in links and feed tokens are deleted. Its id stays, so that the audit
    /// trail and the reports keep their counts.
    public func eraseAccount(id: Int64, replacement: String) throws {
        try run { db in
            guard let old = try String.fetchOne(db, sql: "SELECT email FROM accounts WHERE id = ?", arguments: [id])
            else { throw StoreError("no account with id \(id)") }
            try db.execute(
                sql: "UPDATE accounts SET email = ?, password_hash = NULL, disabled = 1 WHERE id = ?",
                arguments: [replacement, id])
            try db.execute(
                sql: "UPDATE portal_join_requests SET email = ?, full_name = 'erased' WHERE email = ?",
                arguments: [replacement, old])
            // E-mails to the person not yet delivered are not sent any more.
            try db.execute(
                sql: "DELETE FROM outbox WHERE recipient = ? COLLATE NOCASE AND state <> 'sent'", arguments: [old])
            // The person's own changes stay in the trail, under the erased name; their address goes
            // from every other place it was written (audit subjects and details, consent and
            // profile-change actors, import sources, delivered e-mails…).
            // Not in the registry's people: the account's own person is erased by id
            // (`erasePerson`), and another firm's record with the same address is not theirs.
            try RegistryStore.scrub(old, with: replacement, except: ["people"], db)
            try db.execute(sql: "DELETE FROM web_sessions WHERE account_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM sign_in_links WHERE account_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM portal_feed_tokens WHERE account_id = ?", arguments: [id])
        }
    }
}
