import Foundation
public import Hummingbird
import HummingbirdBcrypt
public import Logging
import TwinLinkApp
public import TwinLinkFeedFetch
import TwinLinkStore
import UnixSignals

/// How `twinlink serve` runs.
public struct WebOptions: Sendable {
    public var host: String
    public var port: Int
    public var databasePath: String
    /// Mail goes here as `.eml` files; `nil`: to sendmail.
    public var mailOutbox: String?
    /// The address people open (for the links in sign-in mail); default `http://HOST:PORT`.
    public var publicURL: String?
    /// Mark cookies `Secure` (when served over TLS, e.g. behind a proxy).
    public var secureCookies: Bool
    /// Log level of the one line per request.
    public var logLevel: Logger.Level
    /// How partner cities' event feeds may be fetched (`https` and public addresses by default).
    public var feedPolicy: FeedFetchPolicy

    public init(
        host: String = "127.0.0.1", port: Int = 8080, databasePath: String, mailOutbox: String? = nil,
        publicURL: String? = nil, secureCookies: Bool = false, logLevel: Logger.Level = .info,
        feedPolicy: FeedFetchPolicy = FeedFetchPolicy()
    ) {
        self.feedPolicy = feedPolicy
        self.host = host
        self.port = port
        self.databasePath = databasePath
        self.mailOutbox = mailOutbox
        self.publicURL = publicURL
        self.secureCookies = secureCookies
        self.logLevel = logLevel
    }

    var baseURL: String { publicURL ?? "http://\(host):\(port)" }
}

/// Builds the web application: the desk's router on the given database.
public func buildApplication(_ options: WebOptions) throws -> some ApplicationProtocol {
    var logger = Logger(label: "twinlink.web")
    logger.logLevel = options.logLevel
    let desk = try Desk(options: options)
    let router = buildRouter(desk)
    return Application(
        router: router.router,
        configuration: .init(address: .hostname(options.host, port: options.port), serverName: "twinlink"),
        logger: logger)
}

/// The router and the list of every route with who may use it (for the role × route test).
/// Built once and never changed afterwards, so it is shared freely between tasks.
public struct DeskRouter: @unchecked Sendable {
    public let router: Router<WebContext>
    public let routes: [RouteEntry]
    let pages: PageCache

    /// How many desk page views were served from the page cache and how many were rendered.
    public var pageCounts: (hits: Int, renders: Int) { pages.counts }
}

/// Builds the desk's router on `desk`.
func buildRouter(_ desk: Desk) -> DeskRouter {
    let router = Router(context: WebContext.self)
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: SessionMiddleware(accounts: desk.accounts, languages: { await desk.languages(for: $0) }))
    var routes = RouteTable(router: router, desk: desk)
    routes.addSystemRoutes()
    routes.addSignInRoutes()
    routes.addDeskRoutes()
    routes.addPortalRoutes()
    return DeskRouter(router: router, routes: routes.entries, pages: desk.pages)
}

/// Builds the router for tests (in process, with HummingbirdTesting).
public func buildTestRouter(_ options: WebOptions) throws -> DeskRouter {
    buildRouter(try Desk(options: options))
}

/// Who may use a route.
public enum Access: String, Sendable {
    /// Everybody, signed in or not.
    case anyone
    /// Coordinators and auditors (read-only pages of the desk).
    case deskRead
    /// Coordinators only (changes).
    case deskWrite
    /// Accounts of local firms (the SME portal), each on its own firm's records only.
    case sme
    /// Accounts of partner cities (the partner portal), each on its own city's records only.
    case partner
    /// Organisations that pass the information material on (read-only, nothing personal).
    case distributor
}

/// A route and who may use it.
public struct RouteEntry: Sendable, Hashable {
    public let method: String
    public let path: String
    public let access: Access
}

/// Everything a handler needs: the workspace, the account store, the page renderer, the mailer.
struct Desk: Sendable {
    let options: WebOptions
    let workspace: Workspace
    let accounts: AccountStore
    let renderer: PageRenderer
    let mailer: Mailer
    let snapshots: SnapshotCache
    let pages = PageCache()
    /// A bcrypt hash to check unknown e-mails against, so that they take as long as known ones.
    let dummyHash: String
    let loginLimiter = RateLimiter(limit: 10, window: 15 * 60)
    let linkLimiter = RateLimiter(limit: 3, window: 15 * 60)
    let addressLimiter = RateLimiter(limit: 30, window: 15 * 60)
    static let sessionLifetime: TimeInterval = 8 * 3600
    static let linkLifetime: TimeInterval = 15 * 60
    /// bcrypt's cost for new passwords (`TWINLINK_BCRYPT_COST` lowers it in tests).
    static let bcryptCost: UInt8 =
        ProcessInfo.processInfo.environment["TWINLINK_BCRYPT_COST"].flatMap { UInt8($0) }.map { max(4, min($0, 14)) }
        ?? 12

    init(options: WebOptions) throws {
        self.options = options
        workspace = try Workspace(databasePath: options.databasePath)
        accounts = AccountStore(workspace.store)
        renderer = try PageRenderer()
        snapshots = SnapshotCache(databasePath: options.databasePath, store: workspace.store)
        dummyHash = Bcrypt.hash(Tokens.random(), cost: Self.bcryptCost)
        mailer = Mailer(
            outbox: options.mailOutbox.map { URL(fileURLWithPath: $0) }, from: "TwinLink <no-reply@twinlink.local>")
    }

    /// An HTML response for `page`.
    func respond(
        _ page: Page, _ request: Request, _ context: WebContext, status: HTTPResponse.Status = .ok
    ) -> Response {
        var csrf = context.session?.csrfToken ?? request.cookies[WebCookies.csrf]?.value ?? ""
        var newCookie: Cookie?
        if context.session == nil, csrf.count < 20 {
            csrf = Tokens.random()
            newCookie = cookie(WebCookies.csrf, csrf, maxAge: 3600 * 12)
        }
        let html = renderer.render(page, path: request.uri.path, context: context, csrf: csrf)
        var response = Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
        if let newCookie { response.setCookie(newCookie) }
        PageCache.capture?.record(status, html, setsCookie: newCookie != nil)
        return response
    }

    /// A cookie with the desk's attributes: HttpOnly, SameSite=Lax, Path=/, Secure over TLS.
    func cookie(_ name: String, _ value: String, maxAge: Int) -> Cookie {
        Cookie(
            name: name, value: value, maxAge: maxAge, path: "/", secure: options.secureCookies, httpOnly: true,
            sameSite: .lax)
    }

    /// `303 See Other` to a path on this site.
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// A string of the page language, with `{0}`, `{1}`… filled from `values`.
    func t(_ key: String, _ context: WebContext, _ values: Any...) -> String {
        var text = Strings.text(key, context.language)
        for (index, value) in values.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: String(describing: value))
        }
        return text
    }
}

/// Serves the desk until SIGTERM or SIGINT, then stops cleanly (requests in flight finish).
public func serve(_ options: WebOptions) async throws {
    let app = try buildApplication(options)
    try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    app.logger.info("twinlink serve stopped cleanly")
}
