import Foundation
import Hummingbird
import TwinLinkApp
import TwinLinkStore

/// Registers routes with who may use them: every handler goes through the same check of the
/// session's role (and, for POST, of the CSRF token and origin) before it runs.
struct RouteTable {
    let router: Router<WebContext>
    let desk: Desk
    private(set) var entries: [RouteEntry] = []

    init(router: Router<WebContext>, desk: Desk) {
        self.router = router
        self.desk = desk
    }

    typealias Handler = @Sendable (Request, WebContext, FormData) async throws -> Response

    mutating func get(_ path: String, _ access: Access, _ handler: @escaping Handler) {
        add(.get, path, access, handler)
    }

    mutating func post(_ path: String, _ access: Access, _ handler: @escaping Handler) {
        add(.post, path, access, handler)
    }

    private mutating func add(
        _ method: HTTPRequest.Method, _ path: String, _ access: Access, _ handler: @escaping Handler
    ) {
        entries.append(RouteEntry(method: method.rawValue, path: path, access: access))
        let desk = desk
        router.on(RouterPath(path), method: method) { request, context in
            do {
                var form = FormData()
                if method == .post {
                    form = try await FormData.read(request, context: context)
                    try CSRF.check(request, form: form, context: context)
                }
                if let denial = Self.authorize(access, request, context, desk) { return denial }
                guard method == .get, access == .deskRead, let account = context.account else {
                    return try await handler(request, context, form)
                }
                // A page view: the stored page while none of the tables it was made from changed.
                let state = try await desk.snapshots.state()
                let name = [
                    "\(account.id)", account.role.rawValue, context.language.rawValue,
                    context.session?.csrfToken ?? "", request.uri.description,
                ].joined(separator: " ")
                if let stored = desk.pages.page(name, at: state) { return stored }
                let capture = PageCache.Capture()
                let reads = TableReads()
                let response = try await PageCache.$capture.withValue(capture) {
                    try await SnapshotCache.$state.withValue(state) {
                        try await TableReads.$current.withValue(reads) { try await handler(request, context, form) }
                    }
                }
                if let page = capture.page, page.status == response.status {
                    desk.pages.keep(page, name, SnapshotCache.Dependencies(tables: reads.tables, at: state))
                }
                return response
            } catch let error as HTTPError {
                var page = Page(title: desk.t("problem_title", context))
                page.problems = [error.body ?? "\(error.status)"]
                return desk.respond(page, request, context, status: error.status)
            } catch let error as TwinLinkError {
                var page = Page(title: desk.t("problem_title", context))
                page.problems = [error.description]
                return desk.respond(page, request, context, status: error.httpStatus)
            }
        }
    }

    /// `nil` when the session may use the route; else the answer: to the sign-in page for
    /// anonymous visitors, 403 for accounts without the role.
    static func authorize(_ access: Access, _ request: Request, _ context: WebContext, _ desk: Desk) -> Response? {
        switch access {
        case .anyone:
            return nil
        case .deskRead, .deskWrite, .sme, .partner, .distributor:
            guard let account = context.account else {
                let next = request.method == .get ? "?next=\(PageRenderer.queryEscape(request.uri.path))" : ""
                return Desk.redirect("/login\(next)")
            }
            let allowed: Bool =
                switch (access, account.role) {
                case (.sme, .sme), (.partner, .partner): account.organisationID != nil
                case (.distributor, .distributor): true
                case (.sme, _), (.partner, _), (.distributor, _): false
                case (_, .coordinator): true
                case (_, .auditor): access == .deskRead
                case (_, .sme), (_, .partner), (_, .distributor): false
                }
            if allowed { return nil }
            var page = Page(title: desk.t("forbidden_title", context))
            page.problems = [desk.t(account.role == .auditor ? "forbidden_auditor" : "forbidden_role", context)]
            return desk.respond(page, request, context, status: .forbidden)
        }
    }
}

extension TwinLinkError {
    /// The HTTP status of a failure reported by a use case.
    var httpStatus: HTTPResponse.Status {
        switch self {
        case .badInput, .badCalendar, .invalidArgument, .invalidValue: .unprocessableContent
        case .notReady, .conflict: .conflict
        case .notFound: .notFound
        case .store(.busy): .serviceUnavailable
        case .store, .output, .internalFailure: .internalServerError
        }
    }
}
