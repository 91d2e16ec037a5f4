import Foundation
import Hummingbird
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkReports
import TwinLinkStore

extension RouteTable {
    mutating func addAttendanceRoutes() {
        let desk = desk
        get("/attendance", .deskRead) { request, context, _ in
            let registry = try await desk.registry()
            let activities = try await desk.activities()
            let home = registry.programme.homeCity.timeZone
            var page = Page(title: desk.t("nav_attendance", context))
            page.sections = [
                Section(
                    paragraphs: activities.isEmpty ? [desk.t("not_planned", context)] : [],
                    table: Table(
                        headers: [
                            desk.t("activity", context), desk.t("starts", context), desk.t("check_in", context),
                            desk.t("outcomes", context),
                        ],
                        rows: activities.filter { $0.status != .cancelled }.sorted {
                            $0.start.instant < $1.start.instant
                        }.map { activity in
                            [
                                Cell(activity.title), Cell(Show.local(activity.start, home)),
                                Cell(desk.t("check_in", context), href: "/attendance/\(activity.id.rawValue)"),
                                Cell(desk.t("outcomes", context), href: "/attendance/\(activity.id.rawValue)/outcomes"),
                            ]
                        }))
            ]
            return desk.respond(page, request, context)
        }
        get("/attendance/:activity", .deskRead) { request, context, _ in
            desk.respond(
                try await desk.checkInPage(context.parameters.get("activity") ?? "", context, notice: nil), request,
                context)
        }
        post("/attendance/:activity/check-in", .deskWrite) { request, context, form in
            let id = context.parameters.get("activity") ?? ""
            let person = form.text("person") ?? ""
            let registry = try await desk.registry()
            let now = desk.now(registry)
            let actor = desk.actor(context)
            let arrival = Date()
            do {
                let result = try await desk.run { workspace in
                    // The real time of arrival when the door is open today; else the record alone.
                    let activity = try await workspace.store.read({ try $0.activities() }).first {
                        $0.id.rawValue == id
                    }
                    let today = activity.map { LocalDate(arrival, in: $0.start.zone.timeZone) }
                    let time = activity.flatMap { activity in
                        today.flatMap { activity.includes(day: $0) ? ZonedInstant.formatUTC(arrival) : nil }
                    }
                    return try await AttendanceSet.run(
                        AttendanceSet.Request(
                            person: person, activity: id, status: "attended", time: time, actor: actor),
                        workspace: workspace, now: now)
                }
                let name = Show.name(result.record.personID.rawValue, in: registry)
                return desk.respond(
                    try await desk.checkInPage(id, context, notice: desk.t("checked_in", context, name)), request,
                    context)
            } catch let error as TwinLinkError {
                // On the person's line when the list shows them, else at the top.
                var page = try await desk.checkInPage(id, context, notice: nil, lineError: (person, error.description))
                if !page.showsLineError { page.problems = [error.description] }
                return desk.respond(page, request, context, status: error.httpStatus)
            }
        }
        get("/attendance/:activity/outcomes", .deskRead) { request, context, _ in
            desk.respond(
                try await desk.outcomesPage(context.parameters.get("activity") ?? "", context, notice: nil), request,
                context)
        }
        post("/attendance/:activity/outcomes", .deskWrite) { request, context, form in
            let id = context.parameters.get("activity") ?? ""
            let registry = try await desk.registry()
            let now = desk.now(registry)
            let actor = desk.actor(context)
            do {
                // A rating that is not a whole number is refused as the command line refuses it.
                let rating = try form.text("rating").map { text throws(TwinLinkError) in
                    guard let value = Int(text) else {
                        throw .invalidValue(
                            field: "rating", value: text, problem: "expected 1 (not useful) to 5 (very useful)")
                    }
                    return value
                }
                let outcomeRequest = OutcomeAdd.Request(
                    activity: id, sme: form.text("sme"), meeting: form.text("meeting"), partner: form.text("partner"),
                    outcome: form.text("outcome") ?? "", check: form.text("check") ?? "initial",
                    date: form.text("date") ?? "", rating: rating, note: form.text("note"), actor: actor)
                let result = try await desk.run { workspace in
                    try await OutcomeAdd.run(outcomeRequest, workspace: workspace, now: now)
                }
                let notice = desk.t("outcome_recorded", context, result.entry.enterpriseID.rawValue)
                return desk.respond(try await desk.outcomesPage(id, context, notice: notice), request, context)
            } catch let error as TwinLinkError {
                var page = try await desk.outcomesPage(id, context, notice: nil)
                desk.show(FormProblems(error), in: &page, form: "outcome", entered: form, context)
                return desk.respond(page, request, context, status: error.httpStatus)
            }
        }
    }
}

extension Desk {
    /// The check-in list at the door: who is expected (delegates, invited people), a button to
    /// mark each present, and who has arrived, in the order they came.
    func checkInPage(
        _ id: String, _ context: WebContext, notice: String?, lineError: (person: String, message: String)? = nil
    ) async throws -> Page {
        let registry = try await registry()
        let activityID: Identifier<Activity> = try CommandArguments.identifier(id, "activity")
        let (activities, accepted, invites, attendance) = try await cached("check-in") { workspace in
            (
                try await workspace.store.read({ try $0.activities() }),
                try await workspace.store.read({ try $0.acceptedApplications() }),
                try await workspace.store.read({ try $0.invites() }),
                try await workspace.store.read({ try $0.attendance() })
            )
        }
        guard let activity = activities.first(where: { $0.id == activityID }) else {
            throw HTTPError(.notFound, message: t("no_record", context, id))
        }
        let applications = Dictionary(uniqueKeysWithValues: registry.applications.map { ($0.id, $0) })
        var expected: [Identifier<Person>] = []
        for seat in accepted where seat.activityID == activityID {
            if let application = applications[seat.applicationID] {
                expected += application.seatedDelegateIDs(seats: seat.seats)
            }
        }
        expected += invites.filter { $0.activityID == activityID && $0.lastMethod == .request }.map(\.personID)
        var seen = Set<Identifier<Person>>()
        expected = expected.filter { seen.insert($0).inserted }
        let records = attendance.filter { $0.record.activityID == activityID && $0.record.meetingRequestID == nil }
        let present = records.filter { $0.record.status == .attended }
            .enumerated().sorted {
                ($0.element.checkedInAt ?? .distantFuture, $0.offset) < (
                    $1.element.checkedInAt ?? .distantFuture, $1.offset
                )
            }
            .map(\.element)
        let presentIDs = Set(present.map(\.record.personID))
        let people = Dictionary(uniqueKeysWithValues: registry.people.map { ($0.id, $0) })
        let zone = activity.start.zone
        var page = Page(title: "\(t("check_in", context)): \(activity.title)", compact: true)
        page.notice = notice
        let waiting = expected.filter { !presentIDs.contains($0) }
        // Check-in opens on the activity's first day (the programme's "today", as on the command line).
        let today = LocalDate(now(registry), in: registry.programme.homeCity.timeZone.timeZone)
        let opensLater = activity.firstLocalDay > today
        if opensLater {
            page.sections.append(Section(paragraphs: [t("check_in_later", context, activity.firstLocalDay.iso)]))
        }
        let write = canWrite(context) && !opensLater
        page.sections.append(
            Section(
                heading: t("expected_count", context, waiting.count),
                table: Table(
                    headers: [t("person", context), write ? t("mark_present", context) : t("organisation", context)],
                    rows: waiting.map { personID in
                        let person = people[personID]
                        let name = person?.fullName ?? personID.rawValue
                        let organisation = person?.organisation.organisationID.map { Show.name($0, in: registry) } ?? ""
                        return [
                            Cell("\(name) — \(organisation)"),
                            write
                                ? Cell(
                                    "",
                                    form: Form(
                                        action: "/attendance/\(id)/check-in",
                                        submit: "\(t("present", context)): \(name)",
                                        fields: [
                                            Field(name: "person", label: "", kind: .hidden, value: personID.rawValue)
                                        ]),
                                    error: lineError?.person == personID.rawValue ? lineError?.message : nil)
                                : Cell(organisation),
                        ]
                    }), id: "expected"))
        page.sections.append(
            Section(
                heading: t("arrived_count", context, present.count),
                table: Table(
                    headers: ["#", t("person", context), t("arrived", context)],
                    rows: present.enumerated().map { index, entry in
                        [
                            Cell("\(index + 1)"),
                            Cell(people[entry.record.personID]?.fullName ?? entry.record.personID.rawValue),
                            Cell(
                                entry.checkedInAt.map { Show.local(ZonedInstant(instant: $0, zone: zone), zone) } ?? "—"
                            ),
                        ]
                    }), id: "arrived"))
        page.sections.append(
            Section(links: [
                Link(href: "/attendance/\(id)/outcomes", label: t("outcomes", context)),
                Link(href: "/attendance/\(id)/costs", label: t("costs", context)),
            ]))
        return page
    }

    /// The outcomes recorded for an activity, and a form to add one (as `twinlink outcome add`).
    func outcomesPage(_ id: String, _ context: WebContext, notice: String?) async throws -> Page {
        let registry = try await registry()
        let activityID: Identifier<Activity> = try CommandArguments.identifier(id, "activity")
        guard let activity = try await activities().first(where: { $0.id == activityID }) else {
            throw HTTPError(.notFound, message: t("no_record", context, id))
        }
        let outcomes = try await run { workspace in try await workspace.store.read({ try $0.outcomes() }) }.filter {
            $0.activityID == activityID
        }
        var page = Page(title: "\(t("outcomes", context)): \(id)")
        page.notice = notice
        page.sections.append(
            Section(
                table: Table(
                    headers: [
                        t("sme", context), t("partner_firm", context), t("outcome", context), t("check", context),
                        t("date", context), t("note", context),
                    ],
                    rows: outcomes.map { entry in
                        [
                            Cell(Show.name(entry.enterpriseID.rawValue, in: registry)),
                            Cell(entry.partnerEnterpriseID.map { Show.name($0.rawValue, in: registry) } ?? ""),
                            Cell(entry.kind?.rawValue ?? "none"), Cell(entry.check.rawValue),
                            Cell(entry.date.iso), Cell(entry.note ?? ""),
                        ]
                    }), id: "outcomes"))
        if canWrite(context) {
            let firms = registry.enterprises.map { ($0.id.rawValue, $0.legalName) }
            let partners = registry.partnerEnterprises.map { ($0.id.rawValue, $0.name) }
            let meetings = registry.meetingRequests.filter { $0.eventID == activity.eventID }.map { request in
                (
                    request.id.rawValue,
                    "\(request.id.rawValue): \(Show.name(request.enterpriseID.rawValue, in: registry)) — "
                        + Show.name(request.partnerEnterpriseID.rawValue, in: registry)
                )
            }
            page.sections.append(
                Section(
                    heading: t("record_outcome", context),
                    forms: [
                        Form(
                            action: "/attendance/\(id)/outcomes", submit: t("record_outcome", context),
                            fields: [
                                Field(
                                    name: "sme", label: t("sme", context), kind: .select, options: [("", "—")] + firms),
                                Field(
                                    name: "meeting", label: t("meeting_optional", context), kind: .select,
                                    options: [("", "—")] + meetings),
                                Field(
                                    name: "partner", label: t("partner_firm", context), kind: .select,
                                    options: [("", "—")] + partners),
                                Field(
                                    name: "outcome", label: t("outcome", context), kind: .select, value: "lead",
                                    options: [
                                        "none", "follow_up_agreed", "lead", "offer_sent", "contract", "joint_project",
                                    ].map { ($0, t("stage_\($0)", context)) }),
                                Field(
                                    name: "check", label: t("check", context), kind: .select, value: "initial",
                                    options: [
                                        ("initial", t("check_initial", context)),
                                        ("follow_up", t("check_follow_up", context)),
                                    ]),
                                Field(name: "date", label: t("date", context), kind: .date, required: true),
                                Field(
                                    name: "rating", label: t("rating", context), kind: .number, min: "1", max: "5"),
                                Field(name: "note", label: t("note", context), kind: .textarea),
                            ], id: "outcome")
                    ]))
        }
        return page
    }
}
