import Foundation
import Hummingbird
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore

extension RouteTable {
    /// The partner-city portal: the city comes from the signed-in `partner` account only, never from
    /// the URL, so no id in a request can reach another city's records.
    mutating func addPartnerRoutes() {
        addPartnerFeedRoutes()
        addPartnerAgendaRoutes()
        let desk = desk
        get("/partner", .partner) { request, context, _ in
            let city = try desk.partnerCity(context)
            let now = desk.now(try await desk.registryIfAny())
            return desk.respond(try await desk.partnerPage(city, context, now: now), request, context)
        }
        get("/partner/material/:file", .partner) { _, context, _ in
            let city = try desk.partnerCity(context)
            let name = context.parameters.get("file") ?? ""
            guard let text = try await desk.material(of: city)[name] else {
                throw HTTPError(.notFound, message: desk.t("not_found", context))
            }
            var response = Desk.file(Data(text.utf8), type: "text/html; charset=utf-8")
            response.headers[.contentSecurityPolicy] = SecurityHeadersMiddleware.documentPolicy
            return response
        }
        get("/material", .distributor) { request, context, _ in
            let registry = try await desk.registry()
            var page = Page(title: desk.p("material_all", context))
            page.sections.append(Section(paragraphs: [desk.p("material_explain", context)]))
            for city in registry.partnerCities {
                let files = try await desk.material(of: city.id)
                page.sections.append(
                    Section(
                        heading: city.name,
                        links: desk.materialLinks(files) { "/material/\(city.id.rawValue)/\($0)" },
                        id: "material-\(city.id.rawValue)"))
            }
            return desk.respond(page, request, context)
        }
        get("/material/:city/:file", .distributor) { _, context, _ in
            let city: Identifier<PartnerCity> = try CommandArguments.identifier(
                context.parameters.get("city") ?? "", "partner city")
            guard
                let text = try await desk.material(of: city, firmContacts: .none)[context.parameters.get("file") ?? ""]
            else {
                throw HTTPError(.notFound, message: desk.t("not_found", context))
            }
            var response = Desk.file(Data(text.utf8), type: "text/html; charset=utf-8")
            response.headers[.contentSecurityPolicy] = SecurityHeadersMiddleware.documentPolicy
            return response
        }
        post("/partner/meetings", .partner) { request, context, form in
            let city = try desk.partnerCity(context)
            let now = desk.now(try await desk.registryIfAny())
            let result = try await PortalPartner.requestMeeting(
                city: city, partner: form.text("partner") ?? "", firm: form.text("firm") ?? "",
                event: form.text("event") ?? "", note: form.text("note") ?? "", by: desk.actor(context),
                workspace: desk.workspace, now: now)
            var page = try await desk.partnerPage(city, context, now: now)
            switch result {
            case .failure(let problems):
                page.problems = problems.byField.sorted { $0.key < $1.key }.map(\.value)
                return desk.respond(page, request, context, status: .unprocessableContent)
            case .success(let made):
                page.notice = desk.p("meeting_requested", context, made.id)
                return desk.respond(page, request, context)
            }
        }
        post("/partner/meetings/:id/answer", .partner) { request, context, form in
            let city = try desk.partnerCity(context)
            let now = desk.now(try await desk.registryIfAny())
            let accept = form.text("accept") == "yes"
            _ = try await PortalPartner.answer(
                context.parameters.get("id") ?? "", city: city, accept: accept, by: desk.actor(context),
                workspace: desk.workspace, now: now)
            var page = try await desk.partnerPage(city, context, now: now)
            page.notice = desk.p(accept ? "meeting_accepted" : "meeting_declined", context)
            return desk.respond(page, request, context)
        }
        get("/partner/events/:id", .partner) { request, context, _ in
            let city = try desk.partnerCity(context)
            let registry = try await desk.registry()
            guard
                let event = registry.events.first(where: {
                    $0.id.rawValue == context.parameters.get("id") && $0.host == .partnerCity(city)
                })
            else { throw HTTPError(.notFound, message: desk.t("not_found", context)) }
            var page = Page(title: event.name)
            page.sections = [
                desk.partnerEventSection(
                    id: event.id.rawValue, values: PortalPartnerEdit.formValues(of: event), problems: nil, context)
            ]
            return desk.respond(page, request, context)
        }
        post("/partner/events", .partner) { request, context, form in
            try await desk.savePartnerRecord(
                "event", fields: PortalPartnerEdit.eventFields, form: form, request: request, context: context,
                save: PortalPartnerEdit.saveEvent, name: \.name, section: desk.partnerEventSection)
        }
        get("/partner/enterprises/:id", .partner) { request, context, _ in
            let city = try desk.partnerCity(context)
            let registry = try await desk.registry()
            guard
                let firm = registry.partnerEnterprises.first(where: {
                    $0.id.rawValue == context.parameters.get("id") && $0.partnerCityID == city
                })
            else { throw HTTPError(.notFound, message: desk.t("not_found", context)) }
            let contact = registry.people.first { $0.id == firm.contactPersonID }
            var page = Page(title: firm.name)
            page.sections = [
                desk.partnerEnterpriseSection(
                    id: firm.id.rawValue, values: PortalPartnerEdit.formValues(of: firm, contact: contact),
                    problems: nil,
                    context)
            ]
            return desk.respond(page, request, context)
        }
        post("/partner/enterprises", .partner) { request, context, form in
            try await desk.savePartnerRecord(
                "enterprise", fields: PortalPartnerEdit.enterpriseFields, form: form, request: request,
                context: context, save: PortalPartnerEdit.saveEnterprise, name: \.name,
                section: desk.partnerEnterpriseSection)
        }
        post("/partner/interest", .partner) { request, context, form in
            let city = try desk.partnerCity(context)
            let now = desk.now(try await desk.registryIfAny())
            let result = try await PortalPartner.markInterest(
                city: city, firm: form.text("firm") ?? "", note: form.text("note") ?? "", by: desk.actor(context),
                workspace: desk.workspace, now: now)
            switch result {
            case .failure(let problems):
                var page = try await desk.partnerPage(city, context, now: now, problems: problems)
                page.problems = problems.byField.sorted { $0.key < $1.key }.map(\.value)
                return desk.respond(page, request, context, status: .unprocessableContent)
            case .success(let interest):
                let view = try await PortalPartner.view(of: city, workspace: desk.workspace)
                var page = try await desk.partnerPage(city, context, now: now)
                page.notice = desk.p(
                    "interest_saved", context,
                    view.firmNames[Identifier(trusted: interest.enterpriseID)] ?? interest.enterpriseID)
                return desk.respond(page, request, context)
            }
        }
    }
}

extension Desk {
    /// The one save path of the city's own records (`kind`: `event`, `enterprise`): the form's
    /// `fields` go to `save` (the import's row rules, one transaction); a refused form comes back
    /// with each message at its field and nothing saved, a saved one returns to the city's page.
    func savePartnerRecord<Record>(
        _ kind: String, fields: [String], form: FormData, request: Request, context: WebContext,
        save: (
            _ city: Identifier<PartnerCity>, _ id: String?, _ form: [String: String], _ actor: String,
            _ workspace: Workspace, _ now: Date
        ) async throws(TwinLinkError) -> Result<Record, FieldProblems>,
        name: (Record) -> String,
        section: (_ id: String?, _ values: [String: String], _ problems: FieldProblems?, WebContext) -> Section
    ) async throws -> Response {
        let city = try partnerCity(context)
        let now = now(try await registryIfAny())
        let id = form.text("id")
        let values = Dictionary(uniqueKeysWithValues: fields.map { ($0, form[$0] ?? "") })
        switch try await save(city, id, values, actor(context), workspace, now) {
        case .failure(let problems):
            var page = Page(title: p(id == nil ? "\(kind)_add" : "\(kind)_edit", context))
            page.problems = [p("profile_fix", context)]
            page.sections = [section(id, values, problems, context)]
            return respond(page, request, context, status: .unprocessableContent)
        case .success(let record):
            var page = try await partnerPage(city, context, now: now)
            page.notice = p("\(kind)_saved", context, name(record))
            return respond(page, request, context)
        }
    }

    /// The partner city of the signed-in `partner` account.
    func partnerCity(_ context: WebContext) throws -> Identifier<PartnerCity> {
        guard let account = context.account, account.role == .partner,
            let id = account.organisationID.flatMap(Identifier<PartnerCity>.init(rawValue:))
        else { throw HTTPError(.forbidden, message: p("role_required_partner", context)) }
        return id
    }

    /// The information material for `city` in each of its languages, by file name; a firm's contact
    /// person only as `firmContacts` allows (none for a distributor, whom the regulations do not
    /// entitle to personal data).
    func material(
        of city: Identifier<PartnerCity>, firmContacts: WriteDocuments.FirmContacts = .asConsented
    ) async throws -> [String: String] {
        // Rendered once per database change: the partner page lists it on every view.
        try await cached("material:\(city.rawValue):\(firmContacts)") { _ in
            try await renderMaterial(of: city, firmContacts: firmContacts)
        }
    }

    private func renderMaterial(
        of city: Identifier<PartnerCity>, firmContacts: WriteDocuments.FirmContacts
    ) async throws -> [String: String] {
        let registry = try await registry()
        let now = now(registry)
        let output = OutputCollection()
        _ = try await run { workspace in
            try await WriteDocuments.informationMaterial(
                for: city, workspace: workspace, output: output, now: now, firmContacts: firmContacts)
        }
        var files: [String: String] = [:]
        for (path, data) in output.files where path.hasSuffix(".html") {
            files[(path as NSString).lastPathComponent] = String(decoding: data, as: UTF8.self)
        }
        return files
    }

    /// The partner city's page, read fresh.
    func partnerPage(
        _ city: Identifier<PartnerCity>, _ context: WebContext, now: Date, problems: FieldProblems? = nil
    ) async throws -> Page {
        let view = try await PortalPartner.view(of: city, workspace: workspace)
        let material = try await material(of: city)
        let sessions = try await PortalPartner.sessions(of: city, workspace: workspace, now: now)
        let agendas = try await PortalPartnerAgendas.agendas(of: city, workspace: workspace, now: now)
        return partnerPage(
            view, material: material, sessions: sessions, agendas: agendas, context, problems: problems)
    }

    func partnerPage(
        _ view: PortalPartner.View, material: [String: String], sessions: [(Activity, MutualEvent)],
        agendas: PortalPartnerAgendas.Agendas, _ context: WebContext,
        problems: FieldProblems? = nil
    ) -> Page {
        var page = Page(title: view.city.name)
        page.sections.append(Section(links: [Link(href: "/partner/my-data", label: p("my_data", context))]))
        page.sections.append(
            Section(
                heading: p("material", context), paragraphs: [p("material_explain", context)],
                links: materialLinks(material) { "/partner/material/\($0)" }, id: "material"))
        page.sections.append(
            Section(
                heading: p("city_enterprises", context),
                table: Table(
                    headers: [p("name", context), p("nace", context), p("offer", context), p("interests", context)],
                    rows: view.enterprises.map { firm in
                        [
                            Cell(firm.name, href: "/partner/enterprises/\(firm.id.rawValue)"),
                            Cell(firm.sectors.map(\.rawValue).joined(separator: "; ")),
                            Cell(firm.offer), Cell(firm.interests ?? ""),
                        ]
                    }), id: "enterprises"))
        page.sections.append(partnerEnterpriseSection(id: nil, values: [:], problems: nil, context))
        page.sections.append(
            Section(
                heading: p("city_events", context),
                paragraphs: view.events.isEmpty ? [p("city_events_none", context)] : [],
                table: view.events.isEmpty
                    ? nil
                    : Table(
                        headers: [p("event", context), p("starts", context), p("venue", context)],
                        rows: view.events.map { event in
                            let values = PortalPartnerEdit.formValues(of: event)
                            return [
                                Cell(event.name, href: "/partner/events/\(event.id.rawValue)"),
                                Cell("\(values["start"] ?? "") – \(values["end"] ?? "")"), Cell(event.venue.name),
                            ]
                        }), id: "events"))
        page.sections.append(partnerEventSection(id: nil, values: [:], problems: nil, context))
        page.sections.append(partnerFeedSection(view.feed, value: nil, problems: problems, context))
        page.sections += partnerAgendaSections(agendas, context)
        let names = Dictionary(uniqueKeysWithValues: view.enterprises.map { ($0.id, $0.name) })
        page.sections.append(
            Section(
                heading: p("city_requests", context),
                table: Table(
                    headers: [
                        p("event", context), p("city_enterprise", context), p("local_firm", context),
                        p("note", context), p("asked_by", context), "",
                    ],
                    rows: view.requests.map { request in
                        [
                            Cell(view.eventNames[request.eventID] ?? request.eventID.rawValue),
                            Cell(names[request.partnerEnterpriseID] ?? request.partnerEnterpriseID.rawValue),
                            Cell(view.firmNames[request.enterpriseID] ?? p("unpublished_firm", context)),
                            Cell(request.note ?? ""),
                            Cell(p("partner_asked_by_\(request.requestedBy.rawValue)", context)),
                            request.requestedBy == .sme
                                ? answerCell("/partner/meetings/\(request.id.rawValue)/answer", context) : Cell(""),
                        ]
                    }), id: "requests"))
        if !sessions.isEmpty {
            page.sections.append(
                Section(
                    heading: p("meeting_request", context),
                    forms: [
                        Form(
                            action: "/partner/meetings", submit: p("meeting_request", context),
                            fields: [
                                Field(
                                    name: "event", label: p("event", context), kind: .select,
                                    options: sessions.map { ($0.1.id.rawValue, $0.0.title) },
                                    error: problems?["event"]),
                                Field(
                                    name: "partner", label: p("city_enterprise", context), kind: .select,
                                    options: view.enterprises.map { ($0.id.rawValue, $0.name) },
                                    error: problems?["partner"]),
                                Field(
                                    name: "firm", label: p("local_firm", context), kind: .select,
                                    options: view.published.map { ($0.id.rawValue, $0.legalName) }),
                                Field(name: "note", label: p("note", context), kind: .textarea),
                            ], id: "partner-meeting-form")
                    ], id: "partner-meetings"))
        }
        let options = [("", p("choose_firm", context))] + view.published.map { ($0.id.rawValue, $0.legalName) }
        page.sections.append(
            Section(
                heading: p("interest", context),
                table: view.interests.isEmpty
                    ? nil
                    : Table(
                        headers: [p("local_firm", context), p("note", context), ""],
                        rows: view.interests.map { interest in
                            [
                                Cell(
                                    view.firmNames[Identifier(trusted: interest.enterpriseID)] ?? interest.enterpriseID),
                                Cell(interest.note), Cell(Show.utc(interest.at)),
                            ]
                        }),
                forms: [
                    Form(
                        action: "/partner/interest", submit: p("interest_mark", context),
                        fields: [
                            Field(
                                name: "firm", label: p("local_firm", context), kind: .select, options: options,
                                required: true, error: problems?["firm"]),
                            Field(name: "note", label: p("note", context), kind: .textarea, error: problems?["note"]),
                        ], id: "interest-form")
                ], id: "interest"))
        page.sections.append(eraseSection("/partner/erase", context))
        return page
    }

    /// The form to add (no `id`) or update one of the city's events, as `events.csv` has it.
    func partnerEventSection(
        id: String?, values: [String: String], problems: FieldProblems?, _ context: WebContext
    ) -> Section {
        var fields = id.map { [Field(name: "id", label: "id", kind: .hidden, value: $0)] } ?? []
        for name in PortalPartnerEdit.eventFields {
            let value = values[name] ?? ""
            let label = p("event_\(name)", context)
            switch name {
            case "kind":
                fields.append(
                    Field(
                        name: name, label: label, kind: .select, value: value.isEmpty ? "fair" : value,
                        options: MutualEvent.Kind.allCases.map {
                            ($0.rawValue, p("event_kind_\($0.rawValue)", context))
                        },
                        error: problems?[name]))
            case "visit":
                fields.append(
                    Field(
                        name: name, label: label, kind: .select, value: value.isEmpty ? "none" : value,
                        options: [
                            ("none", p("event_visit_none", context)), ("outgoing", p("event_visit_outgoing", context)),
                        ],
                        error: problems?[name]))
            default:
                fields.append(
                    Field(
                        name: name, label: label, kind: name == "description" ? .textarea : .text, value: value,
                        required: ["name", "start", "end", "venue_name", "venue_address"].contains(name),
                        error: problems?[name]))
            }
        }
        return Section(
            heading: p(id == nil ? "event_add" : "event_edit", context), paragraphs: [p("event_explain", context)],
            forms: [
                Form(
                    action: "/partner/events", submit: p(id == nil ? "event_add" : "save", context), fields: fields,
                    id: "event-form")
            ], links: [Link(href: "/partner", label: p("back_partner", context))], id: "event-edit")
    }

    /// The form to add (no `id`) or update one of the city's enterprises and its contact person.
    func partnerEnterpriseSection(
        id: String?, values: [String: String], problems: FieldProblems?, _ context: WebContext
    ) -> Section {
        var fields = id.map { [Field(name: "id", label: "id", kind: .hidden, value: $0)] } ?? []
        for name in PortalPartnerEdit.enterpriseFields {
            fields.append(
                Field(
                    name: name, label: p("enterprise_\(name)", context),
                    kind: name == "offer" || name == "interests" ? .textarea : name == "contact_email" ? .email : .text,
                    value: values[name] ?? "",
                    required: ["name", "nace_codes", "offer", "languages", "contact_full_name", "contact_email"]
                        .contains(name), error: problems?[name]))
        }
        return Section(
            heading: p(id == nil ? "enterprise_add" : "enterprise_edit", context),
            paragraphs: [p("enterprise_explain", context)],
            forms: [
                Form(
                    action: "/partner/enterprises", submit: p(id == nil ? "enterprise_add" : "save", context),
                    fields: fields, id: "enterprise-form")
            ], id: "enterprise-edit")
    }
}
