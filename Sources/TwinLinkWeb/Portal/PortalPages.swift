import Foundation
import Hummingbird
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkLocalization
import TwinLinkStore

extension AccountRole {
    /// Where an account lands after signing in: the desk, or its portal.
    var homePath: String {
        switch self {
        case .coordinator, .auditor: "/"
        case .sme: "/portal"
        case .partner: "/partner"
        case .distributor: "/material"
        }
    }
}

extension Desk {
    /// The firm of the signed-in `sme` account (the route's access rule guarantees one).
    func firm(_ context: WebContext) throws -> Identifier<LocalEnterprise> {
        guard let account = context.account, account.role == .sme,
            let id = account.organisationID.flatMap(Identifier<LocalEnterprise>.init(rawValue:))
        else { throw HTTPError(.forbidden, message: p("role_required_sme", context)) }
        return id
    }

    /// The form to erase one's personal data (typed confirmation).
    func eraseSection(_ action: String, _ context: WebContext) -> Section {
        Section(
            heading: p("erase", context), paragraphs: [p("erase_explain", context)],
            forms: [
                Form(
                    action: action, submit: p("erase", context),
                    fields: [Field(name: "confirm", label: p("erase_confirm", context), required: true)],
                    id: "erase-form")
            ], id: "erase")
    }

    /// A portal page: the title and the portal's menu.
    func portalPage(_ title: String, _ context: WebContext) -> Page {
        var page = Page(title: title)
        page.sections = [
            Section(
                links: [
                    ("/portal", "portal_home"), ("/portal/profile", "portal_profile"),
                    ("/portal/opportunities", "portal_opportunities"),
                    ("/portal/applications", "portal_applications"), ("/portal/meetings", "portal_meetings"),
                    ("/portal/calendar", "portal_calendar"), ("/portal/outcomes", "portal_outcomes"),
                    ("/portal/my-data", "my_data"),
                ].map { Link(href: $0.0, label: p($0.1, context)) }, id: "portal-menu")
        ]
        return page
    }

    /// Sends a one-time sign-in link to `email`'s account (if it has one).
    func sendSignInLink(to email: String, context: WebContext, intro: String) async throws {
        guard let account = try await accounts.account(email: email), !account.disabled else { return }
        let token = Tokens.random()
        try await accounts.createSignInLink(
            tokenHash: Tokens.hash(token), accountID: account.id,
            expiresAt: Date().addingTimeInterval(Self.linkLifetime))
        let link = "\(options.baseURL)/login/link?token=\(token)"
        try await mailer.send(
            to: account.email, subject: Strings.text("link_mail_subject", context.language),
            body: intro + "\n\n" + link + "\n")
    }

    /// The join form: the e-mail, and a new firm's profile.
    func joinPage(_ context: WebContext, form: PortalFirmForm, email: String, problems: FieldProblems?) -> Page {
        var page = Page(title: p("join_title", context))
        var fields = [
            Field(
                name: "email", label: t("email", context), kind: .email, value: email, required: true,
                error: problems?["email"])
        ]
        fields += firmFields(form, joining: true, problems, context)
        page.sections = [
            Section(
                paragraphs: [p("join_intro", context)],
                forms: [Form(action: "/join", submit: p("join_submit", context), fields: fields, id: "join-form")])
        ]
        return page
    }

    func firmFields(_ form: PortalFirmForm, joining: Bool, _ problems: FieldProblems?, _ context: WebContext)
        -> [Field]
    {
        var fields: [Field] = []
        func add(_ name: String, _ value: String, _ kind: Field.Kind = .text) {
            fields.append(Field(name: name, label: p(name, context), kind: kind, value: value, error: problems?[name]))
        }
        if joining {
            add("full_name", form.fullName)
            add("legal_name", form.legalName)
            add("registration_number", form.registrationNumber)
            add("address", form.address)
            add("postcode", form.postcode)
        }
        add("offer", form.offer, .textarea)
        add("cooperation_needs", form.cooperationNeeds, .textarea)
        add("apprenticeships", form.apprenticeships, .textarea)
        add("nace_codes", form.naceCodes)
        add("languages", form.languages)
        add("website", form.website)
        add("staff_headcount", form.staffHeadcount, .number)
        add("annual_turnover", form.annualTurnover)
        add("balance_sheet_total", form.balanceSheetTotal)
        return fields
    }

    /// The regulations' checks: each with what was found and what would change it.
    func eligibilityTable(_ eligibility: PortalEligibility, _ context: WebContext) -> Table {
        Table(
            headers: [p("check", context), p("result", context), p("found", context), p("to_change", context)],
            rows: eligibility.results.map { result in
                [
                    Cell(p("check_\(result.check.rawValue)", context)),
                    Cell(p(result.passed ? "passed" : "failed", context)), Cell(result.found),
                    Cell(result.passed ? "" : p("fix_\(result.check.rawValue)", context)),
                ]
            })
    }

    /// The profile page: the form, the size class explained, the consents with their dates.
    func profilePage(
        _ view: PortalProfile.View, _ form: PortalFirmForm, _ problems: FieldProblems?, _ context: WebContext,
        link refused: (id: String, values: [String: String], problems: FieldProblems)? = nil
    ) -> Page {
        var page = portalPage(p("portal_profile", context), context)
        page.sections.append(
            Section(
                heading: p("profile_for_material", context),
                forms: [
                    Form(
                        action: "/portal/profile", submit: p("save", context),
                        fields: firmFields(form, joining: false, problems, context), id: "profile-form")
                ], id: "profile"))
        let size = view.eligibility.size
        var sizeParagraphs = [
            p("size_declared", context, size.figuresText, size.sizeClass.rawValue), p("size_rule", context),
        ]
        if !view.links.isEmpty {
            sizeParagraphs.append(
                p(
                    "size_links", context,
                    view.links.map {
                        "\($0.name) (\($0.relationship.rawValue), \(Double($0.shareBasisPoints) / 100) %)"
                    }
                    .joined(separator: "; ")))
        }
        page.sections.append(
            Section(
                heading: p("size_class", context), paragraphs: sizeParagraphs,
                table: Table(
                    headers: [p("class", context), p("ceilings", context), p("result", context)],
                    rows: PortalEligibility.sizeExplanation(size).map { sizeClass, met, ceilings in
                        [Cell(sizeClass.rawValue), Cell(ceilings), Cell(p(met ? "met" : "not_met", context))]
                    }), id: "size"))
        // The partner and linked enterprises of the declaration: each one's form, and a new one's.
        var links = Section(
            heading: p("links", context), paragraphs: [p("links_explain", context)], id: "links")
        for link in view.links {
            let mine = refused?.id == link.id.rawValue ? refused : nil
            links.forms.append(
                linkForm(
                    id: link.id.rawValue, values: mine?.values ?? PortalLinks.formValues(of: link),
                    problems: mine?.problems, context))
            links.forms.append(
                Form(
                    action: "/portal/profile/links", submit: p("link_remove", context) + ": " + link.name,
                    fields: [
                        Field(name: "id", label: "id", kind: .hidden, value: link.id.rawValue),
                        Field(name: "action", label: "action", kind: .hidden, value: "remove"),
                    ]))
        }
        let new = refused?.id == "" ? refused : nil
        links.forms.append(linkForm(id: nil, values: new?.values ?? [:], problems: new?.problems, context))
        page.sections.append(links)
        var consentRows: [[Cell]] = []
        for kind in PortalConsent.Kind.allCases {
            let state = view.consents[kind] ?? (false, nil)
            let text: String =
                switch (state.given, state.since) {
                case (true, let since?): p("consent_given_since", context, Show.utc(since))
                case (true, nil): p("consent_from_registry", context)
                case (false, let since?): p("consent_withdrawn_since", context, Show.utc(since))
                case (false, nil): p("consent_none", context)
                }
            consentRows.append([
                Cell(p("consent_\(kind.rawValue)", context)), Cell(text),
                Cell(
                    "",
                    form: Form(
                        action: "/portal/consents",
                        submit: p(state.given ? "consent_withdraw" : "consent_give", context),
                        fields: [
                            Field(name: "kind", label: "kind", kind: .hidden, value: kind.rawValue),
                            Field(name: "given", label: "given", kind: .hidden, value: state.given ? "no" : "yes"),
                        ])),
            ])
        }
        let pending = view.changes.filter(\.forNextMaterial)
        page.sections.append(
            Section(
                heading: p("consents", context),
                paragraphs: pending.isEmpty
                    ? []
                    : [
                        p(
                            "changes_pending", context,
                            pending.map { "\(Show.utc($0.changedAt)): \($0.fields.joined(separator: ", "))" }
                                .joined(separator: "; "))
                    ],
                table: Table(
                    headers: [p("consents", context), p("status", context), ""], rows: consentRows),
                id: "consents"))
        if !view.history.isEmpty {
            page.sections.append(
                Section(
                    heading: p("consent_history", context),
                    table: Table(
                        headers: [p("consents", context), p("status", context), "", ""],
                        rows: view.history.reversed().map { consent in
                            [
                                Cell(p("consent_\(consent.kind.rawValue)", context)),
                                Cell(p(consent.given ? "consent_give" : "consent_withdraw", context)),
                                Cell(Show.utc(consent.at)), Cell(consent.actor),
                            ]
                        }), id: "consent-history"))
        }
        return page
    }

    /// The form of one partner or linked enterprise (`id` nil: a new one).
    func linkForm(id: String?, values: [String: String], problems: FieldProblems?, _ context: WebContext) -> Form {
        var fields = id.map { [Field(name: "id", label: "id", kind: .hidden, value: $0)] } ?? []
        for name in PortalLinks.fields {
            if name == "relationship" {
                fields.append(
                    Field(
                        name: name, label: p("link_relationship", context), kind: .select,
                        value: values[name] ?? "partner",
                        options: [("partner", p("link_partner", context)), ("linked", p("link_linked", context))],
                        error: problems?[name]))
            } else {
                fields.append(
                    Field(
                        name: name, label: p("link_\(name)", context), value: values[name] ?? "",
                        required: true, error: problems?[name]))
            }
        }
        return Form(
            action: "/portal/profile/links", submit: p(id == nil ? "link_add" : "save", context), fields: fields,
            id: id.map { "link-\($0)" } ?? "link-new")
    }

    /// The firm's opportunity digest, as Markdown (shown on the page) and HTML (to download).
    func digest(of firm: Identifier<LocalEnterprise>) async throws -> (markdown: String, html: String) {
        let registry = try await registry()
        let now = now(registry)
        let output = OutputCollection()
        _ = try await run { workspace in
            try await WriteDocuments.digests(for: firm, workspace: workspace, output: output, now: now)
        }
        let files = output.files.keys.sorted { $0.count < $1.count }
        let markdown = files.first { $0.hasSuffix(".md") }.flatMap(output.text) ?? ""
        let html = files.first { $0.hasSuffix(".html") }.flatMap(output.text) ?? ""
        return (markdown, html)
    }

    /// The status of one application as the firm reads it.
    func status(_ entry: PortalApplications.Entry, _ context: WebContext) -> String {
        if let withdrawal = entry.withdrawal {
            return p("status_withdrawn", context, Show.utc(withdrawal.at))
        }
        if let at = entry.application.withdrawnAt { return p("status_withdrawn", context, Show.utc(at)) }
        switch entry.decision?.outcome {
        case .accepted(let seats): return p("status_accepted", context, words(context).render(Message.seats(seats)))
        case .waitlisted(let rank): return p("status_waitlisted", context, rank)
        case .rejected: return p("status_rejected", context)
        case nil: return p("status_pending", context)
        }
    }

    /// What an application is for: the event (its study visit), or the event's online meeting.
    func applied(_ entry: PortalApplications.Entry, _ context: WebContext) -> String {
        let event = entry.event?.name ?? entry.application.eventID.rawValue
        return entry.application.activityID == nil ? event : "\(event) — \(p("online_meeting", context))"
    }

    /// The firm's applications and the study visits and online meetings it can apply to, each with
    /// its costs (an online meeting: its places and fee, no travel).
    func applicationsPage(
        _ overview: PortalApplications.Overview, _ context: WebContext, problems: [String: FieldProblems],
        form: FormData? = nil
    ) -> Page {
        var page = portalPage(p("portal_applications", context), context)
        page.sections.append(
            Section(
                heading: p("your_applications", context),
                paragraphs: overview.entries.isEmpty ? [p("no_applications", context)] : [],
                table: overview.entries.isEmpty
                    ? nil
                    : Table(
                        headers: [p("application", context), p("event", context), p("status", context)],
                        rows: overview.entries.map { entry in
                            [
                                Cell(
                                    entry.application.id.rawValue,
                                    href: "/portal/applications/\(entry.application.id.rawValue)"),
                                Cell(applied(entry, context)),
                                Cell(status(entry, context)),
                            ]
                        }), id: "applications"))
        var openings = Section(
            heading: p("open_activities", context),
            paragraphs: overview.openings.isEmpty ? [p("no_open_activities", context)] : [], id: "openings")
        let people = [("", p("none", context))] + overview.people.map { ($0.id.rawValue, $0.fullName) }
        for opening in overview.openings {
            let eventID = opening.choice
            let mine = form?.text("event") == eventID ? form : nil
            let fieldProblems = problems[eventID]
            let costs = opening.costs
            var fields = [Field(name: "event", label: "event", kind: .hidden, value: eventID)]
            let chosen = mine?.values["delegate"] ?? []
            for number in 0..<max(1, opening.delegatesMax) {
                fields.append(
                    Field(
                        name: "delegate",
                        label: p("delegate_n", context, number + 1)
                            + (number == 0
                                ? " — " + p("delegates", context, opening.delegatesMax) : ""),
                        kind: .select, value: number < chosen.count ? chosen[number] : "", options: people,
                        error: number == 0 ? fieldProblems?["delegates"] : nil))
            }
            let online = opening.activity.kind.isOnline
            let explained =
                online
                ? p("online_costs_explained", context, opening.seats ?? 0, costs.fees)
                : p("costs_explained", context, costs.travel, costs.accommodation, costs.fees, costs.perDelegate)
            // An online meeting without a fee asks for no acknowledgement: there is nothing to pay.
            if online, !costs.acknowledgementRequired, costs.fees.cents == 0 {
                openings.paragraphs.append(opening.activity.title + ": " + explained)
            } else {
                fields.append(
                    Field(
                        name: "cost_acknowledged", label: explained + " " + p("cost_acknowledged", context),
                        kind: .select, value: mine?.text("cost_acknowledged") ?? "no",
                        options: [("no", p("no", context)), ("yes", p("yes", context))],
                        error: fieldProblems?["cost_acknowledged"]))
            }
            fields.append(
                Field(
                    name: "motivation", label: p("motivation", context), kind: .textarea,
                    value: mine?["motivation"] ?? "", error: fieldProblems?["motivation"] ?? fieldProblems?["event"]))
            openings.forms.append(
                Form(
                    action: "/portal/applications",
                    submit: p("apply", context) + ": " + opening.activity.title, fields: fields,
                    id: "apply-\(eventID)"))
        }
        page.sections.append(openings)
        return page
    }

    /// One application: the decision with its reasons, the place on the waitlist, the withdrawal.
    func applicationPage(_ entry: PortalApplications.Entry, _ context: WebContext) -> Page {
        var page = portalPage(
            "\(p("application", context)) \(entry.application.id.rawValue)", context)
        var section = Section(
            heading: applied(entry, context),
            paragraphs: [p("status", context) + ": " + status(entry, context)], id: "decision")
        if let decision = entry.decision {
            let words = words(context)
            let explanation = decision.explanation(in: words)
            section.paragraphs.append(p("decision_reason", context) + ": " + explanation)
            section.paragraphs += decision.failedChecks.map { $0.sentence(in: words) }.filter { $0 != explanation }
        } else if !entry.withdrawn {
            section.paragraphs.append(p("no_decision", context))
        }
        if !entry.withdrawn {
            section.forms = [
                Form(
                    action: "/portal/applications/\(entry.application.id.rawValue)/withdraw",
                    submit: p("withdraw", context),
                    fields: [Field(name: "reason", label: p("withdraw_reason", context))], id: "withdraw-form")
            ]
        }
        page.sections.append(section)
        return page
    }
}
