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

    func issueInvites(_ form: FormData, send: Bool, _ request: Request, _ context: WebContext) async throws -> Response
    {
        let registry = try await registry()
        let now = now(registry)
        let filter: Identifier<Activity>? = try form.text("activity").map {
            try CommandArguments.identifier($0, "activity")
        }
        let folder = invitesFolder
        let outbox = options.mailOutbox.map { URL(fileURLWithPath: $0) }
        let sendmail: URL? = send && outbox == nil ? SendmailTransport.systemExecutable : nil
        let report = try await run { workspace in
            try await WriteInvites.run(
                workspace: workspace, output: OutputFolder(folder.path), activity: filter, now: now, sendmail: sendmail)
        }
        var sent = report.sent
        if send, let outbox {
            try FileManager.default.createDirectory(at: outbox, withIntermediateDirectories: true)
            for change in report.changes {
                let eml = folder.appendingPathComponent(String(change.file.dropLast(4)) + ".eml")
                let name = change.file.dropLast(4).replacingOccurrences(of: "/", with: "--") + ".eml"
                let target = outbox.appendingPathComponent(name)
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(at: eml, to: target)
                sent += 1
            }
        }
        try await accounts.recordAudit(
            AuditEntry(
                at: Date(), actor: actor(context), action: "invites", subject: filter?.rawValue ?? "programme",
                detail: "\(report.changes.count) invites issued, \(sent) sent, \(report.unchanged) unchanged"))
        let notice = t("invites_done", context, report.changes.count, report.unchanged, sent)
        return respond(try await invitesPage(context, notice: notice, filter: filter?.rawValue), request, context)
    }

    /// Who was sent what, per activity, with each person's reply and their `.ics`.
    func invitesPage(_ context: WebContext, notice: String?, filter: String?) async throws -> Page {
        let registry = try await registry()
        let activities = try await self.activities()
        let invites = try await cached("invites") { workspace in try await workspace.store.read({ try $0.invites() }) }
        let people = Dictionary(uniqueKeysWithValues: registry.people.map { ($0.id, $0.fullName) })
        var page = Page(title: t("nav_invites", context))
        page.notice = notice
        let options =
            [("", t("all_activities", context))]
            + activities.sorted { $0.start.instant < $1.start.instant }.map { ($0.id.rawValue, $0.title) }
        if canWrite(context) {
            page.sections.append(
                Section(
                    paragraphs: [t("invites_explain", context)],
                    forms: [
                        Form(
                            action: "/invites/issue", submit: t("issue_invites", context),
                            fields: [
                                Field(
                                    name: "activity", label: t("activity", context), kind: .select, value: filter ?? "",
                                    options: options)
                            ],
                            id: "issue"),
                        Form(
                            action: "/invites/send", submit: t("send_invites", context),
                            fields: [
                                Field(
                                    name: "activity", label: t("activity", context), kind: .select, value: filter ?? "",
                                    options: options)
                            ],
                            id: "send"),
                    ]))
        }
        let shown = invites.filter { filter == nil || filter == "" || $0.activityID.rawValue == filter }
        let grouped = Dictionary(grouping: shown, by: \.activityID)
        for activity in activities.sorted(by: { $0.start.instant < $1.start.instant }) {
            guard let list = grouped[activity.id], !list.isEmpty else { continue }
            let counts = Dictionary(grouping: list, by: { Self.inviteState($0) }).mapValues(\.count)
            page.sections.append(
                Section(
                    heading: activity.title,
                    paragraphs: [
                        counts.sorted { $0.key < $1.key }.map { "\(t("invite_\($0.key)", context)): \($0.value)" }
                            .joined(separator: " · ")
                    ],
                    table: Table(
                        headers: [
                            t("person", context), t("meeting", context), t("status", context), t("sequence", context),
                            t("sent", context), ".ics",
                        ],
                        rows: list.sorted {
                            ($0.personID.rawValue, $0.meetingRequestID?.rawValue ?? "") < (
                                $1.personID.rawValue, $1.meetingRequestID?.rawValue ?? ""
                            )
                        }.map { invite in
                            [
                                Cell(
                                    people[invite.personID] ?? invite.personID.rawValue,
                                    href: "/registry/people/\(invite.personID.rawValue)"),
                                Cell(invite.meetingRequestID?.rawValue ?? ""),
                                Cell(t("invite_\(Self.inviteState(invite))", context)),
                                Cell("\(invite.sequence)"), Cell(Show.utc(invite.sentAt)),
                                invite.meetingRequestID == nil
                                    ? Cell(
                                        t("download", context),
                                        href: "/invites/\(activity.id.rawValue)/\(invite.personID.rawValue)/ics")
                                    : Cell(""),
                            ]
                        })))
        }
        if invites.isEmpty { page.sections.append(Section(paragraphs: [t("no_invites", context)])) }
        return page
    }

    /// `cancelled`, `accepted`, `declined`, `tentative` or `sent`.
    static func inviteState(_ invite: Invite) -> String {
        if invite.lastMethod == .cancel { return "cancelled" }
        switch invite.participationStatus?.uppercased() {
        case "ACCEPTED": return "accepted"
        case "DECLINED": return "declined"
        case "TENTATIVE": return "tentative"
        default: return "sent"
        }
    }
}
