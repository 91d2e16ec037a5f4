public import Foundation
internal import GRDB
public import TwinLinkAllocation
import TwinLinkDomain

/// What an account may do. `coordinator` runs the desk; `auditor` reads it; `sme` and `partner`
/// accounts belong to one local enterprise or one partner city (their portals); `distributor`
/// is kept for the organisations that pass information on.
public enum AccountRole: String, Sendable, CaseIterable, Codable {
    case coordinator, auditor, sme, partner, distributor

    /// Whether an account of this role must name the organisation it belongs to.
    public var needsOrganisation: Bool { self == .sme || self == .partner }
}

/// A person who can sign in to the web desk or a portal.
public struct Account: Sendable, Hashable, Codable {
    public var id: Int64
    public var email: String
    public var role: AccountRole
    /// The local enterprise (`sme`) or partner city (`partner`) the account belongs to.
    public var organisationID: String?
    public var hasPassword: Bool
    public var disabled: Bool
    public var createdAt: String
}

/// A signed-in session: its account and the token every form must carry back.
public struct WebSession: Sendable {
    public var account: Account
    public var csrfToken: String
    public var expiresAt: Date
}

/// Accounts, sessions and sign-in links in the registry database. Every method uses GRDB's
/// async reads and writes, so web handlers never block the cooperative thread pool.
public struct AccountStore: Sendable {
    private let writer: any DatabaseWriter

    public init(_ store: RegistryStore) {
        writer = store.writer
    }

    // MARK: - Accounts

    /// Adds an account and an audit line. An e-mail already in use is refused.
    public func addAccount(
        email: String, role: AccountRole, organisationID: String?, passwordHash: String?, actor: String, at now: Date
    ) async throws(StoreError) -> Account {
        try await write { db in
            if try Row.fetchOne(db, sql: "SELECT 1 FROM accounts WHERE email = ?", arguments: [email]) != nil {
                throw StoreError("an account with the e-mail '\(email)' exists already")
            }
            try db.execute(
                sql: """
                    INSERT INTO accounts (email, role, organisation_id, password_hash, disabled, created_at)
                    VALUES (?, ?, ?, ?, 0, ?)
                    """,
                arguments: [email, role.rawValue, organisationID, passwordHash, ZonedInstant.formatUTC(now)])
            let id = db.lastInsertedRowID
            let what = organisationID.map { " of \($0)" } ?? ""
            try Self.audit(db, now, actor, "account-add", email, "\(email) added as \(role.rawValue)\(what)")
            return try Self.account(db, id: id)!
        }
    }

    /// Every account, by e-mail.
    public func accounts() async throws(StoreError) -> [Account] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM accounts ORDER BY email").map(Self.account)
        }
    }

    public func account(email: String) async throws(StoreError) -> Account? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM accounts WHERE email = ?", arguments: [email]).map(Self.account)
        }
    }

    public func account(id: Int64) async throws(StoreError) -> Account? {
        try await read { db in try Self.account(db, id: id) }
    }

    /// The stored bcrypt hash of an enabled account's password, if it has one.
    public func passwordHash(email: String) async throws(StoreError) -> (Account, String)? {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM accounts WHERE email = ?", arguments: [email]),
                let hash = row["password_hash"] as String?
            else { return nil }
            return (Self.account(row), hash)
        }
    }

    /// Changes an account's role (and organisation) and/or disables or enables it, with an audit
    /// line. Disabling ends the account's sessions and unused sign-in links; disabling it or
    /// changing its role or organisation revokes its calendar-feed URL (a new one is made on the
    /// portal), so that no old URL comes back to life.
    private static func revokeFeedTokens(_ db: Database, accountID: Int64, at now: Date) throws {
        try db.execute(
            sql: "UPDATE portal_feed_tokens SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL",
            arguments: [ZonedInstant.formatUTC(now), accountID])
    }

    public func updateAccount(
        id: Int64, role: AccountRole?, organisationID: String?, disabled: Bool?, actor: String, at now: Date
    ) async throws(StoreError) -> Account {
        try await write { db in
            guard let old = try Self.account(db, id: id) else { throw StoreError("no account with id \(id)") }
            if let role {
                try db.execute(
                    sql: "UPDATE accounts SET role = ?, organisation_id = ? WHERE id = ?",
                    arguments: [role.rawValue, organisationID, id])
                if role != old.role || organisationID != old.organisationID {
                    try Self.revokeFeedTokens(db, accountID: id, at: now)
                }
                let what = organisationID.map { " of \($0)" } ?? ""
                try Self.audit(
                    db, now, actor, "account-role", old.email,
                    "\(old.email): role \(old.role.rawValue) → \(role.rawValue)\(what)")
            }
            if let disabled, disabled != old.disabled {
                try db.execute(sql: "UPDATE accounts SET disabled = ? WHERE id = ?", arguments: [disabled, id])
                if disabled {
                    try db.execute(sql: "DELETE FROM web_sessions WHERE account_id = ?", arguments: [id])
                    try db.execute(sql: "DELETE FROM sign_in_links WHERE account_id = ?", arguments: [id])
                    try Self.revokeFeedTokens(db, accountID: id, at: now)
                }
                try Self.audit(
                    db, now, actor, disabled ? "account-disable" : "account-enable", old.email,
                    "\(old.email) \(disabled ? "disabled" : "enabled")")
            }
            return try Self.account(db, id: id)!
        }
    }

    /// The audit lines about accounts, newest first.
    public func accountAudit(limit: Int = 200) async throws(StoreError) -> [AuditEntry] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT * FROM audit_log WHERE action LIKE 'account-%' OR action LIKE 'sign-in%' ORDER BY id DESC LIMIT ?",
                arguments: [limit]
            ).map { row in
                AuditEntry(
                    at: ZonedInstant.parseInstant(row["at"]) ?? Date(timeIntervalSince1970: 0), actor: row["actor"],
                    action: row["action"], subject: row["subject"], detail: row["detail"])
            }
        }
    }

    /// Every audit line (who did what: accounts, sign-ins, imports, allocations, invites, meetings,
    /// costs), newest first; only `actor`'s when given.
    public func audit(limit: Int = 200, actor: String? = nil) async throws(StoreError) -> [AuditEntry] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: actor == nil
                    ? "SELECT * FROM audit_log ORDER BY id DESC LIMIT ?"
                    : "SELECT * FROM audit_log WHERE actor = ? ORDER BY id DESC LIMIT ?",
                arguments: actor.map { [$0, limit] } ?? [limit]
            ).map { row in
                AuditEntry(
                    at: ZonedInstant.parseInstant(row["at"]) ?? Date(timeIntervalSince1970: 0), actor: row["actor"],
                    action: row["action"], subject: row["subject"], detail: row["detail"])
            }
        }
    }

    /// Adds one line to the audit trail (for changes made through the web that have no use case
    /// of their own recording it).
    public func recordAudit(_ entry: AuditEntry) async throws(StoreError) {
        try await write { db in
            try Self.audit(db, entry.at, entry.actor, entry.action, entry.subject, entry.detail)
        }
    }

    // MARK: - Sessions

    /// Stores a new session (its id only as a hash).
    public func createSession(
        idHash: String, accountID: Int64, csrfToken: String, at now: Date, expiresAt: Date
    ) async throws(StoreError) {
        try await write { db in
            try db.execute(sql: "DELETE FROM web_sessions WHERE expires_at < ?", arguments: [now.timeIntervalSince1970])
            try db.execute(
                sql:
                    "INSERT INTO web_sessions (id_hash, account_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    idHash, accountID, csrfToken, ZonedInstant.formatUTC(now), expiresAt.timeIntervalSince1970,
                ])
        }
    }

    /// The session with this id hash, if it exists, has not expired and its account is enabled.
    public func session(idHash: String, now: Date) async throws(StoreError) -> WebSession? {
        try await read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT s.csrf_token, s.expires_at, a.* FROM web_sessions s JOIN accounts a ON a.id = s.account_id
                        WHERE s.id_hash = ? AND s.expires_at > ? AND a.disabled = 0
                        """,
                    arguments: [idHash, now.timeIntervalSince1970])
            else { return nil }
            return WebSession(
                account: Self.account(row), csrfToken: row["csrf_token"],
                expiresAt: Date(timeIntervalSince1970: row["expires_at"]))
        }
    }

    /// Ends a session on the server.
    public func deleteSession(idHash: String) async throws(StoreError) {
        try await write { db in
            try db.execute(sql: "DELETE FROM web_sessions WHERE id_hash = ?", arguments: [idHash])
        }
    }

    // MARK: - Sign-in links

    /// Stores a sign-in link (its token only as a hash) for an account.
    public func createSignInLink(tokenHash: String, accountID: Int64, expiresAt: Date) async throws(StoreError) {
        try await write { db in
            try db.execute(
                sql: "INSERT INTO sign_in_links (token_hash, account_id, expires_at) VALUES (?, ?, ?)",
                arguments: [tokenHash, accountID, expiresAt.timeIntervalSince1970])
        }
    }

    /// Uses a sign-in link: the account it belongs to if the link exists, is unused, has not
    /// expired and the account is enabled. The link is marked used in the same transaction, so it
    /// works once only.
    public func consumeSignInLink(tokenHash: String, now: Date) async throws(StoreError) -> Account? {
        try await write { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT a.* FROM sign_in_links l JOIN accounts a ON a.id = l.account_id
                        WHERE l.token_hash = ? AND l.used_at IS NULL AND l.expires_at > ? AND a.disabled = 0
                        """,
                    arguments: [tokenHash, now.timeIntervalSince1970])
            else { return nil }
            try db.execute(
                sql: "UPDATE sign_in_links SET used_at = ? WHERE token_hash = ?",
                arguments: [now.timeIntervalSince1970, tokenHash])
            return Self.account(row)
        }
    }

    // MARK: - Plumbing

    private static func account(_ row: Row) -> Account {
        Account(
            id: row["id"], email: row["email"],
            role: AccountRole(rawValue: row["role"]) ?? .auditor,
            organisationID: row["organisation_id"], hasPassword: (row["password_hash"] as String?) != nil,
            disabled: row["disabled"], createdAt: row["created_at"])
    }

    private static func account(_ db: Database, id: Int64) throws -> Account? {
        try Row.fetchOne(db, sql: "SELECT * FROM accounts WHERE id = ?", arguments: [id]).map(account)
    }

    private static func audit(
        _ db: Database, _ at: Date, _ actor: String, _ action: String, _ subject: String, _ detail: String
    ) throws {
        try db.execute(
            sql: "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
            arguments: [ZonedInstant.formatUTC(at), actor, action, "account:\(subject)", detail])
    }

    private func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        let reads = TableReads.current
        do {
            return try await writer.read { db in try TableReads.recording(reads, db) { try body(db) } }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("database read failed: \(error)")
        }
    }

    private func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do {
            return try await writer.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("database write failed, nothing was changed: \(error)")
        }
    }
}
