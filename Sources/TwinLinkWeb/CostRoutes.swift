import Foundation
import Hummingbird
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkImport
import TwinLinkStore

extension RouteTable {
    /// An activity's costs: what is recorded, and a form that records them through the same import
    /// as `twinlink costs import` (one sheet row): the same checks and messages, all or nothing.
    mutating func addCostRoutes() {
        let desk = desk
        get("/attendance/:activity/costs", .deskRead) { request, context, _ in
            desk.respond(
                try await desk.costsPage(context.parameters.get("activity") ?? "", context, notice: nil),
                request, context)
        }
        post("/attendance/:activity/costs", .deskWrite) { request, context, form in
            try await desk.recordCosts(context.parameters.get("activity") ?? "", form, request, context)
        }
    }
}

extension Desk {
    static let costColumns = ["preparation_hours", "hourly_rate", "hall", "service", "sme_cost_per_delegate", "note"]

    func recordCosts(_ id: String, _ form: FormData, _ request: Request, _ context: WebContext) async throws
        -> Response
    {
        let registry = try await registry()
        let now = now(registry)
        func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let header = (["activity"] + Self.costColumns).joined(separator: ",")
        let row = ([id] + Self.costColumns.map { form[$0]?.trimmingCharacters(in: .whitespaces) ?? "" }).map(quoted)
            .joined(separator: ",")
        // The form as a one-row cost sheet, as data: the same checks as `twinlink costs import`.
        let sheet = InputFile(name: "costs.csv", data: Data("\(header)\r\n\(row)\r\n".utf8))
        do {
            _ = try await run { workspace in
                try await AttendanceImport.run([(sheet, .costs)], workspace: workspace, now: now)
            }
            try await accounts.recordAudit(
                AuditEntry(
                    at: Date(), actor: actor(context), action: "costs", subject: id,
                    detail: "costs of \(id) recorded from the desk"))
            return respond(try await costsPage(id, context, notice: t("costs_recorded", context, id)), request, context)
        } catch TwinLinkError.badInput(let failure) {
            // The command line's messages, the sheet named as the form.
            var errors: [String: String] = [:]
            var problems: [String] = []
            for issue in failure.issues {
                let text = issue.description
                problems.append(text)
                errors[issue.field] = errors[issue.field].map { "\($0); \(text)" } ?? text
            }
            var page = try await costsPage(id, context, notice: nil, form: form, errors: errors)
            page.problems = problems
            return respond(page, request, context, status: .unprocessableContent)
        }
    }

    func costsPage(
        _ id: String, _ context: WebContext, notice: String?, form: FormData = FormData(),
        errors: [String: String] = [:]
    ) async throws -> Page {
        let activityID: Identifier<Activity> = try CommandArguments.identifier(id, "activity")
        guard let activity = try await activities().first(where: { $0.id == activityID }) else {
            throw HTTPError(.notFound, message: t("no_record", context, id))
        }
        let costs = try await cached("costs") { workspace in
            try await workspace.store.read({ try $0.attendanceCosts() })
        }
        let current = costs.first { $0.activityID == activityID }
        var page = Page(title: "\(t("costs", context)): \(activity.title)")
        page.notice = notice
        if let current {
            let hours = current.preparationHours.description
            page.sections.append(
                Section(
                    table: Table(
                        headers: [t("field", context), t("value", context)],
                        rows: [
                            [Cell("preparation_hours"), Cell(hours)],
                            [Cell("hourly_rate"), Cell(current.hourlyRate.description)],
                            [Cell("hall"), Cell(current.hall.description)],
                            [Cell("service"), Cell(current.service.description)],
                            [Cell("sme_cost_per_delegate"), Cell(current.smeCostPerDelegate.description)],
                            [Cell("note"), Cell(current.note ?? "")],
                            [Cell(t("source", context)), Cell(current.source ?? "")],
                        ]), id: "costs"))
        } else {
            page.sections.append(Section(paragraphs: [t("no_costs", context)], id: "costs"))
        }
        if canWrite(context) {
            let amounts: [String: String] =
                current.map {
                    [
                        "preparation_hours": $0.preparationHours.description,
                        "hourly_rate": $0.hourlyRate.plainAmount, "hall": $0.hall.plainAmount,
                        "service": $0.service.plainAmount, "sme_cost_per_delegate": $0.smeCostPerDelegate.plainAmount,
                        "note": $0.note ?? "",
                    ]
                } ?? [:]
            page.sections.append(
                Section(
                    heading: t("record_costs", context), paragraphs: [t("costs_explain", context)],
                    forms: [
                        Form(
                            action: "/attendance/\(id)/costs", submit: t("record_costs", context),
                            fields: Self.costColumns.map { name in
                                Field(
                                    name: name, label: name, kind: name == "note" ? .textarea : .text,
                                    value: form[name] ?? amounts[name] ?? "", required: name != "note",
                                    error: errors[name])
                            }, id: "record-costs")
                    ]))
        }
        page.sections.append(Section(links: [Link(href: "/attendance/\(id)", label: t("nav_attendance", context))]))
        return page
    }
}
