public import Foundation
internal import GRDB
import TwinLinkDomain

/// A partner city's event feed given by its URL (the partner-city portal), and what the last
/// fetch found: the validators for the next conditional request and the outcome.
public struct PartnerFeed: Hashable, Sendable {
    public var cityID: String
    public var url: String
    public var savedAt: Date
    public var savedBy: String
    /// The `ETag` and `Last-Modified` of the last body imported, sent back as `If-None-Match` and
    /// `If-Modified-Since`.
    public var etag: String?
    public var lastModified: String?
    /// When the feed was last fetched (whatever came of it) and what came of it.
    public var fetchedAt: Date?
    /// `imported`, `unchanged` or `failed`.
    public var outcome: String?
    /// The problem of a failed fetch or import, naming the feed URL (and line).
    public var problem: String?

    public init(
        cityID: String, url: String, savedAt: Date, savedBy: String, etag: String? = nil, lastModified: String? = nil,
        fetchedAt: Date? = nil, outcome: String? = nil, problem: String? = nil
    ) {
        self.cityID = cityID
        self.url = url
        self.savedAt = savedAt
        self.savedBy = savedBy
        self.etag = etag
        self.lastModified = lastModified
        self.fetchedAt = fetchedAt
        self.outcome = outcome
        self.problem = problem
    }
}

extension Migrations {
    /// `partner_feeds`: one event-feed URL per partner city, with the last fetch's validators.
    static func createPartnerFeeds(_ db: Database) throws {
        try db.create(table: "partner_feeds") { t in
            t.primaryKey("partner_city_id", .text)
            t.column("url", .text).notNull()
            t.column("saved_at", .text).notNull()
            t.column("saved_by", .text).notNull()
            t.column("etag", .text)
            t.column("last_modified", .text)
            t.column("fetched_at", .text)
            t.column("outcome", .text).check { $0 == nil || ["imported", "unchanged", "failed"].contains($0) }
            t.column("problem", .text)
        }
        try TableVersions.install(db)
    }
}

extension RegistryAccess {
    /// Every city's feed, by city id.
    public func partnerFeeds() throws -> [PartnerFeed] {
        try run { db in
            try Row.fetchAll(db, sql: "SELECT * FROM partner_feeds ORDER BY partner_city_id").map(Self.partnerFeed)
        }
    }

    /// The feed of `city`, if it gave one.
    public func partnerFeed(of city: String) throws -> PartnerFeed? {
        try run { db in
            try Row.fetchOne(db, sql: "SELECT * FROM partner_feeds WHERE partner_city_id = ?", arguments: [city])
                .map(Self.partnerFeed)
        }
    }

    /// Saves (or replaces) the feed URL of a city; a new URL forgets the old one's validators and outcome.
    public func savePartnerFeed(city: String, url: String, at: Date, by actor: String) throws {
        try run { db in
            let old = try String.fetchOne(
                db, sql: "SELECT url FROM partner_feeds WHERE partner_city_id = ?", arguments: [city])
            if old == url {
                try db.execute(
                    sql: "UPDATE partner_feeds SET saved_at = ?, saved_by = ? WHERE partner_city_id = ?",
                    arguments: [ZonedInstant.formatUTC(at), actor, city])
            } else {
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO partner_feeds (partner_city_id, url, saved_at, saved_by)
                        VALUES (?, ?, ?, ?)
                        """,
                    arguments: [city, url, ZonedInstant.formatUTC(at), actor])
            }
        }
    }

    /// Removes a city's feed URL (the events already imported stay, as after a file import).
    public func removePartnerFeed(city: String) throws {
        try run { db in
            try db.execute(sql: "DELETE FROM partner_feeds WHERE partner_city_id = ?", arguments: [city])
        }
    }

    /// Records what a fetch of `city`'s feed found; validators only when given (a failure keeps the old ones).
    public func recordPartnerFeedFetch(
        city: String, at: Date, outcome: String, problem: String?, etag: String?, lastModified: String?,
        keepValidators: Bool
    ) throws {
        try run { db in
            if keepValidators {
                try db.execute(
                    sql: "UPDATE partner_feeds SET fetched_at = ?, outcome = ?, problem = ? WHERE partner_city_id = ?",
                    arguments: [ZonedInstant.formatUTC(at), outcome, problem, city])
            } else {
                try db.execute(
                    sql: """
                        UPDATE partner_feeds SET fetched_at = ?, outcome = ?, problem = ?, etag = ?, last_modified = ?
                        WHERE partner_city_id = ?
                        """,
                    arguments: [ZonedInstant.formatUTC(at), outcome, problem, etag, lastModified, city])
            }
        }
    }

    private static func partnerFeed(_ row: Row) -> PartnerFeed {
        PartnerFeed(
            cityID: row["partner_city_id"], url: row["url"],
            savedAt: ZonedInstant.parseInstant(row["saved_at"] as String) ?? Date(timeIntervalSince1970: 0),
            savedBy: row["saved_by"], etag: row["etag"], lastModified: row["last_modified"],
            fetchedAt: (row["fetched_at"] as String?).flatMap(ZonedInstant.parseInstant), outcome: row["outcome"],
            problem: row["problem"])
    }
}
