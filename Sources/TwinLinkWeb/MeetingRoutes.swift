import Foundation
import Hummingbird
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
            let registry = try await desk.registry()
            let result = try await desk.run { workspace in
                try await ScheduleSessionMeetings.run(
                    activity: CommandArguments.identifier(id, "activity"), workspace: workspace)
            }
            let text = ScheduleSessionTable.render(result, registry: registry)
            return desk.respond(
                try await desk.meetingsPage(
                    id, context,
                    notice: desk.t("scheduled", context, result.schedule.meetings.count, result.moves.count),
                    result: text), request, context)
        }
    }
}

extension Desk {
    /// The 1:1 grid of a session: slots × tables, each meeting with its firms and weight.
    func meetingsPage(_ id: String, _ context: WebContext, notice: String?, result: String?) async throws -> Page {
        let registry = try await registry()
        let activityID: Identifier<Activity> = try CommandArguments.identifier(id, "activity")
        let activities = try await self.activities()
        let meetings = try await cached("meetings \(id)") { workspace in
            try await workspace.store.read({ try $0.scheduledMeetings(for: activityID) })
        }
        guard let activity = activities.first(where: { $0.id == activityID }), activity.kind == .businessMeetings else {
            throw HTTPError(.notFound, message: t("no_record", context, id))
        }
        let home = registry.programme.homeCity.timeZone
        let requests = Dictionary(uniqueKeysWithValues: registry.meetingRequests.map { ($0.id, $0) })
        let firms = Dictionary(uniqueKeysWithValues: registry.enterprises.map { ($0.id, $0.legalName) })
        let partners = Dictionary(uniqueKeysWithValues: registry.partnerEnterprises.map { ($0.id, $0.name) })
        let tables = Array(Set(meetings.map(\.table))).sorted()
        let slots = Array(Set(meetings.map(\.start.instant))).sorted()
        var page = Page(title: activity.title)
        page.notice = notice
        if canWrite(context) {
            page.sections.append(
                Section(forms: [
                    Form(action: "/meetings/\(id)/schedule", submit: t("schedule", context), id: "schedule")
                ]))
        }
        if let result { page.sections.append(Section(heading: t("schedule_result", context), preformatted: result)) }
        let rows: [[Cell]] = slots.map { slot in
            [Cell(Show.local(ZonedInstant(instant: slot, zone: home), home))]
                + tables.map { table in
                    guard let meeting = meetings.first(where: { $0.start.instant == slot && $0.table == table }),
                        let request = requests[meeting.requestID]
                    else { return Cell("") }
                    let lock = meeting.locked ? " 🔒" : ""
                    return Cell(
                        "\(firms[request.enterpriseID] ?? request.enterpriseID.rawValue) ↔ \(partners[request.partnerEnterpriseID] ?? request.partnerEnterpriseID.rawValue) (\(request.weight))\(lock)"
                    )
                }
        }
        page.sections.append(
            Section(
                heading: t("grid", context),
                paragraphs: meetings.isEmpty
                    ? [t("not_scheduled", context)] : [t("meeting_count", context, meetings.count)],
                table: meetings.isEmpty ? nil : Table(headers: [t("slot", context)] + tables, rows: rows), id: "grid"))
        return page
    }
}
