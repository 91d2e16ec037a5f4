import Foundation
import Hummingbird
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkStore

extension RouteTable {
    mutating func addAccountRoutes() {
        let desk = desk
        get("/accounts", .deskRead) { request, context, _ in
            desk.respond(try await desk.accountsPage(context, notice: nil, problem: nil), request, context)
        }
        post("/accounts", .deskWrite) { request, context, form in
            guard let role = AccountRole(rawValue: form.text("role") ?? "") else {
                return desk.respond(
                    try await desk.accountsPage(
                        context, notice: nil,
                        problem: AccountAdmin.Problem(
                            field: "role", message: "expected coordinator, auditor, sme or partner")),
                    request, context, status: .unprocessableContent)
            }
            do {
                let account = try await AccountAdmin.add(
                    email: form.text("email") ?? "", role: role, organisation: form.text("organisation"),
                    password: form.text("password"),
                    actor: desk.actor(context), workspace: desk.workspace)
                return desk.respond(
                    try await desk.accountsPage(
                        context, notice: desk.t("account_added", context, account.email), problem: nil),
                    request, context)
            } catch let problem as AccountAdmin.Problem {
                return desk.respond(
                    try await desk.accountsPage(context, notice: nil, problem: problem, form: form), request, context,
                    status: .unprocessableContent)
            }
        }
        post("/accounts/:id", .deskWrite) { request, context, form in
            guard let id = Int64(context.parameters.get("id") ?? ""),
                let account = try await desk.accounts.account(id: id)
            else {
                throw HTTPError(.notFound, message: desk.t("not_found", context))
            }
            let role = form.text("role").flatMap(AccountRole.init(rawValue:))
            let disabled = form.text("disabled").map { $0 == "1" }
            if account.id == context.account?.id, disabled == true || (role != nil && role != .coordinator) {
                return desk.respond(
                    try await desk.accountsPage(
                        context, notice: nil,
                        problem: AccountAdmin.Problem(field: "role", message: desk.t("not_yourself", context))),
                    request, context, status: .unprocessableContent)
            }
            do {
                let organisation = try await AccountAdmin.checkOrganisation(
                    role == nil ? account.organisationID : form.text("organisation"), role: role ?? account.role,
                    workspace: desk.workspace)
                let updated = try await desk.accounts.updateAccount(
                    id: id, role: role, organisationID: organisation, disabled: disabled, actor: desk.actor(context),
                    at: Date())
                return desk.respond(
                    try await desk.accountsPage(
                        context, notice: desk.t("account_changed", context, updated.email), problem: nil),
                    request, context)
            } catch let problem as AccountAdmin.Problem {
                return desk.respond(
                    try await desk.accountsPage(context, notice: nil, problem: problem), request, context,
                    status: .unprocessableContent)
            }
        }
    }
}

extension Desk {
    func accountsPage(
        _ context: WebContext, notice: String?, problem: AccountAdmin.Problem?, form: FormData = FormData()
    ) async throws -> Page {
        let (list, audit) = (try await accounts.accounts(), try await accounts.accountAudit())
        let write = canWrite(context)
        var page = Page(title: t("nav_accounts", context))
        page.notice = notice
        if let problem { page.problems = [problem.description] }
        let roles = AccountRole.allCases.filter { $0 != .distributor }.map {
            ($0.rawValue, t("role_\($0.rawValue)", context))
        }
        var headers = [t("email", context), t("role", context), t("organisation", context), t("status", context)]
        if write { headers += [t("change_role", context), t("enable_disable", context)] }
        page.sections.append(
            Section(
                table: Table(
                    headers: headers,
                    rows: list.map { account in
                        var row = [
                            Cell(account.email), Cell(t("role_\(account.role.rawValue)", context)),
                            Cell(account.organisationID ?? ""),
                            Cell(account.disabled ? t("disabled", context) : t("active", context)),
                        ]
                        if write {
                            let next: AccountRole = account.role == .coordinator ? .auditor : .coordinator
                            row.append(
                                account.role.needsOrganisation
                                    ? Cell("")
                                    : Cell(
                                        "",
                                        form: Form(
                                            action: "/accounts/\(account.id)",
                                            submit:
                                                "\(t("make", context)) \(t("role_\(next.rawValue)", context)): \(account.email)",
                                            fields: [
                                                Field(name: "role", label: "", kind: .hidden, value: next.rawValue)
                                            ])))
                            row.append(
                                Cell(
                                    "",
                                    form: Form(
                                        action: "/accounts/\(account.id)",
                                        submit:
                                            "\(account.disabled ? t("enable", context) : t("disable", context)): \(account.email)",
                                        fields: [
                                            Field(
                                                name: "disabled", label: "", kind: .hidden,
                                                value: account.disabled ? "0" : "1")
                                        ])))
                        }
                        return row
                    }), id: "accounts"))
        if write {
            page.sections.append(
                Section(
                    heading: t("add_account", context),
                    forms: [
                        Form(
                            action: "/accounts", submit: t("add_account", context),
                            fields: [
                                Field(
                                    name: "email", label: t("email", context), kind: .email, value: form["email"] ?? "",
                                    required: true, error: problem?.field == "email" ? problem?.message : nil),
                                Field(
                                    name: "role", label: t("role", context), kind: .select,
                                    value: form["role"] ?? "coordinator", options: roles),
                                Field(
                                    name: "organisation", label: t("organisation_id", context),
                                    value: form["organisation"] ?? "",
                                    error: problem?.field == "organisation" ? problem?.message : nil),
                                Field(
                                    name: "password", label: t("password_optional", context), kind: .password,
                                    error: problem?.field == "password" ? problem?.message : nil),
                            ], id: "add-account")
                    ]))
        }
        page.sections.append(
            Section(
                heading: t("audit", context),
                table: Table(
                    headers: [t("when", context), t("who", context), t("what", context)],
                    rows: audit.map { [Cell(Show.utc($0.at)), Cell($0.actor), Cell($0.detail)] })))
        return page
    }
}
