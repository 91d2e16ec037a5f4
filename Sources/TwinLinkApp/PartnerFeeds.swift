public import Foundation
import TwinLinkAllocation
public import TwinLinkDomain
public import TwinLinkFeedFetch
import TwinLinkImport
public import TwinLinkStore

/// Use case: a partner city's events by the URL of its `.ics` feed (issue 12). The city saves the
/// URL on its portal (checked by `FeedFetchPolicy`: `https`, no credentials, no address outside the
/// public internet unless the configuration allows it); `refresh` fetches each feed
/// (`FeedFetcher`: conditional, bounded in size, time and redirects) and imports it through the
/// calendar import's own reading and checks (`ImportCalendars.prepareFeed`), with messages that
/// name the feed URL and line. The events, the feed's new validators and the audit entry are
/// written in one transaction; a feed that fails to fetch or to read changes no event and records
/// the problem. Events the feed no longer lists are removed, or kept and marked as dropped where the
/// programme planned with them (`CalendarChanges.eventsCancelled`).
public enum PartnerFeeds {
    /// What one feed's refresh came to.
    public enum Outcome: Sendable {
        case imported(CalendarChanges)
        /// 304 Not Modified: nothing to import.
        case unchanged
        /// The problem, naming the feed URL (and the line of a broken calendar).
        case failed(String)
    }

    public struct Refresh: Sendable {
        public var cityID: Identifier<PartnerCity>
        public var url: String
        public var outcome: Outcome
    }

    /// The feed URL of `city` (nil: none given).
    public static func feed(of city: Identifier<PartnerCity>, workspace: Workspace) async throws(TwinLinkError)
        -> PartnerFeed?
    {
        try await workspace.read { try $0.partnerFeed(of: city.rawValue) }
    }

    /// Every city's feed.
    public static func feeds(workspace: Workspace) async throws(TwinLinkError) -> [PartnerFeed] {
        try await workspace.read { try $0.partnerFeeds() }
    }

    /// Saves `url` as the feed of `city` (an empty one removes the feed; the events already
    /// imported stay). A refused URL saves nothing: the problem is under `feed_url`.
    public static func save(
        city: Identifier<PartnerCity>, url: String, by actor: String, policy: FeedFetchPolicy, workspace: Workspace,
        now: Date
    ) async throws(TwinLinkError) -> Result<PartnerFeed?, FieldProblems> {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        let checked: URL?
        switch trimmed.isEmpty ? .success(nil) : policy.check(trimmed).map(Optional.some) {
        case .failure(let problem):
            var problems = FieldProblems()
            problems["feed_url"] = "feed_url '\(trimmed)': \(problem)"
            return .failure(problems)
        case .success(let url):
            checked = url
        }
        let path = workspace.databasePath
        return try await workspace.write { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            guard registry.partnerCities.contains(where: { $0.id == city }) else {
                throw TwinLinkError.notFound("no partner city \(city) in the registry")
            }
            guard let checked else {
                try access.removePartnerFeed(city: city.rawValue)
                try access.appendAudit(
                    AuditEntry(
                        at: now, actor: actor, action: "partner-feed-remove", subject: "partner-city:\(city)",
                        detail: "\(city): event feed removed"))
                return .success(nil)
            }
            try access.savePartnerFeed(city: city.rawValue, url: checked.absoluteString, at: now, by: actor)
            try access.appendAudit(
                AuditEntry(
                    at: now, actor: actor, action: "partner-feed", subject: "partner-city:\(city)",
                    detail: "\(city): event feed \(checked.absoluteString)"))
            return .success(try access.partnerFeed(of: city.rawValue))
        }
    }

    /// Fetches and imports the feeds of `cities` (every city with a feed when nil), one after the
    /// other, each in its own transaction: one city's broken feed does not hold back another's.
    public static func refresh(
        cities: [Identifier<PartnerCity>]? = nil, by actor: String, policy: FeedFetchPolicy, workspace: Workspace,
        now: Date
    ) async throws(TwinLinkError) -> [Refresh] {
        var feeds = try await feeds(workspace: workspace)
        if let cities {
            let wanted = Set(cities.map(\.rawValue))
            for city in cities where !feeds.contains(where: { $0.cityID == city.rawValue }) {
                throw .notFound("partner city \(city) has no event feed URL")
            }
            feeds = feeds.filter { wanted.contains($0.cityID) }
        }
        var results: [Refresh] = []
        for feed in feeds {
            let city = Identifier<PartnerCity>(trusted: feed.cityID)
            let outcome = try await refresh(feed, city: city, by: actor, policy: policy, workspace: workspace, now: now)
            results.append(Refresh(cityID: city, url: feed.url, outcome: outcome))
        }
        return results
    }

    private static func refresh(
        _ feed: PartnerFeed, city: Identifier<PartnerCity>, by actor: String, policy: FeedFetchPolicy,
        workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> Outcome {
        let fetched: FeedFetcher.Outcome
        do throws(FeedFetchError) {
            // A URL saved under a laxer configuration is checked again under this one.
            let url = try policy.check(feed.url).mapError { FeedFetchError(url: feed.url, problem: .url($0)) }.get()
            fetched = try await FeedFetcher.fetch(
                url, validators: FeedFetcher.Validators(etag: feed.etag, lastModified: feed.lastModified),
                policy: policy)
        } catch {
            return try await recordFailure(error.description, feed: feed, by: actor, workspace: workspace, now: now)
        }
        switch fetched {
        case .notModified:
            try await workspace.write { access in
                try access.recordPartnerFeedFetch(
                    city: feed.cityID, at: now, outcome: "unchanged", problem: nil, etag: nil, lastModified: nil,
                    keepValidators: true)
            }
            return .unchanged
        case .fetched(let data, let validators, _):
            let prepared: ImportCalendars.Prepared
            do {
                prepared = try ImportCalendars.prepareFeed(
                    InputFile(name: feed.url, data: data), city: city, registry: try await workspace.registry(),
                    now: now)
            } catch {
                return try await recordFailure(
                    error.description, feed: feed, by: actor, workspace: workspace, now: now)
            }
            let changes = try await workspace.write { access in
                let changes = try access.applyCalendars(
                    holidays: prepared.holidays, regions: prepared.regions, feeds: prepared.feeds)
                try access.recordPartnerFeedFetch(
                    city: feed.cityID, at: now, outcome: "imported", problem: nil, etag: validators.etag,
                    lastModified: validators.lastModified, keepValidators: false)
                try access.appendAudit(
                    AuditEntry(
                        at: now, actor: actor, action: "partner-feed-import", subject: "partner-city:\(city)",
                        detail: "\(feed.url): \(changes.eventsInserted) new, \(changes.eventsUpdated) changed, "
                            + "\(changes.eventsUnchanged) unchanged, \(changes.eventsRemoved.count) removed, "
                            + "\(changes.eventsCancelled.count) dropped but kept"))
                return changes
            }
            return .imported(changes)
        }
    }

    /// Records a failed refresh: no event changes; the old validators stay.
    private static func recordFailure(
        _ problem: String, feed: PartnerFeed, by actor: String, workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> Outcome {
        try await workspace.write { access in
            try access.recordPartnerFeedFetch(
                city: feed.cityID, at: now, outcome: "failed", problem: problem, etag: nil, lastModified: nil,
                keepValidators: true)
            try access.appendAudit(
                AuditEntry(
                    at: now, actor: actor, action: "partner-feed-failed", subject: "partner-city:\(feed.cityID)",
                    detail: problem))
        }
        return .failed(problem)
    }
}
