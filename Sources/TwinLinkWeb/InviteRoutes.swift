import Foundation
import Hummingbird
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkMail
import TwinLinkStore

extension RouteTable {
    mutating func addInviteRoutes() {
        let desk = desk
        get("/invites", .deskRead) { request, context, _ in
            desk.respond(
                try await desk.invitesPage(context, notice: nil, filter: request.uri.queryParameters.get("activity")),
                request, context)
        }
        post("/invites/issue", .deskWrite) { request, context, form in
            try await desk.issueInvites(form, send: false, request, context)
        }
        post("/invites/send", .deskWrite) { request, context, form in
            try await desk.issueInvites(form, send: true, request, context)
        }
        post("/invites/resend", .deskWrite) { request, context, form in
            try await desk.resendFailed(form, request, context)
        }
        get("/invites/:activity/:person/ics", .deskRead) { _, context, _ in
            let activity: Identifier<Activity> = try CommandArguments.identifier(
                context.parameters.get("activity") ?? "", "activity")
            let person: Identifier<Person> = try CommandArguments.identifier(
                context.parameters.get("person") ?? "", "person")
            let file = desk.invitesFolder.appendingPathComponent("\(activity.rawValue)/\(person.rawValue).ics")
            guard let data = try? Data(contentsOf: file) else {
                throw HTTPError(
                    .notFound, message: desk.t("no_invite_file", context, person.rawValue, activity.rawValue))
            }
            return Desk.file(
                data, type: "text/calendar; charset=utf-8; method=REQUEST",
                name: "\(activity.rawValue)-\(person.rawValue).ics")
        }
    }
}

extension Desk {
    /// Where the desk keeps the invites it issued (`.ics` and `.eml` per person), beside the database.
    var invitesFolder: URL { URL(fileURLWithPath: options.databasePath + ".invites") }

    /// Issues the invites (each e-mail queued in the outbox as pending); with `send`, then hands every
    /// pending e-mail to the mail transport.
    func issueInvites(_ form: FormData, send: Bool, _ request: Request, _ context: WebContext) async throws -> Response
    {
        let registry = try await registry()
        let now = now(registry)
        let filter: Identifier<Activity>? = try form.text("activity").map {
            try CommandArguments.identifier($0, "activity")
        }
        let folder = invitesFolder
        let report = try await run { workspace in
            try await WriteInvites.run(
                workspace: workspace, output: OutputFolder(folder.path), activity: filter, now: now, queue: true)
        }
        let delivery =
            send
            ? try await InviteDelivery.run(workspace: workspace, send: mailer.transport) : .init(sent: 0, failed: [])
        try await accounts.recordAudit(
            AuditEntry(
                at: Date(), actor: actor(context), action: "invites", subject: filter?.rawValue ?? "programme",
                detail:
                    "\(report.changes.count) invites issued, \(delivery.sent) sent, \(delivery.failed.count) failed, \(report.unchanged) unchanged"
            ))
        var page = try await invitesPage(context, notice: nil, filter: filter?.rawValue)
        page.notice = t("invites_done", context, report.changes.count, report.unchanged, delivery.sent)
        page.problems = delivery.failed.map { t("delivery_failed_to", context, $0) }
        return respond(page, request, context)
    }

    /// Hands the failed e-mails (of one activity, or all) to the mail transport again.
    func resendFailed(_ form: FormData, _ request: Request, _ context: WebContext) async throws -> Response {
        let filter: Identifier<Activity>? = try form.text("activity").map {
            try CommandArguments.identifier($0, "activity")
        }
        let states = try await inviteStates()
        let uids = Set(
            states.invites.filter { invite in
                (filter == nil || invite.activityID == filter) && states.delivery(of: invite) == "failed"
            }.map(\.uid))
        let delivery = try await InviteDelivery.run(workspace: workspace, uids: uids, send: mailer.transport)
        try await accounts.recordAudit(
            AuditEntry(
                at: Date(), actor: actor(context), action: "invites-resend", subject: filter?.rawValue ?? "programme",
                detail: "\(delivery.sent) re-sent, \(delivery.failed.count) failed again"))
        var page = try await invitesPage(context, notice: nil, filter: filter?.rawValue)
        page.notice = t("resent", context, delivery.sent, delivery.failed.count)
        page.problems = delivery.failed.map { t("delivery_failed_to", context, $0) }
        return respond(page, request, context)
    }

    /// The invites with the delivery of their latest e-mail, kept while the database is unchanged.
    struct InviteStates: Sendable {
        var invites: [Invite]
        /// The latest outbox message of each invite's uid.
        var latest: [String: OutboxMessage]
        var failures: [Int64: OutboxFailure]

        /// `pending`, `sent`, `failed`, `written` (out only, not mailed) or `none` (never queued).
        func delivery(of invite: Invite) -> String {
            guard let message = latest[invite.uid] else { return "none" }
            switch message.state {
            case .sent: return "sent"
            case .written: return "written"
            case .pending, .sending: return message.id.flatMap { failures[$0] } == nil ? "pending" : "failed"
            }
        }

        /// When the invite's latest e-mail was queued.
        func queued(_ invite: Invite) -> Date? { latest[invite.uid]?.queuedAt }

        func failure(of invite: Invite) -> String? {
            latest[invite.uid]?.id.flatMap { failures[$0] }?.reason
        }
    }

    func inviteStates() async throws -> InviteStates {
        try await cached("invite states") { workspace in
            try await workspace.store.read { access in
                var latest: [String: OutboxMessage] = [:]
                for message in try access.outbox() {
                    // Oldest first: the last one of a uid is its latest.
                    latest[message.uid] = message
                }
                // The message bodies are not needed by the pages.
                return InviteStates(
                    invites: try access.invites(),
                    latest: latest.mapValues {
                        var copy = $0
                        copy.message = ""
                        return copy
                    },
                    failures: try access.outboxFailures())
            }
        }
    }

    /// Who was sent what, per activity: the delivery of each e-mail (pending, sent, failed), each
    /// person's reply (accepted, declined, tentative), and their `.ics`.
    func invitesPage(_ context: WebContext, notice: String?, filter: String?) async throws -> Page {
        let registry = try await registry()
        let activities = try await self.activities()
        let states = try await inviteStates()
        let invites = states.invites
        let people = Dictionary(uniqueKeysWithValues: registry.people.map { ($0.id, $0.fullName) })
        var page = Page(title: t("nav_invites", context))
        page.notice = notice
        let options =
            [("", t("all_activities", context))]
            + activities.sorted { $0.start.instant < $1.start.instant }.map { ($0.id.rawValue, $0.title) }
        let activityField = Field(
            name: "activity", label: t("activity", context), kind: .select, value: filter ?? "", options: options)
        page.sections.append(
            Section(
                forms: [
                    Form(
                        action: "/invites", method: "get", submit: t("show", context), fields: [activityField],
                        id: "filter")
                ]))
        if canWrite(context) {
            page.sections.append(
                Section(
                    paragraphs: [t("invites_explain", context), t("pending_explain", context)],
                    forms: [
                        Form(
                            action: "/invites/issue", submit: t("issue_invites", context), fields: [activityField],
                            id: "issue"),
                        Form(
                            action: "/invites/send", submit: t("send_invites", context), fields: [activityField],
                            id: "send"),
                        Form(
                            action: "/invites/resend", submit: t("resend_failed", context), fields: [activityField],
                            id: "resend"),
                    ]))
        }
        let shown = invites.filter { filter == nil || filter == "" || $0.activityID.rawValue == filter }
        let grouped = Dictionary(grouping: shown, by: \.activityID)
        for activity in activities.sorted(by: { $0.start.instant < $1.start.instant }) {
            guard let list = grouped[activity.id], !list.isEmpty else { continue }
            let deliveries = Dictionary(grouping: list, by: { states.delivery(of: $0) }).mapValues(\.count)
            let replies = Dictionary(grouping: list, by: { Self.inviteState($0) }).mapValues(\.count)
            page.sections.append(
                Section(
                    heading: activity.title,
                    paragraphs: [
                        deliveries.sorted { $0.key < $1.key }.map { "\(t("delivery_\($0.key)", context)): \($0.value)" }
                            .joined(separator: " · "),
                        replies.sorted { $0.key < $1.key }.map { "\(t("invite_\($0.key)", context)): \($0.value)" }
                            .joined(separator: " · "),
                    ],
                    table: Table(
                        headers: [
                            t("person", context), t("meeting", context), t("delivery", context), t("reply", context),
                            t("sequence", context), t("sent", context), ".ics",
                        ],
                        rows: list.sorted {
                            ($0.personID.rawValue, $0.meetingRequestID?.rawValue ?? "") < (
                                $1.personID.rawValue, $1.meetingRequestID?.rawValue ?? ""
                            )
                        }.map { invite in
                            let delivery = states.delivery(of: invite)
                            // A pending e-mail says since when: one a transport refused before v12
                            // went back to pending with no reason kept, and shows as what it is, unsent.
                            let reason =
                                delivery == "failed"
                                ? states.failure(of: invite).map { ": \($0)" } ?? ""
                                : delivery == "pending"
                                    ? states.queued(invite).map { " (\(t("queued_at", context, Show.utc($0))))" } ?? ""
                                    : ""
                            return [
                                Cell(
                                    people[invite.personID] ?? invite.personID.rawValue,
                                    href: "/registry/people/\(invite.personID.rawValue)"),
                                Cell(invite.meetingRequestID?.rawValue ?? ""),
                                Cell(t("delivery_\(delivery)", context) + reason),
                                Cell(t("invite_\(Self.inviteState(invite))", context)),
                                Cell("\(invite.sequence)"), Cell(Show.utc(invite.sentAt)),
                                invite.meetingRequestID == nil
                                    ? Cell(
                                        t("download", context),
                                        href: "/invites/\(activity.id.rawValue)/\(invite.personID.rawValue)/ics")
                                    : Cell(""),
                            ]
                        }), id: "activity-\(activity.id.rawValue)"))
        }
        if invites.isEmpty { page.sections.append(Section(paragraphs: [t("no_invites", context)])) }
        return page
    }

    /// `cancelled`, `accepted`, `declined`, `tentative` or `awaiting` (no reply yet).
    static func inviteState(_ invite: Invite) -> String {
        if invite.lastMethod == .cancel { return "cancelled" }
        switch invite.participationStatus?.uppercased() {
        case "ACCEPTED": return "accepted"
        case "DECLINED": return "declined"
        case "TENTATIVE": return "tentative"
        default: return "awaiting"
        }
    }
}
