import Foundation
import HummingbirdBcrypt
public import TwinLinkApp
import TwinLinkDomain
public import TwinLinkStore

/// Adding and changing accounts, for the command line (`twinlink users`) and the desk's Accounts
/// page alike: the same checks and messages in both.
public enum AccountAdmin {
    /// A problem with an account's details, naming the field.
    public struct Problem: Error, CustomStringConvertible {
        public var field: String
        public var message: String
        public var description: String { "\(field): \(message)" }
    }

    /// Checks the details and adds the account (password hashed with bcrypt), with an audit line.
    public static func add(
        email rawEmail: String, role: AccountRole, organisation: String?, password: String?, actor: String,
        workspace: Workspace
    ) async throws -> Account {
        let email = rawEmail.trimmingCharacters(in: .whitespaces)
        guard EmailAddress(rawValue: email) != nil else {
            throw Problem(field: "email", message: "'\(email)' is not an e-mail address such as anna.nowak@example.pl")
        }
        let organisationID = try await checkOrganisation(organisation, role: role, workspace: workspace)
        if let password, password.count < 10 {
            throw Problem(field: "password", message: "use at least 10 characters")
        }
        let hash = try await password.asyncMap { text in try await offload { Bcrypt.hash(text, cost: Desk.bcryptCost) }
        }
        do {
            return try await AccountStore(workspace.store).addAccount(
                email: email, role: role, organisationID: organisationID, passwordHash: hash, actor: actor, at: Date())
        } catch {
            throw Problem(field: "email", message: error.description)
        }
    }

    /// An `sme` account names a local enterprise, a `partner` account a partner city; others none.
    static func checkOrganisation(_ organisation: String?, role: AccountRole, workspace: Workspace) async throws
        -> String?
    {
        let organisation = organisation?.trimmingCharacters(in: .whitespaces).nilIfEmpty
        guard role.needsOrganisation else {
            if let organisation {
                throw Problem(
                    field: "organisation",
                    message: "'\(organisation)': a \(role.rawValue) account belongs to no organisation")
            }
            return nil
        }
        guard let organisation else {
            throw Problem(
                field: "organisation",
                message: role == .sme
                    ? "an sme account needs the id of its local enterprise (smes.csv)"
                    : "a partner account needs the id of its partner city (partner_cities.csv)")
        }
        let registry = try await workspace.store.read({ try $0.registry() })
        let known =
            role == .sme
            ? registry?.enterprises.contains { $0.id.rawValue == organisation } ?? false
            : registry?.partnerCities.contains { $0.id.rawValue == organisation } ?? false
        guard known else {
            throw Problem(
                field: "organisation",
                message:
                    "'\(organisation)': no \(role == .sme ? "local enterprise in smes.csv" : "partner city in partner_cities.csv") has this id"
            )
        }
        return organisation
    }
}

extension Optional {
    fileprivate func asyncMap<T>(_ body: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await body(self)
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
