public import Foundation
import TwinLinkAllocation
import TwinLinkDomain
import TwinLinkMail
public import TwinLinkStore

/// Use case: a portal user downloads everything the programme holds about them, as JSON: their
/// account, their record in the registry, their firm (for a firm's account), the applications that
/// name them as a delegate, their invites and answers, their firm's consents, and every change they
/// made (the audit lines with them as the actor). Same data, same bytes (keys sorted).
public enum PortalPersonalData {
    struct Document: Encodable {
        var format = "twinlink-personal-data"
        var version = 1
        var account: AccountPart
        var person: Person?
        var enterprise: LocalEnterprise?
        var partnerCity: PartnerCity?
        var applications: [Application]
        var invites: [Invite]
        var consents: [ConsentPart]
        var changes: [AuditEntry]
    }

    struct AccountPart: Encodable {
        var email: String
        var role: String
        var organisation: String?
        var createdAt: String
    }

    struct ConsentPart: Encodable {
        var kind: String
        var given: Bool
        var at: String
        /// Only when the requester recorded it themselves.
        var actor: String?
    }

    public static func export(account: Account, workspace: Workspace) async throws(TwinLinkError) -> Data {
        let path = workspace.databasePath
        let document = try await workspace.read { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            let person = PortalPerson.of(account, in: registry)
            let firm =
                account.role == .sme ? registry.enterprises.first { $0.id.rawValue == account.organisationID } : nil
            let city =
                account.role == .partner
                ? registry.partnerCities.first { $0.id.rawValue == account.organisationID } : nil
            let applications =
                person.map { person in
                    registry.applications.filter { $0.delegateIDs.contains(person.id) }
                } ?? []
            let invites = try person.map { person in try access.invites().filter { $0.personID == person.id } } ?? []
            let consents = try firm.map { try access.consents(of: $0.id.rawValue) } ?? []
            return Document(
                account: AccountPart(
                    email: account.email, role: account.role.rawValue, organisation: account.organisationID,
                    createdAt: account.createdAt),
                person: person, enterprise: firm, partnerCity: city, applications: applications, invites: invites,
                consents: consents.map {
                    ConsentPart(
                        // Who else recorded it (a colleague, the coordinator) is not the requester's data.
                        kind: $0.kind.rawValue, given: $0.given, at: ZonedInstant.formatUTC($0.at),
                        actor: $0.actor == account.email ? $0.actor : nil)
                }, changes: try access.auditLines(byActor: account.email))
        }
        do {
            return try JSONEncoder.stable.encode(document)
        } catch {
            throw .internalFailure("the personal data of \(account.email) cannot be written: \(error)")
        }
    }

    /// Erases the person behind `account` at their request: their record in the registry keeps its
    /// id (so applications, attendance and the reports' figures stay the same) but loses the name,
    /// e-mail, phone and job title, and a later import that still lists them keeps them erased; the
    /// account is anonymised and disabled, its sessions and feed ended; the address and the name
    /// go from the audit trail, the consents, the profile changes, the import history and the
    /// e-mails, and the invites already written for the person under `invitesFolder` are deleted.
    /// One transaction; an audit line without the erased address.
    public static func erase(
        account: Account, workspace: Workspace, now: Date, invitesFolder: URL? = nil
    ) async throws(TwinLinkError) {
        let path = workspace.databasePath
        let (person, known) = try await workspace.write { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            let person = PortalPerson.of(account, in: registry)
            // Before the plain replacement below: the e-mails, with what MIME encodes.
            if let person { try eraseMails(of: person, in: access, now: now) }
            try access.eraseAccount(id: account.id, replacement: "erased.account-\(account.id)@erased.invalid")
            if let person { _ = try access.erasePerson(person, at: now) }
            try access.appendAudit(
                AuditEntry(
                    at: now, actor: "erasure", action: "portal-erase", subject: "account:\(account.id)",
                    detail: "account \(account.id)"
                        + (person.map { " and person \($0.id)" } ?? "") + " erased at the person's request"))
            return (person, try access.inviteFolders())
        }
        guard let person else { return }
        // Beside the database (the desk's) and every folder the command line wrote invites into.
        let folders = (invitesFolder.map { [$0] } ?? []) + known.map { URL(fileURLWithPath: $0, isDirectory: true) }
        for folder in folders { try deleteInvites(of: person.id, in: folder) }
    }

    /// The stored e-mails: one sent to the person is replaced whole by a notice (its date and id
    /// kept); any other is decoded part by part (base64, quoted-printable, encoded-word headers,
    /// folded calendar lines), the person's address and name replaced, and encoded again.
    static func eraseMails(of person: Person, in access: RegistryAccess, now: Date) throws {
        let erased = RegistryStore.erased(person)
        var pairs = [(text: person.email.rawValue, replacement: erased.email.rawValue)]
        if person.fullName.count >= 5 { pairs.append((text: person.fullName, replacement: erased.fullName)) }
        let day = ZonedInstant.formatUTC(now).prefix(10)
        for message in try access.outbox() {
            guard let id = message.id else { continue }
            let text =
                message.recipient.lowercased() == person.email.rawValue.lowercased()
                ? MailErasure.notice(
                    replacing: message.message, recipient: erased.email.rawValue, erasedOn: String(day))
                : MailErasure.scrub(message.message, replacing: pairs)
            if text != message.message { try access.replaceOutboxText(id, with: text) }
        }
    }

    /// Deletes the invites written for `person` (`<activity>/<person>.ics|.eml`,
    /// `<activity>/<person>--<meeting>.ics|.eml`): they carry the person's name and address.
    static func deleteInvites(of person: Identifier<Person>, in folder: URL) throws(TwinLinkError) {
        let files = FileManager.default
        guard let activities = try? files.contentsOfDirectory(atPath: folder.path) else { return }
        for activity in activities {
            let directory = folder.appendingPathComponent(activity)
            guard let names = try? files.contentsOfDirectory(atPath: directory.path) else { continue }
            for name in names {
                let stem = (name as NSString).deletingPathExtension
                guard stem == person.rawValue || stem.hasPrefix(person.rawValue + "--") else { continue }
                do {
                    try files.removeItem(at: directory.appendingPathComponent(name))
                } catch {
                    throw .output(
                        path: directory.appendingPathComponent(name).path,
                        reason: "the invite of an erased person cannot be deleted: \(error)")
                }
            }
        }
    }
}
