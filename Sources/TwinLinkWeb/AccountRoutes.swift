import Foundation
import Hummingbird
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore

extension RouteTable {
    mutating func addAccountRoutes() {
        let desk = desk
        get("/accounts", .deskRead) { request, context, _ in
            desk.respond(
                try await desk.accountsPage(
                    context, notice: nil,
                    actor: request.uri.queryParameters.get("actor").flatMap { $0.isEmpty ? nil : String($0) }),
                request, context)
        }
        post("/accounts", .deskWrite) { request, context, form in
            do {
                guard let role = AccountRole(rawValue: form.text("role") ?? "") else {
                    throw AccountAdmin.Problem(field: "role", message: "expected coordinator, auditor, sme or partner")
                }
                let account = try await AccountAdmin.add(
                    email: form.text("email") ?? "", role: role, organisation: form.text("organisation"),
                    password: form.text("password"),
                    actor: desk.actor(context), workspace: desk.workspace)
                return desk.respond(
                    try await desk.accountsPage(context, notice: desk.t("account_added", context, account.email)),
                    request, context)
            } catch let problem as AccountAdmin.Problem {
                var page = try await desk.accountsPage(context, notice: nil)
                var problems = FormProblems()
                problems.add(problem.description, field: problem.field)
                desk.show(problems, in: &page, form: "add-account", entered: form, context)
                return desk.respond(page, request, context, status: .unprocessableContent)
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
            do {
                if account.id == context.account?.id, disabled == true || (role != nil && role != .coordinator) {
                    throw AccountAdmin.Problem(field: "role", message: desk.t("not_yourself", context))
                }
                let organisation = try await AccountAdmin.checkOrganisation(
                    role == nil ? account.organisationID : form.text("organisation"), role: role ?? account.role,
                    workspace: desk.workspace)
                let updated = try await desk.accounts.updateAccount(
                    id: id, role: role, organisationID: organisation, disabled: disabled, actor: desk.actor(context),
                    at: Date())
                return desk.respond(
                    try await desk.accountsPage(context, notice: desk.t("account_changed", context, updated.email)),
                    request, context)
            } catch let problem as AccountAdmin.Problem {
                // On the account's line.
                var page = try await desk.accountsPage(context, notice: nil, lineError: (id, problem.description))
                if !page.showsLineError { page.problems = [problem.description] }
                return desk.respond(page, request, context, status: .unprocessableContent)
            }
        }
    }
}

extension Desk {
    func accountsPage(
        _ context: WebContext, notice: String?, actor: String? = nil,
        lineError: (account: Int64, message: String)? = nil
    ) async throws -> Page {
        let (list, audit) = (try await accounts.accounts(), try await accounts.audit(actor: actor))
        let write = canWrite(context)
        var page = Page(title: t("nav_accounts", context))
        page.notice = notice
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
                                        ]),
                                    error: lineError?.account == account.id ? lineError?.message : nil))
                        }
                        return row
                    }), id: "accounts"))
        if write {
            let registry = try await registryIfAny()
            let organisations =
                (registry?.enterprises.map { ($0.id.rawValue, "\($0.legalName) (\(t("role_sme", context)))") } ?? [])
                + (registry?.partnerCities.map { ($0.id.rawValue, "\($0.name) (\(t("role_partner", context)))") } ?? [])
            page.sections.append(
                Section(
                    heading: t("add_account", context),
                    forms: [
                        Form(
                            action: "/accounts", submit: t("add_account", context),
                            fields: [
                                Field(name: "email", label: t("email", context), kind: .email, required: true),
                                Field(
                                    name: "role", label: t("role", context), kind: .select, value: "coordinator",
                                    options: roles),
                                Field(
                                    name: "organisation", label: t("organisation_id", context), kind: .select,
                                    options: [("", "—")] + organisations, hint: t("organisation_hint", context)),
                                Field(name: "password", label: t("password_optional", context), kind: .password),
                            ], id: "add-account")
                    ]))
        }
        let actors = Array(Set(list.map(\.email) + [actor].compactMap { $0 })).sorted()
        page.sections.append(
            Section(
                heading: t("audit", context),
                table: Table(
                    headers: [t("when", context), t("who", context), t("action", context), t("what", context)],
                    rows: audit.map {
                        [
                            Cell(Show.utc($0.at)),
                            Cell($0.actor, href: "/accounts?actor=\(PageRenderer.queryEscape($0.actor))#audit"),
                            Cell("\($0.action) \($0.subject)"), Cell($0.detail),
                        ]
                    }),
                forms: [
                    Form(
                        action: "/accounts", method: "get", submit: t("show", context),
                        fields: [
                            Field(
                                name: "actor", label: t("who", context), kind: .select, value: actor ?? "",
                                options: [("", t("all", context))] + actors.map { ($0, $0) })
                        ], id: "audit-filter")
                ], id: "audit"))
        return page
    }
}
