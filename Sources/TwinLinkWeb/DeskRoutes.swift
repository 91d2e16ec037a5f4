import Foundation
import Hummingbird
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkLocalization
import TwinLinkPlanning
import TwinLinkStore

extension RouteTable {
    /// Every page of the coordinator's desk. Reads need `deskRead` (coordinator, auditor); changes
    /// need `deskWrite` (coordinator).
    mutating func addDeskRoutes() {
        addOverviewRoutes()
        addRegistryRoutes()
        addRegistryFileRoutes()
        addPlanRoutes()
        addAllocationRoutes()
        addMeetingRoutes()
        addInviteRoutes()
        addDocumentRoutes()
        addAttendanceRoutes()
        addCostRoutes()
        addReportRoutes()
        addAccountRoutes()
    }

    mutating func addOverviewRoutes() {
        let desk = desk
        get("/", .deskRead) { request, context, _ in
            guard let registry = try await desk.registryIfAny() else {
                var page = Page(title: desk.t("nav_overview", context))
                page.sections = [
                    Section(
                        paragraphs: [desk.t("empty_database", context)],
                        links: [Link(href: "/registry/import", label: desk.t("registry_import", context))])
                ]
                return desk.respond(page, request, context)
            }
            let now = desk.now(registry)
            let activities = try await desk.activities()
            let (latest, conflicts) = try await desk.cached("overview") { workspace in
                (
                    try await workspace.store.read({ try $0.latestAllocations() }),
                    try await AttendanceConflicts.list(workspace: workspace)
                )
            }
            let states = try await desk.inviteStates()
            let invites = states.invites
            let home = registry.programme.homeCity.timeZone
            let horizon = now.addingTimeInterval(8 * 7 * 86400)
            let coming = activities.filter {
                $0.start.instant >= now && $0.start.instant <= horizon && $0.status != .cancelled
            }
            .sorted { $0.start.instant < $1.start.instant }
            var page = Page(title: registry.programme.name)
            page.sections.append(
                Section(
                    heading: desk.t("coming_weeks", context),
                    paragraphs: coming.isEmpty ? [desk.t("nothing_coming", context)] : [],
                    table: coming.isEmpty
                        ? nil
                        : Table(
                            headers: [desk.t("activity", context), desk.t("kind", context), desk.t("starts", context)],
                            rows: coming.map { activity in
                                [
                                    Cell(desk.title(activity, context), href: desk.activityHref(activity)),
                                    Cell(desk.t("kind_\(activity.kind.rawValue)", context)),
                                    Cell(Show.local(activity.start, home)),
                                ]
                            }), id: "coming"))
            // Applications still open or undecided.
            let today = LocalDate(now, in: home.timeZone)
            let decided = Set(latest.values.flatMap { $0.decisions.map(\.applicationID) })
            let undecided = registry.applications.filter { !$0.isWithdrawn && !decided.contains($0.id) }
            let deadlines = registry.events.filter { $0.schedule.firstDay >= today }.sorted {
                $0.schedule.firstDay < $1.schedule.firstDay
            }.prefix(5)
            var needs: [[Cell]] = []
            let byActivity = Dictionary(grouping: undecided, by: \.seatActivityID)
            for (activity, applications) in byActivity.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                needs.append([
                    Cell(desk.t("undecided_applications", context)), Cell("\(applications.count)"),
                    Cell(activity.rawValue, href: "/allocation/\(activity.rawValue)"),
                ])
            }
            // Per activity: invites still to send, not delivered, and declined.
            let titles = Dictionary(uniqueKeysWithValues: activities.map { ($0.id, $0.title) })
            for (key, matches) in [
                ("invites_pending", { (invite: Invite) in states.delivery(of: invite) == "pending" }),
                ("invites_failed", { (invite: Invite) in states.delivery(of: invite) == "failed" }),
                ("invites_declined", { (invite: Invite) in Desk.inviteState(invite) == "declined" }),
            ] as [(String, (Invite) -> Bool)] {
                let byActivity = Dictionary(grouping: invites.filter(matches), by: \.activityID)
                for (activity, list) in byActivity.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                    needs.append([
                        Cell(desk.t(key, context)), Cell("\(list.count)"),
                        Cell(
                            titles[activity] ?? activity.rawValue,
                            href: "/invites?activity=\(PageRenderer.queryEscape(activity.rawValue))"),
                    ])
                }
            }
            if !conflicts.isEmpty {
                needs.append([
                    Cell(desk.t("attendance_conflicts", context)), Cell("\(conflicts.count)"),
                    Cell(desk.t("nav_attendance", context), href: "/attendance"),
                ])
            }
            let unplanned = activities.isEmpty
            if unplanned {
                needs.append([
                    Cell(desk.t("not_planned", context)), Cell("\(registry.events.count)"),
                    Cell(desk.t("nav_plan", context), href: "/plan"),
                ])
            }
            page.sections.append(
                Section(
                    heading: desk.t("needs_you", context),
                    paragraphs: needs.isEmpty ? [desk.t("nothing_needed", context)] : [],
                    table: needs.isEmpty
                        ? nil
                        : Table(
                            headers: [desk.t("what", context), desk.t("count", context), desk.t("where", context)],
                            rows: needs),
                    id: "needs"))
            page.sections.append(
                Section(
                    heading: desk.t("next_events", context),
                    table: Table(
                        headers: [desk.t("event", context), desk.t("first_day", context)],
                        rows: deadlines.map {
                            [Cell($0.name, href: "/registry/events/\($0.id.rawValue)"), Cell($0.schedule.firstDay.iso)]
                        })))
            page.sections.append(
                Section(
                    heading: desk.t("at_a_glance", context),
                    table: Table(
                        headers: [desk.t("what", context), desk.t("count", context)],
                        rows: [
                            [
                                Cell(desk.t("reg_smes", context), href: "/registry/smes"),
                                Cell("\(registry.enterprises.count)"),
                            ],
                            [
                                Cell(desk.t("reg_partner-cities", context), href: "/registry/partner-cities"),
                                Cell("\(registry.partnerCities.count)"),
                            ],
                            [
                                Cell(desk.t("reg_events", context), href: "/registry/events"),
                                Cell("\(registry.events.count)"),
                            ],
                            [
                                Cell(desk.t("reg_applications", context), href: "/registry/applications"),
                                Cell("\(registry.applications.count)"),
                            ],
                            [Cell(desk.t("nav_plan", context), href: "/plan"), Cell("\(activities.count)")],
                            [Cell(desk.t("nav_invites", context), href: "/invites"), Cell("\(invites.count)")],
                        ])))
            return desk.respond(page, request, context)
        }
    }

    mutating func addPlanRoutes() {
        let desk = desk
        get("/plan", .deskRead) { request, context, _ in
            desk.respond(try await desk.planPage(context, notice: nil, moves: nil), request, context)
        }
        post("/plan", .deskWrite) { request, context, _ in
            let registry = try await desk.registry()
            let now = desk.now(registry)
            let plan = try await desk.run { workspace in try await PlanActivities.run(workspace: workspace, now: now) }
            let moves = desk.planMoves(plan, home: registry.programme.homeCity.timeZone, context)
            // A re-plan that changes nothing writes nothing (and the pages stay as they are).
            if !moves.rows.isEmpty {
                try await desk.accounts.recordAudit(
                    AuditEntry(
                        at: Date(), actor: desk.actor(context), action: "plan", subject: "plan",
                        detail: "re-planned: \(moves.rows.count) changes"))
            }
            return desk.respond(
                try await desk.planPage(
                    context, notice: desk.t("plan_done", context, plan.activities.count, moves.rows.count),
                    moves: moves),
                request, context)
        }
    }
}

extension Desk {
    /// What a re-plan changed, a row per activity that was added, moved, cancelled or could not
    /// be planned, with the reason (times in the home zone).
    func planMoves(_ plan: ActivityPlan, home: TimeZoneID, _ context: WebContext) -> Table {
        Table(
            headers: [
                t("activity", context), t("what", context), t("from", context), t("to", context), t("reason", context),
            ],
            rows: plan.moves.map { change in
                let id = Cell(change.activityID.rawValue)
                let reason = Cell(change.reason)
                return switch change.kind {
                case .added: [id, Cell("added"), Cell(""), Cell(""), reason]
                case .moved(let from, let to):
                    [id, Cell("moved"), Cell(Show.local(from, home)), Cell(Show.local(to, home)), reason]
                case .cancelled: [id, Cell("cancelled"), Cell(""), Cell(""), reason]
                case .unchanged: [id, Cell("unchanged"), Cell(""), Cell(""), reason]
                }
            }
                + plan.unplanned.map {
                    [Cell($0.activityID.rawValue), Cell("unplanned"), Cell(""), Cell(""), Cell($0.reason)]
                })
    }

    /// The page of an activity: its allocation, 1:1 grid or check-in list.
    func activityHref(_ activity: Activity) -> String {
        switch activity.kind {
        case .outgoingStudyVisit, .incomingStudyVisit: "/allocation/\(activity.id.rawValue)"
        case .businessMeetings: "/meetings/\(activity.id.rawValue)"
        case .onlineIntroduction, .onlineFollowUp: "/attendance/\(activity.id.rawValue)"
        }
    }

    func planPage(_ context: WebContext, notice: String?, moves: Table?) async throws -> Page {
        let registry = try await registry()
        let activities = try await self.activities()
        let home = registry.programme.homeCity
        let cities = Dictionary(uniqueKeysWithValues: registry.partnerCities.map { ($0.id, $0) })
        var page = Page(title: t("nav_plan", context))
        page.notice = notice
        if let moves, !moves.rows.isEmpty {
            page.sections.append(Section(heading: t("plan_moves", context), table: moves, id: "moves"))
        }
        if canWrite(context) {
            page.sections.append(Section(forms: [Form(action: "/plan", submit: t("replan", context), id: "replan")]))
        }
        page.sections.append(
            Section(
                heading: t("timeline", context, home.name),
                paragraphs: activities.isEmpty ? [t("not_planned", context)] : [],
                table: Table(
                    headers: [
                        t("activity", context), t("kind", context), t("status", context),
                        "\(t("starts", context)) (\(home.name))",
                        t("partner_time", context), t("notes", context),
                    ],
                    rows: activities.sorted { ($0.start.instant, $0.id) < ($1.start.instant, $1.id) }.map { activity in
                        let city = activity.partnerCityID.flatMap { cities[$0] }
                        let partner = city.map { "\(Show.local(activity.start, $0.timeZone)) \($0.name)" } ?? ""
                        return [
                            Cell(title(activity, context), href: activityHref(activity)),
                            Cell(t("kind_\(activity.kind.rawValue)", context)),
                            Cell(activity.status.rawValue), Cell(Show.local(activity.start, home.timeZone)),
                            Cell(partner),
                            Cell(activity.notes(in: words(context)).joined(separator: " ")),
                        ]
                    }), id: "timeline"))
        return page
    }
}
