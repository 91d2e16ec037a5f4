import Foundation
import Hummingbird
import HummingbirdBcrypt
import TwinLinkAllocation
import TwinLinkStore

extension RouteTable {
    /// `/healthz`, the stylesheet and the language switch.
    mutating func addSystemRoutes() {
        get("/healthz", .anyone) { _, _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: "ok")))
        }
        let css =
            Bundle.module.url(forResource: "Static", withExtension: nil).flatMap {
                try? Data(contentsOf: $0.appendingPathComponent("site.css"))
            } ?? Data()
        get("/static/site.css", .anyone) { _, _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(bytes: css)))
        }
        let desk = desk
        get("/language/:code", .anyone) { request, context, _ in
            let code = context.parameters.get("code") ?? ""
            guard let language = Language(rawValue: code) else {
                throw HTTPError(.notFound, message: "no language '\(code)'")
            }
            var response = Desk.redirect(Self.safeLocal(request.uri.queryParameters.get("back")) ?? "/")
            response.setCookie(desk.cookie(WebCookies.language, language.rawValue, maxAge: 365 * 86400))
            return response
        }
    }

    /// A path on this site (`/…`, not `//…`), else `nil`: no open redirects. No whitespace or
    /// control character anywhere: browsers drop tabs and line breaks from a `Location`, which
    /// would turn `/\t/evil.example` into `//evil.example`.
    static func safeLocal(_ path: String?) -> String? {
        guard let path, path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\"),
            path.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F && !$0.properties.isWhitespace })
        else { return nil }
        return path
    }

    /// Sign-in with a password or a one-time link, and sign-out.
    mutating func addSignInRoutes() {
        let desk = desk
        get("/login", .anyone) { request, context, _ in
            if context.account != nil { return Desk.redirect("/") }
            return desk.respond(
                desk.loginPage(context, next: request.uri.queryParameters.get("next")), request, context)
        }
        post("/login", .anyone) { request, context, form in
            let email = form.text("email") ?? ""
            let next = form.text("next")
            guard await desk.addressLimiter.allow("ip:\(context.remoteAddress)"),
                await desk.loginLimiter.allow("login:\(email.lowercased())")
            else {
                var page = desk.loginPage(context, next: next, email: email)
                page.problems = [desk.t("rate_limited", context)]
                return desk.respond(page, request, context, status: .tooManyRequests)
            }
            let password = form["password"] ?? ""
            let stored = try await desk.accounts.passwordHash(email: email)
            // Verify against a dummy hash when the account is unknown, so both take the same time.
            let hash = stored?.1 ?? desk.dummyHash
            let matches = try await offload { Bcrypt.verify(password, hash: hash) }
            guard let (account, _) = stored, matches, !account.disabled else {
                var page = desk.loginPage(context, next: next, email: email)
                page.problems = [desk.t("login_failed", context)]
                return desk.respond(page, request, context, status: .unauthorized)
            }
            return try await desk.signIn(account, next: next, context: context)
        }
        post("/login/link", .anyone) { request, context, form in
            let email = form.text("email") ?? ""
            guard await desk.addressLimiter.allow("ip:\(context.remoteAddress)"),
                await desk.linkLimiter.allow("link:\(email.lowercased())")
            else {
                var page = desk.loginPage(context, next: nil, email: email)
                page.problems = [desk.t("rate_limited", context)]
                return desk.respond(page, request, context, status: .tooManyRequests)
            }
            if let account = try await desk.accounts.account(email: email), !account.disabled {
                let token = Tokens.random()
                try await desk.accounts.createSignInLink(
                    tokenHash: Tokens.hash(token), accountID: account.id,
                    expiresAt: Date().addingTimeInterval(Desk.linkLifetime))
                let link = "\(desk.options.baseURL)/login/link?token=\(token)"
                try await desk.mailer.send(
                    to: account.email, subject: Strings.text("link_mail_subject", context.language),
                    body: Strings.text("link_mail_body", context.language) + "\n\n" + link + "\n")
            }
            var page = Page(title: desk.t("link_sent_title", context))
            page.notice = desk.t("link_sent", context)
            return desk.respond(page, request, context)
        }
        get("/login/link", .anyone) { request, context, _ in
            let token = request.uri.queryParameters.get("token") ?? ""
            var page = Page(title: desk.t("link_use_title", context))
            page.sections = [
                Section(
                    paragraphs: [desk.t("link_use_text", context)],
                    forms: [
                        Form(
                            action: "/login/link/use", submit: desk.t("sign_in", context),
                            fields: [Field(name: "token", label: "token", kind: .hidden, value: token)])
                    ])
            ]
            return desk.respond(page, request, context)
        }
        post("/login/link/use", .anyone) { request, context, form in
            let token = form["token"] ?? ""
            guard !token.isEmpty,
                let account = try await desk.accounts.consumeSignInLink(tokenHash: Tokens.hash(token), now: Date())
            else {
                var page = desk.loginPage(context, next: nil)
                page.problems = [desk.t("link_invalid", context)]
                return desk.respond(page, request, context, status: .badRequest)
            }
            return try await desk.signIn(account, next: nil, context: context)
        }
        post("/logout", .anyone) { request, _, _ in
            if let id = request.cookies[WebCookies.session]?.value {
                try await desk.accounts.deleteSession(idHash: Tokens.hash(id))
            }
            var response = Desk.redirect("/login")
            response.setCookie(desk.cookie(WebCookies.session, "", maxAge: 0))
            return response
        }
    }
}

extension Desk {
    /// The sign-in page: e-mail and password, or a sign-in link by e-mail.
    func loginPage(_ context: WebContext, next: String?, email: String = "") -> Page {
        var page = Page(title: t("sign_in", context))
        var passwordFields = [
            Field(name: "email", label: t("email", context), kind: .email, value: email, required: true),
            Field(name: "password", label: t("password", context), kind: .password, required: true),
        ]
        if let next = RouteTable.safeLocal(next) {
            passwordFields.append(Field(name: "next", label: "next", kind: .hidden, value: next))
        }
        page.sections = [
            Section(
                heading: t("with_password", context),
                forms: [
                    Form(action: "/login", submit: t("sign_in", context), fields: passwordFields, id: "password-form")
                ]),
            Section(
                heading: t("with_link", context), paragraphs: [t("link_explain", context)],
                forms: [
                    Form(
                        action: "/login/link", submit: t("send_link", context),
                        fields: [
                            Field(name: "email", label: t("email", context), kind: .email, value: email, required: true)
                        ],
                        id: "link-form")
                ]),
        ]
        return page
    }

    /// Starts a fresh session for `account` (a new random id; only its hash is stored) and goes on.
    func signIn(_ account: Account, next: String?, context: WebContext) async throws -> Response {
        let id = Tokens.random()
        let now = Date()
        try await accounts.createSession(
            idHash: Tokens.hash(id), accountID: account.id, csrfToken: Tokens.random(), at: now,
            expiresAt: now.addingTimeInterval(Self.sessionLifetime))
        try await accounts.recordAudit(
            AuditEntry(
                at: now, actor: account.email, action: "sign-in", subject: account.email,
                detail: "\(account.email) signed in"))
        var response = Desk.redirect(
            RouteTable.safeLocal(next)
                ?? account.role.homePath)
        response.setCookie(cookie(WebCookies.session, id, maxAge: Int(Self.sessionLifetime)))
        return response
    }
}
