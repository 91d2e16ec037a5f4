import Foundation
import Hummingbird
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore

extension RouteTable {
    /// After the event, on the SME portal: outcomes and the personal briefing pack.
    mutating func addPortalFollowUpRoutes() {
        let desk = desk
        get("/portal/outcomes", .sme) { request, context, _ in
            let taken = try await PortalFollowUp.activities(of: try desk.firm(context), workspace: desk.workspace)
            return desk.respond(desk.followUpPage(taken, context), request, context)
        }
        post("/portal/outcomes", .sme) { request, context, form in
            let firm = try desk.firm(context)
            let now = desk.now(try await desk.registryIfAny())
            let rating = try form.text("rating").map { text in
                guard let value = Int(text) else {
                    throw HTTPError(.unprocessableContent, message: "rating: expected 1 to 5, found '\(text)'")
                }
                return value
            }
            _ = try await PortalFollowUp.record(
                firm, activity: form.text("activity") ?? "", meeting: form.text("meeting"),
                outcome: form.text("outcome") ?? "", check: form.text("check") ?? "initial",
                date: form.text("date") ?? "", rating: rating, note: form.text("note"), by: desk.actor(context),
                workspace: desk.workspace, now: now)
            let taken = try await PortalFollowUp.activities(of: firm, workspace: desk.workspace)
            var page = desk.followUpPage(taken, context)
            page.notice = desk.p("outcome_saved", context)
            return desk.respond(page, request, context)
        }
        get("/portal/packs/:activity", .sme) { _, context, _ in
            let account = try desk.firmAccount(context)
            let activity: Identifier<Activity> = try CommandArguments.identifier(
                context.parameters.get("activity") ?? "", "activity")
            let now = desk.now(try await desk.registryIfAny())
            guard
                let html = try await PortalFollowUp.pack(
                    account: account, activity: activity, workspace: desk.workspace, now: now)
            else { throw HTTPError(.notFound, message: desk.p("no_pack", context)) }
            var response = Desk.file(Data(html.utf8), type: "text/html; charset=utf-8")
            response.headers[.contentSecurityPolicy] = SecurityHeadersMiddleware.documentPolicy
            return response
        }
    }
}

extension Desk {
    func followUpPage(_ taken: [PortalFollowUp.Taken], _ context: WebContext) -> Page {
        var page = portalPage(p("portal_outcomes", context), context)
        if taken.isEmpty { page.sections.append(Section(paragraphs: [p("no_activities_taken", context)])) }
        for item in taken {
            let id = item.activity.id.rawValue
            var fields = [
                Field(name: "activity", label: "activity", kind: .hidden, value: id),
                Field(
                    name: "outcome", label: p("outcome", context), kind: .select, value: "lead",
                    options: ["none", "follow_up_agreed", "lead", "offer_sent", "contract", "joint_project"].map {
                        ($0, p("outcome_\($0)", context))
                    }),
                Field(
                    name: "check", label: p("outcome_check", context), kind: .select, value: "initial",
                    options: [("initial", p("check_initial", context)), ("follow_up", p("check_follow_up", context))]),
                Field(name: "date", label: p("outcome_date", context), kind: .date, required: true),
                Field(name: "rating", label: p("outcome_rating", context), kind: .number),
                Field(name: "note", label: p("note", context), kind: .textarea),
            ]
            if !item.meetings.isEmpty {
                fields.insert(
                    Field(
                        name: "meeting", label: p("outcome_meeting", context), kind: .select,
                        options: [("", p("none", context))]
                            + item.meetings.map { ($0.id.rawValue, "\($0.id.rawValue): \($0.partnerEnterpriseID)") }),
                    at: 1)
            }
            page.sections.append(
                Section(
                    heading: item.activity.title,
                    forms: [
                        Form(
                            action: "/portal/outcomes", submit: p("outcome_record", context), fields: fields,
                            id: "outcome-\(id)")
                    ],
                    links: item.meetings.isEmpty
                        ? [Link(href: "/portal/packs/\(id)", label: p("pack_download", context))] : [],
                    id: "taken-\(id)"))
        }
        return page
    }
}

extension RouteTable {
    /// A portal user's own data, as JSON (SME and partner accounts).
    mutating func addPersonalDataRoutes() {
        let desk = desk
        for (path, access) in [("/portal/my-data", Access.sme), ("/partner/my-data", Access.partner)] {
            get(path, access) { _, context, _ in
                guard let account = context.account else { throw HTTPError(.forbidden) }
                let data = try await PortalPersonalData.export(account: account, workspace: desk.workspace)
                return Desk.file(data, type: "application/json; charset=utf-8", name: "twinlink-my-data.json")
            }
        }
        for (path, access) in [("/portal/erase", Access.sme), ("/partner/erase", Access.partner)] {
            post(path, access) { request, context, form in
                guard let account = context.account else { throw HTTPError(.forbidden) }
                guard form.text("confirm") == "erase" else {
                    throw HTTPError(.unprocessableContent, message: desk.p("erase_confirm", context))
                }
                try await PortalPersonalData.erase(
                    account: account, workspace: desk.workspace, now: Date(), invitesFolder: desk.invitesFolder)
                var page = Page(title: desk.p("erased_title", context))
                page.notice = desk.p("erased", context)
                var response = desk.respond(page, request, context)
                response.setCookie(desk.cookie(WebCookies.session, "", maxAge: 0))
                return response
            }
        }
    }
}
