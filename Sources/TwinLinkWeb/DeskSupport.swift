import Foundation
import Hummingbird
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore

extension Desk {
    /// The instant use cases run at: the programme's reference date (as on the command line), else now.
    func now(_ registry: Registry?) -> Date {
        registry.map { Format.referenceInstant($0.programme) } ?? Date()
    }

    /// The registry, or `nil` before the first import (from the cache while the database is unchanged).
    func registryIfAny() async throws -> Registry? {
        try await cached("registry") { workspace in try await workspace.store.read({ try $0.registry() }) }
    }

    /// The registry; 409 with the command line's message before the first import.
    func registry() async throws -> Registry {
        guard let registry = try await registryIfAny() else {
            throw TwinLinkError.notReady(
                "the database \(options.databasePath) is empty: import the registry files first (Registry → Import)")
        }
        return registry
    }

    /// A value read from the database for a page, kept while none of the tables it was read from changed.
    func cached<T: Sendable>(_ name: String, _ body: @escaping @Sendable (Workspace) async throws -> T) async throws
        -> T
    {
        let workspace = workspace
        let state: SnapshotCache.State
        if let current = SnapshotCache.state { state = current } else { state = try await snapshots.state() }
        return try await snapshots.shared(name, at: state) { try await body(workspace) }
    }

    /// The planned activities (from the cache while the database is unchanged).
    func activities() async throws -> [Activity] {
        try await cached("activities") { workspace in try await workspace.store.read({ try $0.activities() }) }
    }

    /// Runs a use case on the desk's workspace (the use cases are async and never block the
    /// cooperative pool).
    func run<T: Sendable>(_ body: @Sendable (Workspace) async throws -> T) async throws -> T {
        try await body(workspace)
    }

    /// Who a change is recorded as made by: the signed-in account's e-mail.
    func actor(_ context: WebContext) -> String { context.account?.email ?? "web" }

    /// Whether the signed-in account may change things (coordinators), so pages show their forms.
    func canWrite(_ context: WebContext) -> Bool { context.account?.role == .coordinator }

    /// A plain file download.
    static func file(_ data: Data, type: String, name: String? = nil) -> Response {
        var headers: HTTPFields = [.contentType: type]
        if let name { headers[.contentDisposition] = "attachment; filename=\"\(name)\"" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A page that says what is missing (before import, before planning).
    func notReady(_ message: String, _ request: Request, _ context: WebContext) -> Response {
        var page = Page(title: t("not_ready_title", context))
        page.problems = [message]
        page.sections = [Section(links: [Link(href: "/registry/import", label: t("registry_import", context))])]
        return respond(page, request, context, status: .conflict)
    }
}

/// Dates and times as the desk shows them.
enum Show {
    static func local(_ instant: ZonedInstant, _ zone: TimeZoneID) -> String { Format.local(instant, in: zone) }

    static func utc(_ date: Date) -> String { ZonedInstant.formatUTC(date) }

    /// The name of a person, firm or city by id, else the id.
    static func name(_ id: String, in registry: Registry) -> String {
        if let firm = registry.enterprises.first(where: { $0.id.rawValue == id }) { return firm.legalName }
        if let person = registry.people.first(where: { $0.id.rawValue == id }) { return person.fullName }
        if let city = registry.partnerCities.first(where: { $0.id.rawValue == id }) { return city.name }
        if let firm = registry.partnerEnterprises.first(where: { $0.id.rawValue == id }) { return firm.name }
        return id
    }

    /// Every stored property of a record as label and text (the record page).
    static func fields(_ value: Any) -> [[Cell]] {
        Mirror(reflecting: value).children.compactMap { child in
            guard let label = child.label else { return nil }
            return [Cell(label), Cell(text(child.value))]
        }
    }

    static func text(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let first = mirror.children.first else { return "" }
            return text(first.value)
        }
        if let items = value as? [Any] { return items.map(text).joined(separator: ", ") }
        if let date = value as? Date { return utc(date) }
        if let describable = value as? any CustomStringConvertible { return describable.description }
        return String(describing: value)
    }
}
