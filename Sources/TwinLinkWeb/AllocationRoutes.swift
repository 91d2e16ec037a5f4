import Foundation
import Hummingbird
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkLocalization
import TwinLinkStore

extension RouteTable {
    mutating func addAllocationRoutes() {
        let desk = desk
        get("/allocation", .deskRead) { request, context, _ in
            let registry = try await desk.registry()
            let activities = try await desk.activities()
            let latest = try await desk.cached("latest allocations") { workspace in
                try await workspace.store.read({ try $0.latestAllocations() })
            }
            // Study visits, and the online meetings firms applied to.
            let applied = Dictionary(grouping: registry.applications, by: \.seatActivityID).mapValues(\.count)
            let visits = activities.filter { $0.isStudyVisit || ($0.kind.isOnline && applied[$0.id] != nil) }
                .sorted { $0.start.instant < $1.start.instant }
            var page = Page(title: desk.t("nav_allocation", context))
            page.sections = [
                Section(
                    paragraphs: visits.isEmpty ? [desk.t("not_planned", context)] : [],
                    table: Table(
                        headers: [
                            desk.t("activity", context), desk.t("starts", context), desk.t("reg_applications", context),
                            desk.t("version", context),
                        ],
                        rows: visits.map { visit in
                            [
                                Cell(visit.title, href: "/allocation/\(visit.id.rawValue)"),
                                Cell(visit.start.instant.formatted(.iso8601.year().month().day())),
                                Cell("\(applied[visit.id] ?? 0)"),
                                Cell(
                                    latest[visit.id].map {
                                        "v\($0.run.version)\($0.provisional ? " (\(desk.t("provisional", context)))" : "")"
                                    } ?? "—"),
                            ]
                        }))
            ]
            return desk.respond(page, request, context)
        }
        get("/allocation/:activity", .deskRead) { request, context, _ in
            desk.respond(
                try await desk.allocationPage(context.parameters.get("activity") ?? "", context, notice: nil), request,
                context)
        }
        post("/allocation/:activity/run", .deskWrite) { request, context, _ in
            let id = context.parameters.get("activity") ?? ""
            let registry = try await desk.registry()
            let now = desk.now(registry)
            let actor = desk.actor(context)
            let outcome = try await desk.run { workspace in
                try await AllocateSeats.run(
                    activity: CommandArguments.identifier(id, "activity"), workspace: workspace, now: now, actor: actor)
            }
            let notice = desk.t("allocated", context, outcome.version.run.version, outcome.changes.count)
            return desk.respond(try await desk.allocationPage(id, context, notice: notice), request, context)
        }
        post("/allocation/:activity/withdraw", .deskWrite) { request, context, form in
            let id = context.parameters.get("activity") ?? ""
            let application = form.text("application") ?? ""
            let registry = try await desk.registry()
            let now = desk.now(registry)
            let actor = desk.actor(context)
            let reason = form.text("reason")
            do {
                let report = try await desk.run { workspace in
                    try await AllocationWithdrawal.run(
                        application: CommandArguments.identifier(application, "application"), reason: reason, by: actor,
                        workspace: workspace, now: now)
                }
                let changes = report.outcome?.changes.map(\.description) ?? [report.note ?? ""]
                let notice = desk.t("withdrawn", context, application) + " " + changes.joined(separator: "; ")
                return desk.respond(try await desk.allocationPage(id, context, notice: notice), request, context)
            } catch let error as TwinLinkError {
                // On the application's line when the table shows it, else at the top.
                var page = try await desk.allocationPage(
                    id, context, notice: nil, lineError: (application, error.description))
                if !page.showsLineError { page.problems = [error.description] }
                return desk.respond(page, request, context, status: error.httpStatus)
            }
        }
        post("/allocation/:activity/override", .deskWrite) { request, context, form in
            let id = context.parameters.get("activity") ?? ""
            let application = form.text("application") ?? ""
            let reason = form.text("reason") ?? ""
            let registry = try await desk.registry()
            let now = desk.now(registry)
            let actor = desk.actor(context)
            do {
                let seatsText = form.text("seats") ?? "1"
                guard let seats = Int(seatsText) else {
                    throw TwinLinkError.invalidValue(
                        field: "seats", value: seatsText, problem: "expected a whole number from 1 to 20")
                }
                let action: ManualOverride.Action = form["action"] == "reject" ? .reject : .accept(seats: seats)
                let report = try await desk.run { workspace in
                    try await AllocationOverride.run(
                        application: CommandArguments.identifier(application, "application"), action: action,
                        reason: reason,
                        by: actor, workspace: workspace, now: now)
                }
                let notice =
                    desk.t("overridden", context, application) + " "
                    + (report.outcome?.changes.map(\.description).joined(separator: "; ") ?? report.note ?? "")
                return desk.respond(try await desk.allocationPage(id, context, notice: notice), request, context)
            } catch let error as TwinLinkError {
                // A wrong value at its field; a refusal of the application (withdrawn, unknown) at the application.
                var page = try await desk.allocationPage(id, context, notice: nil)
                desk.show(
                    FormProblems(error, field: "application"), in: &page, form: "override", entered: form, context)
                return desk.respond(page, request, context, status: error.httpStatus)
            }
        }
        get("/allocation/:activity/audit", .deskRead) { request, context, _ in
            let id = context.parameters.get("activity") ?? ""
            let activityID: Identifier<Activity> = try CommandArguments.identifier(id, "activity")
            let entries = try await desk.run { workspace in
                try await AllocationAudit.entries(activity: activityID, workspace: workspace)
            }
            var page = Page(title: "\(desk.t("audit", context)): \(id)")
            page.sections = [
                Section(
                    table: Table(
                        headers: [
                            desk.t("when", context), desk.t("who", context), desk.t("action", context),
                            desk.t("what", context),
                        ],
                        rows: entries.map { [Cell(Show.utc($0.at)), Cell($0.actor), Cell($0.action), Cell($0.detail)] })
                )
            ]
            return desk.respond(page, request, context)
        }
        get("/applications/:id/explain", .deskRead) { request, context, _ in
            let id = context.parameters.get("id") ?? ""
            // Explaining re-runs the allocation's reasoning: kept while the database is unchanged.
            let explanation = try await desk.cached("explain \(id)") { workspace in
                try await AllocationExplanation.make(
                    application: CommandArguments.identifier(id, "application"), workspace: workspace)
            }
            let view = explanation.view(in: CatalogueSet.shippedCatalogue(context.language.rawValue))
            var page = Page(title: "\(desk.t("explain", context)): \(id)")
            page.sections = desk.explanationSections(view, activity: explanation.activityID.rawValue)
            return desk.respond(page, request, context)
        }
    }
}

extension Desk {
    /// The latest decisions of a study visit: accepted, waitlisted (ranked), rejected with reasons;
    /// withdraw and override for coordinators.
    func allocationPage(
        _ id: String, _ context: WebContext, notice: String?, lineError: (application: String, message: String)? = nil
    ) async throws -> Page {
        let registry = try await registry()
        let activityID: Identifier<Activity> = try CommandArguments.identifier(id, "activity")
        let activities = try await self.activities()
        guard let activity = activities.first(where: { $0.id == activityID }) else {
            throw HTTPError(.notFound, message: t("no_record", context, id))
        }
        let outcome: AllocationOutcome? = try await cached("decisions \(id)") { workspace in
            guard try await workspace.store.read({ try $0.latestAllocation(for: activityID) }) != nil else {
                return nil
            }
            return try await AllocationDecisions.latest(activity: activityID, workspace: workspace)
        }
        let firms = Dictionary(uniqueKeysWithValues: registry.enterprises.map { ($0.id, $0.legalName) })
        var page = Page(title: title(activity, context))
        page.notice = notice
        let write = canWrite(context)
        let words = words(context)
        if write {
            page.sections.append(
                Section(forms: [Form(action: "/allocation/\(id)/run", submit: t("allocate", context), id: "allocate")]))
        }
        guard let outcome else {
            page.sections.append(Section(paragraphs: [t("not_allocated", context)]))
            return page
        }
        let version = outcome.version
        let ordered = ApplicationDecision.inReadingOrder(version.decisions)
        var headers = [
            t("application", context), t("sme", context), t("outcome", context), t("score", context),
            t("reason", context),
        ]
        if write { headers.append(t("withdraw", context)) }
        page.sections.append(
            Section(
                heading: t("version_of", context, version.run.version, version.run.actor),
                paragraphs: version.notes(in: words) + (version.provisional ? [t("provisional_note", context)] : []),
                table: Table(
                    headers: headers,
                    rows: ordered.map { decision in
                        var row = [
                            Cell(
                                decision.applicationID.rawValue,
                                href: "/applications/\(decision.applicationID.rawValue)/explain"),
                            Cell(firms[decision.enterpriseID] ?? decision.enterpriseID.rawValue),
                            Cell(words.render(decision.outcome.message)),
                            Cell(decision.score.map { String($0.total) } ?? ""),
                            Cell(decision.explanation(in: words)),
                        ]
                        if write {
                            switch decision.outcome {
                            case .accepted, .waitlisted:
                                row.append(
                                    Cell(
                                        "",
                                        form: Form(
                                            action: "/allocation/\(id)/withdraw",
                                            submit: "\(t("withdraw", context)) \(decision.applicationID.rawValue)",
                                            fields: [
                                                Field(
                                                    name: "application", label: "", kind: .hidden,
                                                    value: decision.applicationID.rawValue)
                                            ]),
                                        error: lineError?.application == decision.applicationID.rawValue
                                            ? lineError?.message : nil))
                            case .rejected:
                                row.append(Cell(""))
                            }
                        }
                        return row
                    }), id: "decisions"))
        if !outcome.changes.isEmpty {
            page.sections.append(
                Section(
                    heading: t("changes_since", context),
                    preformatted: outcome.changes.map(\.description).joined(separator: "\n")))
        }
        if write {
            let options = ordered.map {
                ($0.applicationID.rawValue, "\($0.applicationID.rawValue) — \(firms[$0.enterpriseID] ?? "")")
            }
            page.sections.append(
                Section(
                    heading: t("override", context), paragraphs: [t("override_explain", context)],
                    forms: [
                        Form(
                            action: "/allocation/\(id)/override", submit: t("override", context),
                            fields: [
                                Field(
                                    name: "application", label: t("application", context), kind: .select,
                                    options: options),
                                Field(
                                    name: "action", label: t("action", context), kind: .select, value: "accept",
                                    options: [("accept", t("seat_it", context)), ("reject", t("reject_it", context))]),
                                Field(
                                    name: "seats", label: t("seats", context), kind: .number, value: "1", min: "1",
                                    max: "20"),
                                Field(name: "reason", label: t("reason", context), kind: .textarea, required: true),
                            ], id: "override")
                    ]))
        }
        page.sections.append(
            Section(links: [Link(href: "/allocation/\(id)/audit", label: t("audit", context))]))
        return page
    }
}

extension Desk {
    /// One application's explanation as the desk shows it: the decision and the facts behind it,
    /// the failed checks, the seats asked for, withdrawal and overrides, then the history.
    func explanationSections(_ view: AllocationExplanation.View, activity: String) -> [Section] {
        var facts = Section(
            heading: view.heading, paragraphs: view.lines,
            links: [Link(href: "/allocation/\(activity)", label: activity)], id: "decision")
        guard view.sentenceIndex != nil else { return [facts] }
        facts.paragraphs +=
            [view.checksHeading] + view.checks.map { "\($0.step): \($0.sentence)" } + [view.seatsLine]
            + view.events
        return [
            facts,
            Section(
                heading: view.historyHeading,
                table: Table(headers: view.historyHeaders, rows: view.history.map { $0.map { Cell($0) } }),
                id: "history"),
        ]
    }
}
