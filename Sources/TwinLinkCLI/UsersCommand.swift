import ArgumentParser
import Foundation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore
import TwinLinkWeb

/// `twinlink users`: the accounts of the web desk and portals.
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Add and list the accounts of the web desk.",
        subcommands: [UsersAddCommand.self, UsersListCommand.self])
}

struct UsersAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an account (the first coordinator is made here; later ones on the desk).",
        discussion: """
            An sme account belongs to one local enterprise (--organisation SME-ID), a partner account to \
            one partner city (--organisation CITY-ID). Without --password-stdin the account signs in \
            with e-mailed sign-in links only.
            """)

    @Argument(help: "The e-mail address the person signs in with.")
    var email: String

    @Option(name: .long, help: ArgumentHelp("coordinator, auditor, sme or partner.", valueName: "role"))
    var role: String

    @Option(name: .long, help: ArgumentHelp("The local enterprise (sme) or partner city (partner).", valueName: "id"))
    var organisation: String?

    @Flag(name: .long, help: "Read the password from standard input (one line).")
    var passwordStdin = false

    @Option(
        name: .long,
        help: ArgumentHelp("Who adds the account, for the audit trail (default: $USER).", valueName: "name"))
    var by: String?

    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        guard let role = AccountRole(rawValue: role), role != .distributor else {
            throw report(
                TwinLinkError.invalidArgument("--role '\(role)': expected coordinator, auditor, sme or partner"))
        }
        let password = passwordStdin ? readLine(strippingNewline: true) ?? "" : nil
        let workspace = try database.workspace()
        let email = email
        let organisation = organisation
        let who = actor(by)
        do {
            let account = try await AccountAdmin.add(
                email: email, role: role, organisation: organisation, password: password, actor: who,
                workspace: workspace)
            let words = try await language.words(workspace)
            print(
                words(
                    "user_added",
                    [
                        "email": account.email, "role": words.value("role", account.role.rawValue),
                        "organisation": account.organisationID.map { words("user_of", ["organisation": $0]) } ?? "",
                    ]))
        } catch let problem as AccountAdmin.Problem {
            let label = problem.field == "email" ? "EMAIL" : "--\(problem.field)"
            throw report(TwinLinkError.invalidArgument("\(label): \(problem.message)"))
        }
    }
}

struct UsersListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the accounts.")

    @Flag(name: .long, help: "Print stable JSON for tools.")
    var json = false

    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let workspace = try database.workspace()
        let accounts = try await AccountStore(workspace.store).accounts()
        if json {
            printJSON(try JSONEncoder.stable.encode(accounts))
            return
        }
        let words = try await language.words(workspace)
        let table = TextTable(
            headers: ["email", "role", "organisation", "password", "status"].map { words("users_" + $0) },
            rows: accounts.map {
                [
                    $0.email, words.value("role", $0.role.rawValue), $0.organisationID ?? "",
                    words.yesNo($0.hasPassword),
                    words($0.disabled ? "users_disabled" : "users_active"),
                ]
            })
        print(table.terminalText, terminator: "")
    }
}
