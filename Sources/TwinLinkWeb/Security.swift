import Foundation
import HTTPTypes
import Hummingbird
import TwinLinkStore

/// The headers every response carries: a Content-Security-Policy without inline scripts or styles,
/// no MIME sniffing, no referrer to other sites, no framing.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = WebContext
    static let policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    /// For documents the program itself made (briefing packs, the report): their own inline
    /// styles, nothing else, and never a script.
    static let documentPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response)
        async throws -> Response
    {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = Self.policy
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        if response.headers[.cacheControl] == nil {
            response.headers[.cacheControl] = "no-store"
        }
        return response
    }
}

/// Finds the signed-in session from the session cookie (its id is stored only as a hash) and the
/// page language: the `lang` cookie, else the browser's `Accept-Language` among the programme's
/// languages, else the account's own (a partner city's first language the programme offers), else
/// English.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let accounts: AccountStore
    /// The languages the programme offers that the web has (`Language.offered(by:)`), and the
    /// account's own language among them, if it has one.
    let languages: @Sendable (Account?) async -> (offered: [Language], own: Language?)

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response)
        async throws -> Response
    {
        var context = context
        if let id = request.cookies[WebCookies.session]?.value, !id.isEmpty {
            context.session = try await accounts.session(idHash: Tokens.hash(id), now: Date())
        }
        let choice = await languages(context.account)
        context.languages = choice.offered
        if let code = request.cookies[WebCookies.language]?.value, let language = Language(rawValue: code) {
            context.language = language
        } else if let language = Language.preferred(request.headers[.acceptLanguage], among: choice.offered) {
            context.language = language
        } else if let own = choice.own {
            context.language = own
        }
        return try await next(request, context)
    }
}

/// Every state-changing request (POST) must carry the CSRF token of its session (or, before
/// sign-in, the token of the `csrf` cookie it was given with the form) in the field `csrf`, and
/// come from this site (`Origin`, else `Referer`). Otherwise: 403.
enum CSRF {
    /// Checks the form's token and the request's origin; throws 403 when either is wrong.
    static func check(_ request: Request, form: FormData, context: WebContext) throws {
        let expected = context.session?.csrfToken ?? request.cookies[WebCookies.csrf]?.value ?? ""
        guard let sent = form["csrf"], Tokens.equal(sent, expected) else {
            throw HTTPError(
                .forbidden,
                message: "The form has expired or did not come from this site. Reload the page and try again.")
        }
        guard sameOrigin(request) else {
            throw HTTPError(.forbidden, message: "The request did not come from this site.")
        }
    }

    /// `Origin` (else `Referer`) names the host the request was sent to.
    static func sameOrigin(_ request: Request) -> Bool {
        let host = request.head.authority ?? ""
        guard !host.isEmpty else { return false }
        let source = request.headers[.origin] ?? request.headers[.referer]
        guard let source, let url = URL(string: source), let sourceHost = url.host else { return false }
        let sourceAuthority = url.port.map { "\(sourceHost):\($0)" } ?? sourceHost
        return sourceAuthority.lowercased() == host.lowercased()
    }
}

/// The names of the desk's cookies.
enum WebCookies {
    static let session = "tl_session"
    static let csrf = "tl_csrf"
    static let language = "lang"
}
