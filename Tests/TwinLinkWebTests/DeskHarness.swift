import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import TwinLinkApp
import TwinLinkDomain
import TwinLinkFeedFetch
import TwinLinkStore
import TwinLinkTestSupport
import TwinLinkWeb

/// A desk on a fresh database file (the fixtures imported and planned when asked), with one
/// signed-in session per role, driven in process through HummingbirdTesting.
struct DeskHarness: Sendable {
    let folder: URL
    let options: WebOptions
    let desk: DeskRouter
    let workspace: Workspace
    /// The session cookie and CSRF token of each role's account.
    var sessions: [String: (cookie: String, csrf: String)] = [:]

    static let origin = "http://localhost"

    static func make(fixtures: Bool = true, feedPolicy: FeedFetchPolicy = FeedFetchPolicy()) async throws -> DeskHarness
    {
        setenv("TWINLINK_BCRYPT_COST", "4", 1)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("twinlink-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("desk.sqlite").path
        let workspace = try Workspace(databasePath: path)
        if fixtures {
            let now = Date(timeIntervalSince1970: 1_796_000_000)
            _ = try await ImportRegistry.run(directory: RepositoryPaths.fixtures, into: workspace.store, now: now)
            let registry = try await workspace.registry()
            _ = try await PlanActivities.run(workspace: workspace, now: Format.referenceInstant(registry.programme))
        }
        let options = WebOptions(
            databasePath: path, mailOutbox: folder.appendingPathComponent("outbox").path, feedPolicy: feedPolicy)
        var harness = DeskHarness(
            folder: folder, options: options, desk: try buildTestRouter(options), workspace: workspace)
        let store = AccountStore(workspace.store)
        for (role, organisation) in [
            ("coordinator", nil), ("auditor", nil), ("sme", "sme-codewawel"), ("partner", "nuremberg"),
        ]
            as [(String, String?)]
        {
            let account = try await store.addAccount(
                email: "\(role)@example.org", role: AccountRole(rawValue: role)!,
                organisationID: fixtures ? organisation : nil, passwordHash: nil, actor: "test", at: Date())
            let id = UUID().uuidString + UUID().uuidString
            let csrf = UUID().uuidString
            try await store.createSession(
                idHash: sha256Hex(id), accountID: account.id, csrfToken: csrf, at: Date(),
                expiresAt: Date().addingTimeInterval(3600))
            harness.sessions[role] = ("tl_session=\(id)", csrf)
        }
        return harness
    }

    /// Runs `body` with a client of the desk's router, in process.
    func test<T: Sendable>(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
        var logger = Logger(label: "twinlink.web.test")
        logger.logLevel = .warning
        let app = Application(router: desk.router, logger: logger)
        return try await app.test(.router) { client in try await body(client) }
    }
}

/// A request as a browser would send it.
struct Browser: Sendable {
    var cookie: String?
    var csrf: String?

    /// Anonymous, with a CSRF cookie and token of its own (as the sign-in form gives).
    static let anonymous = Browser(
        cookie: "tl_csrf=anonymous-token-0123456789abcdef", csrf: "anonymous-token-0123456789abcdef")

    func get(_ client: any TestClientProtocol, _ uri: String) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if let cookie { headers[.cookie] = cookie }
        return try await client.execute(uri: uri, method: .get, headers: headers)
    }

    /// A form POST with the CSRF token (unless `token` says otherwise) and this site's Origin.
    func post(
        _ client: any TestClientProtocol, _ uri: String, _ fields: [(String, String)] = [], token: String?? = .none,
        origin: String? = DeskHarness.origin
    ) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if let cookie { headers[.cookie] = cookie }
        if let origin { headers[.origin] = origin }
        var all = fields
        let sent: String? =
            switch token {
            case .none: csrf
            case .some(let explicit): explicit
            }
        if let sent { all.append(("csrf", sent)) }
        let body = all.map { "\(escape($0.0))=\(escape($0.1))" }.joined(separator: "&")
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    private func escape(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var location: String { headers[.location] ?? "" }
}

func sha256Hex(_ text: String) -> String {
    // The store keeps SHA-256 of session ids; the desk computes it the same way (Tokens.hash).
    WebTestHooks.hash(text)
}
