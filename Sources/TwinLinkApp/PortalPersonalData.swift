public import Foundation
import TwinLinkAllocation
import TwinLinkDomain
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
            let lowered = account.email.lowercased()
            let person = registry.people.first { $0.email.rawValue.lowercased() == lowered }
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
    /// e-mail, phone and job title; the account is anonymised and disabled, its sessions and feed
    /// ended. One transaction; an audit line without the erased address.
    public static func erase(account: Account, workspace: Workspace, now: Date) async throws(TwinLinkError) {
        let path = workspace.databasePath
        try await workspace.write { access in
            var registry = try Workspace.registry(in: access, databasePath: path)
            let lowered = account.email.lowercased()
            var erasedPerson: String?
            if let index = registry.people.firstIndex(where: { $0.email.rawValue.lowercased() == lowered }) {
                var person = registry.people[index]
                erasedPerson = person.id.rawValue
                person.fullName = "Erased person (\(person.id))"
                person.email = EmailAddress(rawValue: "erased.\(person.id)@erased.invalid")!
                person.phone = nil
                person.jobTitle = nil
                registry.people[index] = person
                _ = try access.apply(registry, source: "erasure of \(person.id) at their request", at: now)
            }
            try access.eraseAccount(id: account.id, replacement: "erased.account-\(account.id)@erased.invalid")
            try access.appendAudit(
                AuditEntry(
                    at: now, actor: "erasure", action: "portal-erase", subject: "account:\(account.id)",
                    detail: "account \(account.id)"
                        + (erasedPerson.map { " and person \($0)" } ?? "") + " erased at the person's request"))
        }
    }
}
