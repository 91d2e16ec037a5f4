import Foundation
import Hummingbird
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore

extension RouteTable {
    /// The partner-city portal: the city comes from the signed-in `partner` account only, never from
    /// the URL, so no id in a request can reach another city's records.
    mutating func addPartnerRoutes() {
        let desk = desk
        get("/partner", .partner) { request, context, _ in
            let city = try desk.partnerCity(context)
            let view = try await PortalPartner.view(of: city, workspace: desk.workspace)
            let material = try await desk.material(of: city)
            return desk.respond(desk.partnerPage(view, material: Array(material.keys), context), request, context)
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
        post("/partner/interest", .partner) { request, context, form in
            let city = try desk.partnerCity(context)
            let now = desk.now(try await desk.registryIfAny())
            let result = try await PortalPartner.markInterest(
                city: city, firm: form.text("firm") ?? "", note: form.text("note") ?? "", by: desk.actor(context),
                workspace: desk.workspace, now: now)
            let view = try await PortalPartner.view(of: city, workspace: desk.workspace)
            let material = try await desk.material(of: city)
            switch result {
            case .failure(let problems):
                var page = desk.partnerPage(view, material: Array(material.keys), context, problems: problems)
                page.problems = problems.byField.sorted { $0.key < $1.key }.map(\.value)
                return desk.respond(page, request, context, status: .unprocessableContent)
            case .success(let interest):
                var page = desk.partnerPage(view, material: Array(material.keys), context)
                page.notice = desk.p(
                    "interest_saved", context,
                    view.firmNames[Identifier(trusted: interest.enterpriseID)] ?? interest.enterpriseID)
                return desk.respond(page, request, context)
            }
        }
    }
}

extension Desk {
    /// The partner city of the signed-in `partner` account.
    func partnerCity(_ context: WebContext) throws -> Identifier<PartnerCity> {
        guard let account = context.account, account.role == .partner,
            let id = account.organisationID.flatMap(Identifier<PartnerCity>.init(rawValue:))
        else { throw HTTPError(.forbidden, message: p("role_required_partner", context)) }
        return id
    }

    /// The information material for `city`, one HTML document per language, by file name.
    func material(of city: Identifier<PartnerCity>) async throws -> [String: String] {
        let registry = try await registry()
        let now = now(registry)
        let output = OutputCollection()
        _ = try await run { workspace in
            try await WriteDocuments.informationMaterial(for: city, workspace: workspace, output: output, now: now)
        }
        var files: [String: String] = [:]
        for (path, data) in output.files where path.hasSuffix(".html") {
            files[(path as NSString).lastPathComponent] = String(decoding: data, as: UTF8.self)
        }
        return files
    }

    func partnerPage(
        _ view: PortalPartner.View, material: [String], _ context: WebContext, problems: FieldProblems? = nil
    ) -> Page {
        var page = Page(title: view.city.name)
        page.sections.append(Section(links: [Link(href: "/partner/my-data", label: p("my_data", context))]))
        page.sections.append(
            Section(
                heading: p("material", context), paragraphs: [p("material_explain", context)],
                links: material.sorted().map { Link(href: "/partner/material/\($0)", label: $0) }, id: "material"))
        page.sections.append(
            Section(
                heading: p("city_enterprises", context),
                table: Table(
                    headers: [p("name", context), p("nace", context), p("offer", context), p("interests", context)],
                    rows: view.enterprises.map { firm in
                        [
                            Cell(firm.name), Cell(firm.sectors.map(\.rawValue).joined(separator: "; ")),
                            Cell(firm.offer), Cell(firm.interests ?? ""),
                        ]
                    }), id: "enterprises"))
        let names = Dictionary(uniqueKeysWithValues: view.enterprises.map { ($0.id, $0.name) })
        page.sections.append(
            Section(
                heading: p("city_requests", context),
                table: Table(
                    headers: [
                        p("event", context), p("city_enterprise", context), p("local_firm", context),
                        p("note", context),
                    ],
                    rows: view.requests.map { request in
                        [
                            Cell(view.eventNames[request.eventID] ?? request.eventID.rawValue),
                            Cell(names[request.partnerEnterpriseID] ?? request.partnerEnterpriseID.rawValue),
                            Cell(view.firmNames[request.enterpriseID] ?? p("unpublished_firm", context)),
                            Cell(request.note ?? ""),
                        ]
                    }), id: "requests"))
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
        return page
    }
}
