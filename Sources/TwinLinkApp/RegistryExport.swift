import Foundation
import TwinLinkDomain
import TwinLinkStore

/// Use case: the whole database as one JSON document (docs/export-format.md), for backups,
/// audits and other tools. Versioned: a reader checks `format` and `version` first.
public struct RegistryExport: Codable, Sendable, Equatable {
    public static let formatName = "twinlink-export"
    public static let currentVersion = 1

    public var format: String
    public var version: Int
    /// The database migrations applied when the export was made.
    public var schemaMigrations: [String]
    public var programme: Programme
    public var partnerCities: [PartnerCity]
    public var localEnterprises: [LocalEnterprise]
    public var enterpriseLinks: [EnterpriseLink]
    public var partnerEnterprises: [PartnerEnterprise]
    public var people: [Person]
    public var mutualEvents: [MutualEvent]
    public var applications: [Application]
    public var meetingRequests: [MeetingRequest]
    /// Public holidays per region, as imported from the holiday calendars.
    public var holidays: [Holiday]
    /// Activities planned from the events (study visits, online meetings, 1:1 sessions).
    public var activities: [Activity]

    public init(registry: Registry, schemaMigrations: [String], holidays: [Holiday] = [], activities: [Activity] = []) {
        format = Self.formatName
        version = Self.currentVersion
        self.schemaMigrations = schemaMigrations
        programme = registry.programme
        partnerCities = registry.partnerCities
        localEnterprises = registry.enterprises
        enterpriseLinks = registry.enterpriseLinks
        partnerEnterprises = registry.partnerEnterprises
        people = registry.people
        mutualEvents = registry.events
        applications = registry.applications
        meetingRequests = registry.meetingRequests
        self.holidays = holidays
        self.activities = activities
    }

    /// Reads the database into an export document.
    public static func make(from store: RegistryStore) async throws(TwinLinkError) -> RegistryExport {
        // One snapshot: the export is the database at one instant.
        try await Workspace(store: store).read { access in
            guard let registry = try access.registry() else {
                throw TwinLinkError.notReady("the database is empty", next: .importRegistry)
            }
            return RegistryExport(
                registry: registry, schemaMigrations: try access.appliedMigrations(), holidays: try access.holidays(),
                activities: try access.activities())
        }
    }

    /// Stable JSON bytes: sorted keys, records sorted by id, a final newline.
    public func json() -> Data {
        var data = (try? JSONEncoder.stable.encode(self)) ?? Data()
        data.append(0x0A)
        return data
    }
}
