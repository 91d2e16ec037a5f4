import Foundation
import Hummingbird
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore

extension RouteTable {
    /// A partner city's events by the URL of its `.ics` feed: the city saves the URL and fetches it
    /// on its portal; the coordinator sees every city's feed and fetches them all on the desk.
    mutating func addPartnerFeedRoutes() {
        let desk = desk
        post("/partner/feed", .partner) { request, context, form in
            let city = try desk.partnerCity(context)
            let now = desk.now(try await desk.registryIfAny())
            let url = form["feed_url"] ?? ""
            switch try await PartnerFeeds.save(
                city: city, url: url, by: desk.actor(context), policy: desk.options.feedPolicy,
                workspace: desk.workspace, now: now)
            {
            case .failure(let problems):
                var page = try await desk.partnerPage(city, context, now: now, problems: problems)
                page.problems = [desk.p("profile_fix", context)]
                page.sections = page.sections.map { section in
                    section.id == "feed"
                        ? desk.partnerFeedSection(nil, value: url, problems: problems, context) : section
                }
                return desk.respond(page, request, context, status: .unprocessableContent)
            case .success(let feed):
                var page = try await desk.partnerPage(city, context, now: now)
                page.notice =
                    feed.map { desk.p("cityfeed_saved", context, $0.url) } ?? desk.p("cityfeed_removed", context)
                return desk.respond(page, request, context)
            }
        }
        post("/partner/feed/refresh", .partner) { request, context, _ in
            let city = try desk.partnerCity(context)
            let now = desk.now(try await desk.registryIfAny())
            guard try await PartnerFeeds.feed(of: city, workspace: desk.workspace) != nil else {
                var page = try await desk.partnerPage(city, context, now: now)
                page.problems = [desk.p("cityfeed_none", context)]
                return desk.respond(page, request, context, status: .conflict)
            }
            let results = try await PartnerFeeds.refresh(
                cities: [city], by: desk.actor(context), policy: desk.options.feedPolicy, workspace: desk.workspace,
                now: now)
            var page = try await desk.partnerPage(city, context, now: now)
            desk.show(results, on: &page, context)
            return desk.respond(page, request, context, status: page.problems.isEmpty ? .ok : .unprocessableContent)
        }
        get("/partner-feeds", .deskRead) { request, context, _ in
            desk.respond(try await desk.partnerFeedsPage(context), request, context)
        }
        post("/partner-feeds/refresh", .deskWrite) { request, context, _ in
            let now = desk.now(try await desk.registryIfAny())
            let results = try await PartnerFeeds.refresh(
                by: desk.actor(context), policy: desk.options.feedPolicy, workspace: desk.workspace, now: now)
            var page = try await desk.partnerFeedsPage(context)
            desk.show(results, on: &page, context)
            if results.isEmpty { page.notice = desk.p("cityfeeds_none", context) }
            return desk.respond(page, request, context, status: page.problems.isEmpty ? .ok : .unprocessableContent)
        }
    }
}

extension Desk {
    /// The city's feed: its URL and last fetch, the form to change it and the button to fetch it now.
    func partnerFeedSection(
        _ feed: PartnerFeed?, value: String?, problems: FieldProblems?, _ context: WebContext
    ) -> Section {
        var paragraphs = [p("cityfeed_explain", context)]
        if let feed { paragraphs.append(feedStatus(feed, context)) }
        var forms = [
            Form(
                action: "/partner/feed", submit: p("cityfeed_save", context),
                fields: [
                    Field(
                        name: "feed_url", label: p("cityfeed_url", context), kind: .url,
                        value: value ?? feed?.url ?? "",
                        error: problems?["feed_url"])
                ], id: "feed-form")
        ]
        if feed != nil {
            forms.append(
                Form(action: "/partner/feed/refresh", submit: p("cityfeed_refresh", context), id: "feed-refresh"))
        }
        return Section(heading: p("cityfeed_heading", context), paragraphs: paragraphs, forms: forms, id: "feed")
    }

    /// `Last fetch: 2027-03-01T09:00:00Z — imported` (with the problem of a failed one).
    func feedStatus(_ feed: PartnerFeed, _ context: WebContext) -> String {
        guard let at = feed.fetchedAt else { return p("cityfeed_never", context) }
        let outcome = p("cityfeed_outcome_\(feed.outcome ?? "failed")", context)
        return p("cityfeed_last", context, Show.utc(at), outcome) + (feed.problem.map { ": \($0)" } ?? "")
    }

    /// Each refresh's result: a notice per imported or unchanged feed, a problem per failed one.
    func show(_ results: [PartnerFeeds.Refresh], on page: inout Page, _ context: WebContext) {
        var notices: [String] = []
        for result in results {
            switch result.outcome {
            case .imported(let changes):
                notices.append(
                    p(
                        "cityfeed_result_imported", context, result.url, changes.eventsInserted, changes.eventsUpdated,
                        changes.eventsUnchanged, changes.eventsRemoved.count, changes.eventsCancelled.count))
            case .unchanged:
                notices.append(p("cityfeed_result_unchanged", context, result.url))
            case .failed(let problem):
                page.problems.append(p("cityfeed_result_failed", context, problem))
            }
        }
        if !notices.isEmpty { page.notice = notices.joined(separator: " ") }
    }

    /// The desk's page of every partner city's feed.
    func partnerFeedsPage(_ context: WebContext) async throws -> Page {
        let feeds = try await PartnerFeeds.feeds(workspace: workspace)
        let registry = try await registryIfAny()
        var page = Page(title: p("cityfeeds_all", context))
        page.sections.append(
            Section(
                paragraphs: feeds.isEmpty ? [p("cityfeeds_none", context)] : [p("cityfeeds_explain", context)],
                table: feeds.isEmpty
                    ? nil
                    : Table(
                        headers: [
                            p("cityfeeds_city", context), p("cityfeed_url", context), p("cityfeeds_status", context),
                        ],
                        rows: feeds.map { feed in
                            [
                                Cell(registry.map { Show.name(feed.cityID, in: $0) } ?? feed.cityID),
                                Cell(feed.url), Cell(feedStatus(feed, context)),
                            ]
                        }),
                forms: feeds.isEmpty || context.account?.role != .coordinator
                    ? [] : [Form(action: "/partner-feeds/refresh", submit: p("cityfeeds_refresh_all", context))],
                id: "feeds"))
        return page
    }
}
