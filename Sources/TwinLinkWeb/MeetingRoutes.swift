import Foundation
import Hummingbird
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkMeetingScheduler
import TwinLinkStore

extension RouteTable {
    mutating func addMeetingRoutes() {
        let desk = desk
        get("/meetings", .deskRead) { request, context, _ in
            let activities = try await desk.activities()
            let sessions = activities.filter { $0.kind == .businessMeetings }.sorted {
                $0.start.instant < $1.start.instant
            }
            var page = Page(title: desk.t("nav_meetings", context))
            page.sections = [
                Section(
                    paragraphs: sessions.isEmpty ? [desk.t("not_planned", context)] : [],
                    links: sessions.map { Link(href: "/meetings/\($0.id.rawValue)", label: $0.title) })
            ]
            return desk.respond(page, request, context)
        }
        get("/meetings/:activity", .deskRead) { request, context, _ in
            desk.respond(
                try await desk.meetingsPage(
                    context.parameters.get("activity") ?? "", context, notice: nil, result: nil), request, context)
        }
        post("/meetings/:activity/schedule", .deskWrite) { request, context, _ in
            let id = context.parameters.get("activity") ?? ""
            let result = try await desk.run { workspace in
                try await ScheduleSessionMeetings.run(
                    activity: CommandArguments.identifier(id, "activity"), workspace: workspace)
            }
            try await desk.accounts.recordAudit(
                AuditEntry(
                    at: Date(), actor: desk.actor(context), action: "schedule", subject: id,
                    detail: "\(result.schedule.meetings.count) meetings, \(result.moves.count) moved"))
            return desk.respond(
                try await desk.meetingsPage(
                    id, context,
                    notice: desk.t("scheduled", context, result.schedule.meetings.count, result.moves.count),
                    result: result), request, context)
        }
        for action in ["lock", "unlock", "move"] {
            post("/meetings/:activity/\(action)", .deskWrite) { request, context, form in
                try await desk.changeMeeting(action, form, request, context)
            }
        }
        get("/meetings/:activity/agenda/:participant", .deskRead) { request, context, _ in
            desk.respond(
                try await desk.agendaPage(
                    context.parameters.get("activity") ?? "", context.parameters.get("participant") ?? "", context),
                request, context)
        }
    }
}

extension Desk {
    /// Lock, unlock or move one meeting; a refused move is shown next to the form with the
    /// scheduler's reason, and nothing changes.
    func changeMeeting(_ action: String, _ form: FormData, _ request: Request, _ context: WebContext) async throws
        -> Response
    {
        let id = context.parameters.get("activity") ?? ""
        let activity: Identifier<Activity> = try CommandArguments.identifier(id, "activity")
        do {
            let meeting: Identifier<MeetingRequest> = try CommandArguments.identifier(
                form.text("request") ?? "", "request")
            let change: SessionMeetingEdit.Change
            switch action {
            case "lock": change = .lock
            case "unlock": change = .unlock
            default:
                let slotText = form.text("slot") ?? ""
                guard let start = ZonedInstant.parseInstant(slotText) else {
                    throw TwinLinkError.invalidArgument(
                        "slot: '\(slotText)' is not a slot's start such as 2027-05-12T08:00:00Z")
                }
                change = .move(start: start, table: form.text("table") ?? "")
            }
            _ = try await run { workspace in
                try await SessionMeetingEdit.run(
                    activity: activity, request: meeting, change: change, workspace: workspace)
            }
            let detail: String =
                switch change {
                case .lock: "locked \(meeting)"
                case .unlock: "unlocked \(meeting)"
                case .move(let start, let table): "moved \(meeting) to \(Show.utc(start)) \(table)"
                }
            try await accounts.recordAudit(
                AuditEntry(at: Date(), actor: actor(context), action: "meeting", subject: id, detail: detail))
            return respond(
                try await meetingsPage(
                    id, context, notice: t("meeting_done_\(action)", context, meeting.rawValue), result: nil),
                request, context)
        } catch let error as TwinLinkError {
            var page = try await meetingsPage(
                id, context, notice: nil, result: nil, moveProblem: action == "move" ? error.description : nil,
                form: form)
            page.problems = [error.description]
            return respond(page, request, context, status: error.httpStatus)
        }
    }

    /// The 1:1 grid of a session: slots × tables, each meeting with its firms and weight; the weight
    /// held against the scheduler's bound; each meeting with lock/unlock, and a form to move one.
    func meetingsPage(
        _ id: String, _ context: WebContext, notice: String?, result: ScheduleSessionMeetings.Result?,
        moveProblem: String? = nil,
        form: FormData = FormData()
    ) async throws -> Page {
        let registry = try await registry()
        let activityID: Identifier<Activity> = try CommandArguments.identifier(id, "activity")
        let activities = try await self.activities()
        guard let activity = activities.first(where: { $0.id == activityID }), activity.kind == .businessMeetings else {
            throw HTTPError(.notFound, message: t("no_record", context, id))
        }
        let (meetings, figures) = try await cached("meetings \(id)") { workspace in
            (
                try await workspace.store.read({ try $0.scheduledMeetings(for: activityID) }),
                try await SessionMeetingEdit.figures(activity: activityID, workspace: workspace)
            )
        }
        let home = registry.programme.homeCity.timeZone
        let requests = Dictionary(uniqueKeysWithValues: registry.meetingRequests.map { ($0.id, $0) })
        let firms = Dictionary(uniqueKeysWithValues: registry.enterprises.map { ($0.id, $0.legalName) })
        let partners = Dictionary(uniqueKeysWithValues: registry.partnerEnterprises.map { ($0.id, $0.name) })
        let tables = figures.tables.filter { table in meetings.contains { $0.table == table } }
        let slots = Array(Set(meetings.map(\.start.instant))).sorted()
        let byPlace = Dictionary(meetings.map { ("\($0.start.instant.timeIntervalSince1970) \($0.table)", $0) }) {
            a, _ in a
        }
        func names(_ meeting: ScheduledMeeting) -> (String, String, Int) {
            guard let request = requests[meeting.requestID] else { return (meeting.requestID.rawValue, "", 0) }
            return (
                firms[request.enterpriseID] ?? request.enterpriseID.rawValue,
                partners[request.partnerEnterpriseID] ?? request.partnerEnterpriseID.rawValue, request.weight
            )
        }
        var page = Page(title: activity.title)
        page.notice = notice
        let write = canWrite(context)
        if write {
            page.sections.append(
                Section(forms: [
                    Form(action: "/meetings/\(id)/schedule", submit: t("schedule", context), id: "schedule")
                ]))
        }
        if let result { page.sections.append(scheduleResult(result, context)) }
        let rows: [[Cell]] = slots.map { slot in
            [Cell(Show.local(ZonedInstant(instant: slot, zone: home), home))]
                + tables.map { table in
                    guard let meeting = byPlace["\(slot.timeIntervalSince1970) \(table)"] else { return Cell("") }
                    let (firm, partner, weight) = names(meeting)
                    return Cell("\(firm) ↔ \(partner) (\(weight))\(meeting.locked ? " 🔒" : "")")
                }
        }
        page.sections.append(
            Section(
                heading: t("grid", context),
                paragraphs: meetings.isEmpty
                    ? [t("not_scheduled", context)]
                    : [
                        t("meeting_count", context, meetings.count),
                        t("bound_gap", context, figures.weight, figures.bound, figures.gap),
                    ],
                table: meetings.isEmpty ? nil : Table(headers: [t("slot", context)] + tables, rows: rows), id: "grid"))
        guard !meetings.isEmpty else { return page }
        let ordered = meetings.sorted { ($0.start.instant, $0.table) < ($1.start.instant, $1.table) }
        var headers = [
            t("meeting", context), t("firm", context), t("partner", context), t("weight", context), t("slot", context),
            t("table", context), t("locked", context),
        ]
        if write { headers.append(t("lock_unlock", context)) }
        page.sections.append(
            Section(
                heading: t("meetings_list", context),
                table: Table(
                    headers: headers,
                    rows: ordered.map { meeting in
                        let (firm, partner, weight) = names(meeting)
                        let request = requests[meeting.requestID]
                        var row = [
                            Cell(meeting.requestID.rawValue),
                            Cell(firm, href: request.map { "/meetings/\(id)/agenda/\($0.enterpriseID.rawValue)" }),
                            Cell(
                                partner,
                                href: request.map { "/meetings/\(id)/agenda/\($0.partnerEnterpriseID.rawValue)" }),
                            Cell("\(weight)"), Cell(Show.local(meeting.start, home)), Cell(meeting.table),
                            Cell(meeting.locked ? t("yes", context) : t("no", context)),
                        ]
                        if write {
                            let action = meeting.locked ? "unlock" : "lock"
                            row.append(
                                Cell(
                                    "",
                                    form: Form(
                                        action: "/meetings/\(id)/\(action)",
                                        submit: "\(t(action, context)): \(meeting.requestID.rawValue)",
                                        fields: [
                                            Field(
                                                name: "request", label: "", kind: .hidden,
                                                value: meeting.requestID.rawValue)
                                        ])))
                        }
                        return row
                    }), id: "meetings"))
        if write {
            page.sections.append(
                Section(
                    heading: t("move_meeting", context), paragraphs: [t("move_explain", context)],
                    forms: [
                        Form(
                            action: "/meetings/\(id)/move", submit: t("move", context),
                            fields: [
                                Field(
                                    name: "request", label: t("meeting", context), kind: .select,
                                    value: form["request"] ?? "",
                                    options: ordered.map { meeting in
                                        let (firm, partner, _) = names(meeting)
                                        return (
                                            meeting.requestID.rawValue,
                                            "\(meeting.requestID.rawValue): \(firm) ↔ \(partner)"
                                        )
                                    }),
                                Field(
                                    name: "slot", label: t("slot", context), kind: .select, value: form["slot"] ?? "",
                                    options: figures.slots.map {
                                        (Show.utc($0), Show.local(ZonedInstant(instant: $0, zone: home), home))
                                    }, error: moveProblem),
                                Field(
                                    name: "table", label: t("table", context), kind: .select,
                                    value: form["table"] ?? "",
                                    options: figures.tables.map { ($0, $0) }),
                            ], id: "move")
                    ], id: "move-meeting"))
        }
        return page
    }

    /// One participant's meetings in a session, in time order (a firm of the delegation or a partner enterprise).
    func agendaPage(_ id: String, _ participant: String, _ context: WebContext) async throws -> Page {
        let registry = try await registry()
        let activityID: Identifier<Activity> = try CommandArguments.identifier(id, "activity")
        guard let activity = try await activities().first(where: { $0.id == activityID }),
            activity.kind == .businessMeetings
        else { throw HTTPError(.notFound, message: t("no_record", context, id)) }
        let meetings = try await cached("meetings only \(id)") { workspace in
            try await workspace.store.read({ try $0.scheduledMeetings(for: activityID) })
        }
        let firm = registry.enterprises.first { $0.id.rawValue == participant }
        let partner = registry.partnerEnterprises.first { $0.id.rawValue == participant }
        guard firm != nil || partner != nil else {
            throw HTTPError(.notFound, message: t("no_record", context, participant))
        }
        let requests = Dictionary(uniqueKeysWithValues: registry.meetingRequests.map { ($0.id, $0) })
        let home = registry.programme.homeCity.timeZone
        let mine = meetings.compactMap { meeting -> (ScheduledMeeting, MeetingRequest)? in
            guard let request = requests[meeting.requestID],
                request.enterpriseID.rawValue == participant || request.partnerEnterpriseID.rawValue == participant
            else { return nil }
            return (meeting, request)
        }.sorted { $0.0.start.instant < $1.0.start.instant }
        let name = firm?.legalName ?? partner?.name ?? participant
        var page = Page(title: t("agenda_of", context, name))
        page.sections.append(
            Section(
                heading: activity.title,
                paragraphs: mine.isEmpty ? [t("no_meetings_for", context, name)] : [],
                table: mine.isEmpty
                    ? nil
                    : Table(
                        headers: [t("slot", context), t("table", context), t("with", context), t("weight", context)],
                        rows: mine.map { meeting, request in
                            let other =
                                firm != nil
                                ? Show.name(request.partnerEnterpriseID.rawValue, in: registry)
                                : Show.name(request.enterpriseID.rawValue, in: registry)
                            return [
                                Cell(Show.local(meeting.start, home)), Cell(meeting.table), Cell(other),
                                Cell("\(request.weight)"),
                            ]
                        }),
                links: [Link(href: "/meetings/\(id)", label: t("back_to_grid", context))], id: "agenda"))
        return page
    }
}

extension Desk {
    /// What a (re-)scheduling did: the weight against the proven bound, and each meeting that
    /// moved, came or went (slot@table before and after).
    func scheduleResult(_ result: ScheduleSessionMeetings.Result, _ context: WebContext) -> Section {
        let schedule = result.schedule
        return Section(
            heading: t("schedule_result", context),
            paragraphs: [t("bound_gap", context, schedule.statistics.weight, schedule.bound.value, schedule.gap)],
            table: result.moves.isEmpty
                ? nil
                : Table(
                    headers: [t("meeting", context), t("what", context), t("from", context), t("to", context)],
                    rows: result.moves.map { move in
                        [
                            Cell(move.requestID), Cell(move.kind.rawValue), Cell(move.from?.description ?? ""),
                            Cell(move.to?.description ?? ""),
                        ]
                    }),
            id: "schedule-result")
    }
}
