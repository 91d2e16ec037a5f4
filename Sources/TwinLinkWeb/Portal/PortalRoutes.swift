import Foundation
import Hummingbird
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore

extension RouteTable {
    /// The SME portal (`/join`, `/portal/…`) and the desk's page for join requests. Every `/portal`
    /// handler works on the signed-in account's own firm only: ids in URLs and forms are looked up
    /// within that firm, so another firm's records answer 404 as unknown ones do.
    mutating func addPortalRoutes() {
        addJoinRoutes()
        addPortalProfileRoutes()
        addPortalApplicationRoutes()
        addPortalCalendarRoutes()
        addPortalMeetingRoutes()
        addPortalFollowUpRoutes()
        addPersonalDataRoutes()
        addPartnerRoutes()
    }

    mutating func addJoinRoutes() {
        let desk = desk
        get("/join", .anyone) { request, context, _ in
            desk.respond(desk.joinPage(context, form: PortalFirmForm(), email: "", problems: nil), request, context)
        }
        post("/join", .anyone) { request, context, form in
            let email = form.text("email") ?? ""
            guard await desk.addressLimiter.allow("ip:\(context.remoteAddress)"),
                await desk.linkLimiter.allow("link:\(email.lowercased())")
            else {
                var page = desk.joinPage(context, form: PortalFirmForm(form), email: email, problems: nil)
                page.problems = [desk.t("rate_limited", context)]
                return desk.respond(page, request, context, status: .tooManyRequests)
            }
            let firm = PortalFirmForm(form)
            let filled = firm != PortalFirmForm()
            let now = desk.now(try await desk.registryIfAny())
            switch try await PortalJoin.ask(
                email: email, form: filled ? firm : nil, workspace: desk.workspace, now: now)
            {
            case .failure(let problems):
                var page = desk.joinPage(context, form: firm, email: email, problems: problems)
                page.problems = [desk.p("profile_fix", context)]
                return desk.respond(page, request, context, status: .unprocessableContent)
            case .success(let outcome):
                switch outcome {
                case .existingAccount, .bound:
                    try await desk.sendSignInLink(to: email, context: context, intro: desk.t("link_mail_body", context))
                case .needsFirm, .requested:
                    break
                }
                var page = Page(title: desk.p("join_title", context))
                page.notice = desk.p("join_sent", context)
                return desk.respond(page, request, context)
            }
        }
        get("/join-requests", .deskRead) { request, context, _ in
            let pending = try await PortalJoin.pending(workspace: desk.workspace)
            var page = Page(title: desk.p("join_requests", context))
            if pending.isEmpty { page.sections = [Section(paragraphs: [desk.p("join_requests_none", context)])] }
            for (request, eligibility) in pending {
                var section = Section(
                    heading: "\(request.legalName) (\(request.email))",
                    paragraphs: [
                        "\(request.fullName) · \(request.registrationNumber) · \(request.postcode) \(request.address)",
                        "NACE \(request.naceCodes.joined(separator: "; ")) · \(request.languages.joined(separator: "; "))",
                        request.offer,
                    ],
                    table: desk.eligibilityTable(eligibility, context), id: "join-\(request.id)")
                if desk.canWrite(context) {
                    section.forms = [
                        Form(
                            action: "/join-requests/\(request.id)", submit: desk.p("approve", context),
                            fields: [Field(name: "action", label: "action", kind: .hidden, value: "approve")]),
                        Form(
                            action: "/join-requests/\(request.id)", submit: desk.p("reject", context),
                            fields: [
                                Field(name: "action", label: "action", kind: .hidden, value: "reject"),
                                Field(name: "note", label: desk.p("decision_note", context), required: true),
                            ]),
                    ]
                }
                page.sections.append(section)
            }
            return desk.respond(page, request, context)
        }
        post("/join-requests/:id", .deskWrite) { request, context, form in
            guard let id = Int64(context.parameters.get("id") ?? "") else {
                throw HTTPError(.notFound, message: desk.t("not_found", context))
            }
            let now = desk.now(try await desk.registryIfAny())
            var page = Page(title: desk.p("join_requests", context))
            if form.text("action") == "approve" {
                let (email, firm) = try await PortalJoin.approve(
                    request: id, by: desk.actor(context), workspace: desk.workspace, now: now)
                try await desk.sendSignInLink(to: email, context: context, intro: desk.p("join_approved_mail", context))
                page.notice = desk.p("join_approved", context, id, firm, email)
            } else {
                guard let note = form.text("note") else {
                    throw HTTPError(.unprocessableContent, message: desk.p("decision_note", context))
                }
                let rejected = try await PortalJoin.reject(
                    request: id, note: note, by: desk.actor(context), workspace: desk.workspace, now: now)
                try await desk.mailer.send(
                    to: rejected.email, subject: desk.p("join_request_mail_subject", context),
                    body: desk.p("join_rejected_mail", context) + "\n\n" + note + "\n")
                page.notice = desk.p("join_rejected", context, rejected.email)
            }
            page.sections = [Section(links: [Link(href: "/join-requests", label: desk.p("join_requests", context))])]
            return desk.respond(page, request, context)
        }
    }

    mutating func addPortalProfileRoutes() {
        let desk = desk
        get("/portal", .sme) { request, context, _ in
            let view = try await PortalProfile.view(of: try desk.firm(context), workspace: desk.workspace)
            var page = desk.portalPage(view.firm.legalName, context)
            page.sections.append(
                Section(
                    heading: desk.p("eligibility", context), table: desk.eligibilityTable(view.eligibility, context),
                    id: "eligibility"))
            page.sections.append(desk.eraseSection("/portal/erase", context))
            return desk.respond(page, request, context)
        }
        get("/portal/profile", .sme) { request, context, _ in
            let view = try await PortalProfile.view(of: try desk.firm(context), workspace: desk.workspace)
            return desk.respond(desk.profilePage(view, PortalFirmForm(view.firm), nil, context), request, context)
        }
        post("/portal/profile", .sme) { request, context, form in
            let firm = try desk.firm(context)
            let now = desk.now(try await desk.registryIfAny())
            let submitted = PortalFirmForm(form)
            let result = try await PortalProfile.update(
                firm, form: submitted, by: desk.actor(context), workspace: desk.workspace, now: now)
            let view = try await PortalProfile.view(of: firm, workspace: desk.workspace)
            switch result {
            case .failure(let problems):
                var page = desk.profilePage(view, submitted, problems, context)
                page.problems = [desk.p("profile_fix", context)]
                return desk.respond(page, request, context, status: .unprocessableContent)
            case .success(let fields):
                var page = desk.profilePage(view, PortalFirmForm(view.firm), nil, context)
                page.notice =
                    fields.isEmpty
                    ? desk.p("profile_unchanged", context)
                    : desk.p("profile_saved", context, fields.map { desk.p($0, context) }.joined(separator: ", "))
                return desk.respond(page, request, context)
            }
        }
        post("/portal/profile/links", .sme) { request, context, form in
            let firm = try desk.firm(context)
            let now = desk.now(try await desk.registryIfAny())
            let id = form.text("id")
            let values = Dictionary(uniqueKeysWithValues: PortalLinks.fields.map { ($0, form[$0] ?? "") })
            let result = try await PortalLinks.save(
                firm, id: id, form: values, remove: form.text("action") == "remove", by: desk.actor(context),
                workspace: desk.workspace, now: now)
            let view = try await PortalProfile.view(of: firm, workspace: desk.workspace)
            var page = desk.profilePage(view, PortalFirmForm(view.firm), nil, context)
            switch result {
            case .failure(let problems):
                page = desk.profilePage(
                    view, PortalFirmForm(view.firm), nil, context, link: (id ?? "", values, problems))
                page.problems = [desk.p("profile_fix", context)]
                return desk.respond(page, request, context, status: .unprocessableContent)
            case .success:
                page.notice = desk.p("links_saved", context)
                return desk.respond(page, request, context)
            }
        }
        post("/portal/consents", .sme) { request, context, form in
            let firm = try desk.firm(context)
            guard let kind = form.text("kind").flatMap(PortalConsent.Kind.init(rawValue:)),
                let given = form.text("given").map({ $0 == "yes" })
            else { throw HTTPError(.unprocessableContent, message: "kind and given are required") }
            let now = desk.now(try await desk.registryIfAny())
            try await PortalProfile.setConsent(
                firm, kind, given: given, by: desk.actor(context), workspace: desk.workspace, now: now)
            let view = try await PortalProfile.view(of: firm, workspace: desk.workspace)
            var page = desk.profilePage(view, PortalFirmForm(view.firm), nil, context)
            page.notice = desk.p("consent_saved", context)
            return desk.respond(page, request, context)
        }
        get("/portal/opportunities", .sme) { request, context, _ in
            let firm = try desk.firm(context)
            let view = try await PortalProfile.view(of: firm, workspace: desk.workspace)
            var page = desk.portalPage(desk.p("portal_opportunities", context), context)
            guard view.eligibility.passed else {
                page.sections.append(
                    Section(
                        paragraphs: [desk.p("not_eligible", context)],
                        table: desk.eligibilityTable(view.eligibility, context), id: "eligibility"))
                return desk.respond(page, request, context)
            }
            let digest = try await desk.digest(of: firm)
            page.sections.append(
                Section(
                    paragraphs: [desk.p("digest_intro", context)], preformatted: digest.markdown,
                    links: [Link(href: "/portal/opportunities/digest", label: desk.p("download_html", context))],
                    id: "digest"))
            return desk.respond(page, request, context)
        }
        get("/portal/opportunities/digest", .sme) { _, context, _ in
            let firm = try desk.firm(context)
            let view = try await PortalProfile.view(of: firm, workspace: desk.workspace)
            guard view.eligibility.passed else { throw HTTPError(.forbidden, message: desk.p("not_eligible", context)) }
            var response = Desk.file(
                Data(try await desk.digest(of: firm).html.utf8), type: "text/html; charset=utf-8",
                name: "digest-\(firm).html")
            response.headers[.contentSecurityPolicy] = SecurityHeadersMiddleware.documentPolicy
            return response
        }
    }

    mutating func addPortalApplicationRoutes() {
        let desk = desk
        get("/portal/applications", .sme) { request, context, _ in
            let firm = try desk.firm(context)
            let now = desk.now(try await desk.registryIfAny())
            let overview = try await PortalApplications.overview(of: firm, workspace: desk.workspace, now: now)
            return desk.respond(desk.applicationsPage(overview, context, problems: [:]), request, context)
        }
        post("/portal/applications", .sme) { request, context, form in
            let firm = try desk.firm(context)
            let now = desk.now(try await desk.registryIfAny())
            let result = try await PortalApplications.apply(
                firm, event: form.text("event") ?? "", delegates: form.values["delegate"] ?? [],
                costAcknowledged: form.text("cost_acknowledged") == "yes", motivation: form.text("motivation") ?? "",
                by: desk.actor(context), workspace: desk.workspace, now: now)
            let overview = try await PortalApplications.overview(of: firm, workspace: desk.workspace, now: now)
            switch result {
            case .failure(let problems):
                var page = desk.applicationsPage(
                    overview, context, problems: [form.text("event") ?? "": problems], form: form)
                page.problems =
                    [desk.p("apply_fix", context)] + problems.byField.sorted { $0.key < $1.key }.map(\.value)
                return desk.respond(page, request, context, status: .unprocessableContent)
            case .success(let application):
                var page = desk.applicationsPage(overview, context, problems: [:])
                page.notice = desk.p("applied", context, application.id)
                return desk.respond(page, request, context)
            }
        }
        get("/portal/applications/:id", .sme) { request, context, _ in
            let firm = try desk.firm(context)
            let now = desk.now(try await desk.registryIfAny())
            let entry = try await PortalApplications.entry(
                context.parameters.get("id") ?? "", of: firm, workspace: desk.workspace, now: now)
            return desk.respond(desk.applicationPage(entry, context), request, context)
        }
        post("/portal/applications/:id/withdraw", .sme) { request, context, form in
            let firm = try desk.firm(context)
            let now = desk.now(try await desk.registryIfAny())
            let id = context.parameters.get("id") ?? ""
            _ = try await PortalApplications.withdraw(
                id, of: firm, reason: form.text("reason"), by: desk.actor(context), workspace: desk.workspace, now: now)
            let entry = try await PortalApplications.entry(id, of: firm, workspace: desk.workspace, now: now)
            var page = desk.applicationPage(entry, context)
            page.notice = desk.p("withdrawn_done", context)
            return desk.respond(page, request, context)
        }
    }
}

extension PortalFirmForm {
    /// The form's fields as posted.
    init(_ form: FormData) {
        self.init()
        fullName = form["full_name"] ?? ""
        legalName = form["legal_name"] ?? ""
        registrationNumber = form["registration_number"] ?? ""
        address = form["address"] ?? ""
        postcode = form["postcode"] ?? ""
        staffHeadcount = form["staff_headcount"] ?? ""
        annualTurnover = form["annual_turnover"] ?? ""
        balanceSheetTotal = form["balance_sheet_total"] ?? ""
        naceCodes = form["nace_codes"] ?? ""
        offer = form["offer"] ?? ""
        cooperationNeeds = form["cooperation_needs"] ?? ""
        apprenticeships = form["apprenticeships"] ?? ""
        languages = form["languages"] ?? ""
        website = form["website"] ?? ""
    }
}
