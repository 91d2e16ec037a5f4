import Foundation
import Hummingbird
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore

extension RouteTable {
    /// 1:1 meetings on the SME portal: request, answer, agenda.
    mutating func addPortalMeetingRoutes() {
        let desk = desk
        get("/portal/meetings", .sme) { request, context, _ in
            let firm = try desk.firm(context)
            let now = desk.now(try await desk.registryIfAny())
            let overview = try await PortalMeetings.overview(of: firm, workspace: desk.workspace, now: now)
            return desk.respond(desk.meetingsPage(overview, context), request, context)
        }
        post("/portal/meetings", .sme) { request, context, form in
            let firm = try desk.firm(context)
            let now = desk.now(try await desk.registryIfAny())
            let result = try await PortalMeetings.request(
                firm, event: form.text("event") ?? "", partner: form.text("partner") ?? "",
                note: form.text("note") ?? "", by: desk.actor(context), workspace: desk.workspace, now: now)
            let overview = try await PortalMeetings.overview(of: firm, workspace: desk.workspace, now: now)
            switch result {
            case .failure(let problems):
                var page = desk.meetingsPage(overview, context, problems: problems, event: form.text("event"))
                page.problems = problems.byField.sorted { $0.key < $1.key }.map(\.value)
                return desk.respond(page, request, context, status: .unprocessableContent)
            case .success(let made):
                var page = desk.meetingsPage(overview, context)
                page.notice = desk.p("meeting_requested", context, made.id)
                return desk.respond(page, request, context)
            }
        }
        post("/portal/meetings/:id/answer", .sme) { request, context, form in
            let firm = try desk.firm(context)
            let now = desk.now(try await desk.registryIfAny())
            let accept = form.text("accept") == "yes"
            _ = try await PortalMeetings.answer(
                context.parameters.get("id") ?? "", of: firm, accept: accept, by: desk.actor(context),
                workspace: desk.workspace, now: now)
            let overview = try await PortalMeetings.overview(of: firm, workspace: desk.workspace, now: now)
            var page = desk.meetingsPage(overview, context)
            page.notice = desk.p(accept ? "meeting_accepted" : "meeting_declined", context)
            return desk.respond(page, request, context)
        }
    }
}

extension Desk {
    func meetingsPage(
        _ overview: PortalMeetings.Overview, _ context: WebContext, problems: FieldProblems? = nil,
        event: String? = nil
    ) -> Page {
        var page = portalPage(p("portal_meetings", context), context)
        let agenda = overview.entries.filter { $0.meeting != nil }.sorted {
            ($0.meeting!.start.instant, $0.request.id) < ($1.meeting!.start.instant, $1.request.id)
        }
        page.sections.append(
            Section(
                heading: p("agenda", context), paragraphs: agenda.isEmpty ? [p("agenda_empty", context)] : [],
                table: agenda.isEmpty
                    ? nil
                    : Table(
                        headers: [
                            p("starts", context), p("table", context), p("partner", context), p("contact", context),
                        ],
                        rows: agenda.map { entry in
                            let meeting = entry.meeting!
                            return [
                                Cell(Show.local(meeting.start, meeting.start.zone)), Cell(meeting.table),
                                Cell(entry.partner?.name ?? entry.request.partnerEnterpriseID.rawValue),
                                Cell(
                                    entry.contact.map { "\($0.fullName) <\($0.email)>" } ?? p("contact_hidden", context)
                                ),
                            ]
                        }), id: "agenda"))
        page.sections.append(
            Section(
                heading: p("meeting_requests", context),
                paragraphs: overview.entries.isEmpty ? [p("no_meeting_requests", context)] : [],
                table: overview.entries.isEmpty
                    ? nil
                    : Table(
                        headers: [p("event", context), p("partner", context), p("asked_by", context), ""],
                        rows: overview.entries.map { entry in
                            let open = entry.request.requestedBy == .partner && entry.meeting == nil
                            return [
                                Cell(entry.event?.name ?? entry.request.eventID.rawValue),
                                Cell(entry.partner?.name ?? entry.request.partnerEnterpriseID.rawValue),
                                Cell(p("asked_by_\(entry.request.requestedBy.rawValue)", context)),
                                open
                                    ? answerCell("/portal/meetings/\(entry.request.id.rawValue)/answer", context)
                                    : Cell(""),
                            ]
                        }), id: "requests"))
        for session in overview.sessions {
            let eventID = session.event.id.rawValue
            let mine = event == eventID ? problems : nil
            page.sections.append(
                Section(
                    heading: session.activity.title,
                    forms: [
                        Form(
                            action: "/portal/meetings", submit: p("meeting_request", context),
                            fields: [
                                Field(name: "event", label: "event", kind: .hidden, value: eventID),
                                Field(
                                    name: "partner", label: p("partner", context), kind: .select,
                                    options: [("", p("none", context))]
                                        + session.partners.map { ($0.id.rawValue, "\($0.name): \($0.offer)") },
                                    required: true, error: mine?["partner"] ?? mine?["event"]),
                                Field(
                                    name: "note", label: p("note", context), kind: .textarea, error: mine?["note"]),
                            ], id: "meet-\(eventID)")
                    ], id: "session-\(eventID)"))
        }
        return page
    }
}

extension Desk {
    /// A row's form that answers a 1:1 meeting request made to this side: accept or decline
    /// (the SME portal and the partner-city portal post it to their own `…/answer` route).
    func answerCell(_ action: String, _ context: WebContext) -> Cell {
        Cell(
            "",
            form: Form(
                action: action, submit: p("answer", context),
                fields: [
                    Field(
                        name: "accept", label: p("answer", context), kind: .select, value: "yes",
                        options: [("yes", p("meeting_accept", context)), ("no", p("meeting_decline", context))])
                ]))
    }
}
