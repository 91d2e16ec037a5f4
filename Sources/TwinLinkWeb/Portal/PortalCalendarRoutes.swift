import Foundation
import Hummingbird
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkCalendar
import TwinLinkDomain
import TwinLinkStore

extension RouteTable {
    /// The portal's calendar: the person's invites as `.ics`, and a personal subscription feed at a
    /// secret URL (the token stored only as a hash, revocable; a revoked or unknown token is 404).
    mutating func addPortalCalendarRoutes() {
        let desk = desk
        get("/portal/calendar", .sme) { request, context, _ in
            try await desk.respond(desk.calendarPage(context, newURL: nil), request, context)
        }
        get("/portal/calendar/:activity/ics", .sme) { _, context, _ in
            let activity: Identifier<Activity> = try CommandArguments.identifier(
                context.parameters.get("activity") ?? "", "activity")
            let (person, invites) = try await PortalCalendar.invites(
                account: try desk.firmAccount(context), workspace: desk.workspace)
            guard let person, invites.contains(where: { $0.activityID == activity }),
                let data = try? Data(
                    contentsOf: desk.invitesFolder.appendingPathComponent(
                        "\(activity.rawValue)/\(person.id.rawValue).ics"))
            else { throw HTTPError(.notFound, message: desk.t("not_found", context)) }
            return Desk.file(
                data, type: "text/calendar; charset=utf-8; method=REQUEST", name: "\(activity.rawValue).ics")
        }
        post("/portal/calendar/rsvp", .sme) { request, context, form in
            let account = try desk.firmAccount(context)
            guard let status = form.text("status").flatMap(ParticipationStatus.init(rawValue:)),
                [.accepted, .declined, .tentative].contains(status)
            else { throw HTTPError(.unprocessableContent, message: desk.p("rsvp_choose", context)) }
            _ = try await PortalCalendar.rsvp(
                account: account, uid: form.text("uid") ?? "", status: status, workspace: desk.workspace,
                now: Date())
            var page = try await desk.calendarPage(context, newURL: nil)
            page.notice = desk.p("rsvp_saved", context)
            return desk.respond(page, request, context)
        }
        // The person's last answer given here, as the METHOD:REPLY a calendar would have sent.
        get("/portal/calendar/reply/:uid", .sme) { _, context, _ in
            let uid = context.parameters.get("uid") ?? ""
            let text = try await PortalCalendar.lastReply(
                account: try desk.firmAccount(context), uid: uid, workspace: desk.workspace)
            return Desk.file(
                Data(text.utf8), type: "text/calendar; charset=utf-8; method=REPLY", name: "reply.ics")
        }
        post("/portal/feed", .sme) { request, context, _ in
            let account = try desk.firmAccount(context)
            let token = Tokens.random()
            let now = Date()
            try await desk.workspace.store.write { access in
                try access.replaceFeedToken(tokenHash: Tokens.hash(token), accountID: account.id, at: now)
                try access.appendAudit(
                    AuditEntry(
                        at: now, actor: account.email, action: "portal-feed-new", subject: "account:\(account.email)",
                        detail: "a new calendar-feed URL for \(account.email); earlier ones revoked"))
            }
            return try await desk.respond(
                desk.calendarPage(context, newURL: "\(desk.options.baseURL)/feed/\(token)"), request, context)
        }
        post("/portal/feed/revoke", .sme) { request, context, _ in
            let account = try desk.firmAccount(context)
            let now = Date()
            try await desk.workspace.store.write { access in
                if try access.revokeFeedToken(accountID: account.id, at: now) {
                    try access.appendAudit(
                        AuditEntry(
                            at: now, actor: account.email, action: "portal-feed-revoke",
                            subject: "account:\(account.email)", detail: "calendar feed of \(account.email) revoked"))
                }
            }
            var page = try await desk.calendarPage(context, newURL: nil)
            page.notice = desk.p("feed_revoked", context)
            return desk.respond(page, request, context)
        }
        get("/feed/:token", .anyone) { request, context, _ in
            let hash = Tokens.hash(context.parameters.get("token") ?? "")
            guard let account = try await desk.workspace.store.read({ try $0.feedAccount(tokenHash: hash) }) else {
                throw HTTPError(.notFound, message: desk.t("not_found", context))
            }
            let now = desk.now(try await desk.registryIfAny())
            let feed = try await PortalCalendar.feed(account: account, workspace: desk.workspace, now: now)
            let etag = "\"" + Tokens.hash(feed.text) + "\""
            var headers: HTTPFields = [
                .contentType: "text/calendar; charset=utf-8", .eTag: etag,
                .lastModified: Desk.httpDate(feed.lastModified), .cacheControl: "private, max-age=300",
            ]
            if request.headers[.ifNoneMatch] == etag {
                headers[.contentType] = nil
                return Response(status: .notModified, headers: headers)
            }
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: feed.text)))
        }
    }
}

extension Desk {
    /// `Sun, 06 Dec 2026 04:00:00 GMT` (RFC 9110 IMF-fixdate).
    static func httpDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }

    /// The person's invites, each with its `.ics`, and the feed: its state, the new URL once.
    func calendarPage(_ context: WebContext, newURL: String?) async throws -> Page {
        let account = try firmAccount(context)
        let (person, invites) = try await PortalCalendar.invites(account: account, workspace: workspace)
        let since = try await workspace.store.read { try $0.feedTokenCreated(accountID: account.id) }
        var page = portalPage(p("portal_calendar", context), context)
        let rows = invites.sorted { ($0.start.instant, $0.uid) < ($1.start.instant, $1.uid) }.map { invite in
            [
                Cell(invite.summary), Cell(Show.utc(invite.start.instant)),
                invite.lastMethod == .cancel
                    ? Cell(p("invite_cancelled", context))
                    : Cell(
                        invite.participationStatus.map { p("partstat_\($0)", context) } ?? "",
                        form: Form(
                            action: "/portal/calendar/rsvp", submit: p("rsvp", context),
                            fields: [
                                Field(name: "uid", label: "uid", kind: .hidden, value: invite.uid),
                                Field(
                                    name: "status", label: p("rsvp", context), kind: .select,
                                    value: invite.participationStatus ?? "ACCEPTED",
                                    options: ["ACCEPTED", "TENTATIVE", "DECLINED"].map {
                                        ($0, p("partstat_\($0)", context))
                                    }),
                            ])),
                invite.meetingRequestID == nil
                    ? Cell(".ics", href: "/portal/calendar/\(invite.activityID.rawValue)/ics") : Cell(""),
            ]
        }
        page.sections.append(
            Section(
                heading: p("your_invites", context),
                paragraphs: person == nil || invites.isEmpty ? [p("no_invites", context)] : [],
                table: rows.isEmpty
                    ? nil
                    : Table(
                        headers: [p("event", context), p("starts", context), p("status", context), ".ics"], rows: rows),
                id: "invites"))
        // The answers given here, each as the calendar reply it was recorded as.
        let replied = Set(
            try await workspace.store.read { try $0.auditLines(byActor: account.email) }
                .filter { $0.action == PortalCalendar.replyAction }.map(\.subject))
        let answered = invites.filter { replied.contains($0.uid) && $0.lastMethod != .cancel }
        if !answered.isEmpty {
            var replies = Section(heading: p("your_replies", context), id: "replies")
            replies.links = answered.sorted { ($0.start.instant, $0.uid) < ($1.start.instant, $1.uid) }.map {
                Link(href: "/portal/calendar/reply/\($0.uid)", label: "\($0.summary) (.ics)")
            }
            page.sections.append(replies)
        }
        var feed = Section(heading: p("feed", context), paragraphs: [p("feed_explain", context)], id: "feed")
        if let newURL {
            feed.paragraphs.append(p("feed_new", context))
            feed.links = [
                Link(href: newURL, label: newURL),
                Link(href: "webcal://" + newURL.drop { $0 != ":" }.dropFirst(3), label: "webcal://…"),
            ]
        } else if let since {
            feed.paragraphs.append(p("feed_active", context, Show.utc(since)))
        }
        feed.forms = [Form(action: "/portal/feed", submit: p("feed_make", context), id: "feed-make")]
        if since != nil || newURL != nil {
            feed.forms.append(Form(action: "/portal/feed/revoke", submit: p("feed_revoke", context), id: "feed-revoke"))
        }
        page.sections.append(feed)
        return page
    }

    /// The signed-in portal account.
    func firmAccount(_ context: WebContext) throws -> Account {
        _ = try firm(context)
        return context.account!
    }
}
