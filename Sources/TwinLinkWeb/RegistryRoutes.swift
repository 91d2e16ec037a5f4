import Foundation
import Hummingbird
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkImport
import TwinLinkStore

/// The kinds of registry record the desk lists, with their list columns.
enum RegistryKind: String, CaseIterable, Sendable {
    case smes
    case partnerCities = "partner-cities"
    case partnerEnterprises = "partner-enterprises"
    case people, events, applications
    case meetingRequests = "meeting-requests"

    /// One record: id, the list's columns, a filter value, and the whole record for its page.
    struct Record {
        var id: String
        var columns: [String]
        var filter: String
        var value: Any
    }

    func headers(_ t: (String) -> String) -> [String] {
        switch self {
        case .smes: ["ID", t("name"), t("postcode"), t("sectors")]
        case .partnerCities: ["ID", t("name"), t("country"), t("time_zone")]
        case .partnerEnterprises: ["ID", t("name"), t("partner_city"), t("sectors")]
        case .people: ["ID", t("name"), t("email"), t("organisation")]
        case .events: ["ID", t("name"), t("kind"), t("first_day")]
        case .applications: ["ID", t("event"), t("sme"), t("submitted")]
        case .meetingRequests: ["ID", t("event"), t("sme"), t("partner_firm")]
        }
    }

    func records(_ registry: Registry) -> [Record] {
        switch self {
        case .smes:
            registry.enterprises.map {
                Record(
                    id: $0.id.rawValue,
                    columns: [$0.legalName, $0.postcode, $0.sectors.map(\.description).joined(separator: ", ")],
                    filter: $0.sectors.first?.description ?? "", value: $0)
            }
        case .partnerCities:
            registry.partnerCities.map {
                Record(
                    id: $0.id.rawValue, columns: [$0.name, $0.country.description, $0.timeZone.description],
                    filter: $0.country.description, value: $0)
            }
        case .partnerEnterprises:
            registry.partnerEnterprises.map {
                Record(
                    id: $0.id.rawValue,
                    columns: [
                        $0.name, $0.partnerCityID.rawValue, $0.sectors.map(\.description).joined(separator: ", "),
                    ], filter: $0.partnerCityID.rawValue, value: $0)
            }
        case .people:
            registry.people.map {
                Record(
                    id: $0.id.rawValue, columns: [$0.fullName, $0.email.rawValue, $0.organisation.description],
                    filter: $0.organisation.kind.rawValue, value: $0)
            }
        case .events:
            registry.events.map {
                Record(
                    id: $0.id.rawValue, columns: [$0.name, $0.kind.rawValue, $0.schedule.firstDay.iso],
                    filter: $0.kind.rawValue, value: $0)
            }
        case .applications:
            registry.applications.map {
                Record(
                    id: $0.id.rawValue,
                    columns: [$0.eventID.rawValue, $0.enterpriseID.rawValue, ZonedInstant.formatUTC($0.submittedAt)],
                    filter: $0.eventID.rawValue, value: $0)
            }
        case .meetingRequests:
            registry.meetingRequests.map {
                Record(
                    id: $0.id.rawValue,
                    columns: [$0.eventID.rawValue, $0.enterpriseID.rawValue, $0.partnerEnterpriseID.rawValue],
                    filter: $0.eventID.rawValue, value: $0)
            }
        }
    }
}

extension RouteTable {
    mutating func addRegistryRoutes() {
        let desk = desk
        get("/registry", .deskRead) { request, context, _ in
            var page = Page(title: desk.t("nav_registry", context))
            page.sections = [
                Section(
                    links: RegistryKind.allCases.map {
                        Link(href: "/registry/\($0.rawValue)", label: desk.t("reg_\($0.rawValue)", context))
                    }
                        + [
                            Link(href: "/registry/import", label: desk.t("registry_import", context)),
                            Link(href: "/partner-feeds", label: desk.p("cityfeeds_all", context)),
                        ]),
                Section(
                    heading: desk.t("programme_files", context),
                    links: Desk.editableFiles.map { Link(href: "/registry-files/\($0)", label: $0) }),
            ]
            return desk.respond(page, request, context)
        }
        get("/registry/import", .deskRead) { request, context, _ in
            desk.respond(desk.importPage(context, problems: [], notice: nil), request, context)
        }
        post("/registry/import", .deskWrite) { request, context, form in
            try await desk.importUpload(form, request, context)
        }
        get("/registry/:kind", .deskRead) { request, context, _ in
            guard let kind = RegistryKind(rawValue: context.parameters.get("kind") ?? "") else {
                throw HTTPError(.notFound, message: desk.t("not_found", context))
            }
            guard let registry = try await desk.registryIfAny() else {
                return desk.notReady(desk.t("empty_database", context), request, context)
            }
            let query = request.uri.queryParameters.get("q")?.lowercased() ?? ""
            let filter = request.uri.queryParameters.get("filter") ?? ""
            let all = kind.records(registry)
            let shown = all.filter { record in
                (query.isEmpty || ([record.id] + record.columns).contains { $0.lowercased().contains(query) })
                    && (filter.isEmpty || record.filter == filter)
            }
            let filters = Array(Set(all.map(\.filter))).filter { !$0.isEmpty }.sorted()
            var page = Page(title: desk.t("reg_\(kind.rawValue)", context))
            page.sections = [
                Section(
                    forms: [
                        Form(
                            action: "/registry/\(kind.rawValue)", method: "get", submit: desk.t("search", context),
                            fields: [
                                Field(name: "q", label: desk.t("search", context), kind: .search, value: query),
                                Field(
                                    name: "filter", label: desk.t("filter", context), kind: .select, value: filter,
                                    options: [("", desk.t("all", context))] + filters.map { ($0, $0) }),
                            ], id: "search")
                    ]),
                Section(
                    paragraphs: [desk.t("shown_of", context, shown.count, all.count)],
                    table: Table(
                        headers: kind.headers { desk.t($0, context) },
                        rows: shown.map { record in
                            [Cell(record.id, href: "/registry/\(kind.rawValue)/\(record.id)")]
                                + record.columns.map { Cell($0) }
                        })),
            ]
            return desk.respond(page, request, context)
        }
        get("/registry/:kind/:id/edit", .deskWrite) { request, context, _ in
            guard let kind = RegistryKind(rawValue: context.parameters.get("kind") ?? "") else {
                throw HTTPError(.notFound, message: desk.t("not_found", context))
            }
            return desk.respond(
                try await desk.editPage(kind, context.parameters.get("id") ?? "", context), request, context)
        }
        post("/registry/:kind/:id/edit", .deskWrite) { request, context, form in
            guard let kind = RegistryKind(rawValue: context.parameters.get("kind") ?? "") else {
                throw HTTPError(.notFound, message: desk.t("not_found", context))
            }
            return try await desk.saveEdit(kind, context.parameters.get("id") ?? "", form, request, context)
        }
        get("/registry/:kind/:id", .deskRead) { request, context, _ in
            guard let kind = RegistryKind(rawValue: context.parameters.get("kind") ?? "") else {
                throw HTTPError(.notFound, message: desk.t("not_found", context))
            }
            let id = context.parameters.get("id") ?? ""
            let registry = try await desk.registry()
            guard let record = kind.records(registry).first(where: { $0.id == id }) else {
                throw HTTPError(.notFound, message: desk.t("no_record", context, id))
            }
            let (audit, imports) = try await desk.cached("record history") { workspace in
                (
                    try await workspace.store.read({ try $0.auditTrail() }),
                    try await workspace.store.read({ try $0.importHistory() })
                )
            }
            let history = audit.filter { $0.subject == id || $0.detail.contains(id) }
            var page = Page(title: "\(desk.t("reg_\(kind.rawValue)", context)): \(id)")
            if request.uri.queryParameters.get("saved") != nil { page.notice = desk.t("record_saved", context, id) }
            var sections = [
                Section(
                    table: Table(
                        headers: [desk.t("field", context), desk.t("value", context)], rows: Show.fields(record.value)))
            ]
            if desk.canWrite(context) {
                sections.append(
                    Section(links: [
                        Link(href: "/registry/\(kind.rawValue)/\(id)/edit", label: desk.t("edit", context))
                    ]))
            }
            if kind == .applications {
                sections.append(
                    Section(links: [Link(href: "/applications/\(id)/explain", label: desk.t("explain", context))]))
            }
            sections.append(
                Section(
                    heading: desk.t("history", context),
                    table: Table(
                        headers: [desk.t("when", context), desk.t("who", context), desk.t("what", context)],
                        rows: imports.map { [Cell($0.importedAt), Cell("import"), Cell($0.source)] }
                            + history.map { [Cell(Show.utc($0.at)), Cell($0.actor), Cell($0.detail)] })))
            page.sections = sections
            return desk.respond(page, request, context)
        }
    }
}

extension Desk {
    /// The upload form for the registry files.
    func importPage(
        _ context: WebContext, problems: [String], notice: String?, changes: RegistryChanges? = nil,
        form: FormData = FormData()
    ) -> Page {
        var page = Page(title: t("registry_import", context))
        page.notice = notice
        page.sections = changes.map { [importChanges($0, context)] } ?? []
        page.sections += [
            Section(
                paragraphs: [t("import_explain", context)],
                forms: canWrite(context)
                    ? [
                        Form(
                            action: "/registry/import", submit: t("import", context),
                            fields: [
                                Field(
                                    name: "files", label: t("files", context), kind: .file, required: true,
                                    multiple: true),
                                Field(
                                    name: "delimiter", label: t("delimiter", context), kind: .select, value: ",",
                                    options: [(",", ", (comma)"), (";", "; (semicolon)"), ("tab", "tab")]),
                                Field(
                                    name: "encoding", label: t("encoding", context), kind: .select, value: "utf-8",
                                    options: [("utf-8", "UTF-8"), ("windows-1250", "Windows-1250 (Central European)")]),
                            ],
                            multipart: true, id: "import")
                    ] : [])
        ]
        if !problems.isEmpty {
            // Every problem (FILE:LINE, as on the command line) next to the files chosen.
            var shown = FormProblems()
            for problem in problems { shown.add(problem, field: canWrite(context) ? "files" : nil) }
            shown.show(in: &page, form: "import", entered: form, notSaved: t("form_not_saved", context))
        }
        return page
    }

    /// The files of the upload (by their own names, no paths) go through the same import as
    /// `twinlink import DIR`, as data: all or nothing, every problem as FILE:LINE.
    func importUpload(_ form: FormData, _ request: Request, _ context: WebContext) async throws -> Response {
        let allowed = Set([
            "programme.yaml", "regulations.yaml", "smes.csv", "partner_cities.csv", "partner_enterprises.csv",
            "people.csv",
            "events.csv", "applications.csv", "meeting_requests.csv", "enterprise_links.csv",
        ])
        var files = RegistryFiles([:], displayPath: "")
        var refused: [String] = []
        for file in form.files {
            let name = (file.filename as NSString).lastPathComponent
            guard allowed.contains(name) else {
                refused.append(t("import_unknown_file", context, name, allowed.sorted().joined(separator: ", ")))
                continue
            }
            files.contents[name] = file.data
        }
        if form.files.isEmpty { refused.append(t("import_no_files", context)) }
        if !refused.isEmpty {
            return respond(
                importPage(context, problems: refused, notice: nil, form: form), request, context,
                status: .unprocessableContent)
        }
        let now = Date()
        let (delimiter, encoding) = (form.text("delimiter") ?? ",", form.text("encoding") ?? "utf-8")
        do {
            let changes = try await run { [files] workspace in
                try await ImportRegistry.run(
                    files: files, into: workspace.store, delimiter: delimiter, encoding: encoding,
                    source: "upload by \(actor(context))", now: { _ in now })
            }
            try await keepRegistrySources(files)
            try await accounts.recordAudit(
                AuditEntry(
                    at: now, actor: actor(context), action: "import", subject: "registry",
                    detail: "registry imported from an upload of \(form.files.count) files"))
            return respond(
                importPage(
                    context, problems: [], notice: t("import_done", context), changes: changes),
                request,
                context)
        } catch let error as TwinLinkError {
            let lines = error.description.split(separator: "\n").map(String.init)
            return respond(
                importPage(context, problems: lines, notice: nil, form: form), request, context,
                status: error.httpStatus)
        }
    }
}

extension Desk {
    /// What an import changed, a row per table: new, updated and unchanged records, those the
    /// files no longer list (kept) and those retired, with their ids.
    func importChanges(_ changes: RegistryChanges, _ context: WebContext) -> Section {
        func ids(_ count: Int, _ ids: [String]) -> String {
            count == 0 ? "" : ids.isEmpty ? "\(count)" : "\(count): " + ids.joined(separator: ", ")
        }
        return Section(
            table: Table(
                headers: [
                    t("import_table", context), t("import_new", context), t("import_updated", context),
                    t("import_unchanged", context), t("import_not_listed", context), t("import_retired", context),
                ],
                rows: changes.tables.map { table in
                    [
                        Cell(table.name), Cell("\(table.inserted)"), Cell("\(table.updated)"),
                        Cell("\(table.unchanged)"), Cell(ids(table.notInFiles, table.notInFilesIDs)),
                        Cell(ids(table.retiredIDs.count, table.retiredIDs)),
                    ]
                }),
            id: "import-changes")
    }
}
