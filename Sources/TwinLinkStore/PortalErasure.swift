public import Foundation
internal import GRDB
public import TwinLinkDomain

/// Erasure at a person's request (the regulations' right to erasure): the person's registry record
/// keeps its id, so applications, attendance and the reports' figures stay the same, but its name,
/// e-mail, phone and job title are replaced by ``erased(_:)``. The erasure is remembered
/// (`portal_erasures`), so that a later import that still lists the person keeps them erased.
extension RegistryStore {
    /// The anonymised form of `person`.
    public static func erased(_ person: Person) -> Person {
        var erased = person
        erased.fullName = "Erased person (\(person.id))"
        // An id is `a-z0-9._-` only: always a valid local part.
        erased.email = EmailAddress(rawValue: "erased.\(person.id)@erased.invalid") ?? person.email
        erased.phone = nil
        erased.jobTitle = nil
        return erased
    }

    /// The people of `registry` that were erased, anonymised again.
    static func keepingErasures(_ people: [Person], _ db: Database) throws -> [Person] {
        let ids = Set(try String.fetchAll(db, sql: "SELECT person_id FROM portal_erasures"))
        guard !ids.isEmpty else { return people }
        return people.map { ids.contains($0.id.rawValue) ? erased($0) : $0 }
    }

    /// Replaces `text` (matched without regard to case) by `replacement` in every text column of
    /// every table but `except` and the schema's bookkeeping.
    static func scrub(_ text: String, with replacement: String, except: Set<String> = [], _ db: Database) throws {
        guard text.count >= 3 else { return }
        let lowered = text.lowercased()
        let skipped = except.union(["grdb_migrations", "sqlite_sequence", "portal_erasures"])
        for table in try tableNames(db) where !table.hasPrefix("sqlite_") && !skipped.contains(table) {
            let columns = try db.columns(in: table).filter {
                let type = $0.type.uppercased()
                return type.contains("TEXT") || type.contains("CHAR") || type.contains("CLOB") || type.isEmpty
            }
            for column in columns.map(\.name) {
                let quoted = column.quotedDatabaseIdentifier
                let name = table.quotedDatabaseIdentifier
                let values = try String.fetchAll(
                    db, sql: "SELECT DISTINCT \(quoted) FROM \(name) WHERE instr(lower(\(quoted)), ?) > 0",
                    arguments: [lowered])
                for value in values {
                    let scrubbed = value.replacingOccurrences(of: text, with: replacement, options: .caseInsensitive)
                    try db.execute(
                        sql: "UPDATE \(name) SET \(quoted) = ? WHERE \(quoted) = ?", arguments: [scrubbed, value])
                }
            }
        }
    }
}

extension RegistryAccess {
    /// Erases `person` (see ``RegistryStore/erased(_:)``): the name and the e-mail go from every
    /// other table too (the audit trail's subjects and details, actors, import sources, e-mails);
    /// the erasure is remembered for later imports. Returns the anonymised person.
    public func erasePerson(_ person: Person, at now: Date) throws -> Person {
        let erased = RegistryStore.erased(person)
        try run { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO portal_erasures (person_id, erased_at) VALUES (?, ?)",
                arguments: [person.id.rawValue, ZonedInstant.formatUTC(now)])
            try db.execute(
                sql: """
                    UPDATE people SET full_name = ?, email = ?, phone = NULL, job_title = NULL
                    WHERE id = ?
                    """,
                arguments: [erased.fullName, erased.email.rawValue, person.id.rawValue])
            try RegistryStore.scrub(person.email.rawValue, with: erased.email.rawValue, except: ["people"], db)
            if person.fullName.count >= 5 {
                // Not in the registry's people: another person may bear the same name.
                try RegistryStore.scrub(person.fullName, with: erased.fullName, except: ["people"], db)
            }
        }
        return erased
    }
}

extension RegistryAccess {
    /// Replaces the stored text of e-mail `id` (erasure rewrites what MIME encodes).
    public func replaceOutboxText(_ id: Int64, with message: String) throws {
        try run { db in
            try db.execute(sql: "UPDATE outbox SET message = ? WHERE id = ?", arguments: [message, id])
        }
    }

    /// Remembers a folder on disk that invites were written into (`twinlink invites --out`, the
    /// main job's `invites/`), so that an erasure finds the person's files there too. A folder
    /// already known is left as it is (a re-run changes nothing).
    public func recordInviteFolder(_ path: String, at now: Date) throws {
        try run { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO invite_folders (path, first_written_at) VALUES (?, ?)",
                arguments: [path, ZonedInstant.formatUTC(now)])
        }
    }

    /// Every folder invites were written into, by path.
    public func inviteFolders() throws -> [String] {
        try run { db in try String.fetchAll(db, sql: "SELECT path FROM invite_folders ORDER BY path") }
    }
}
