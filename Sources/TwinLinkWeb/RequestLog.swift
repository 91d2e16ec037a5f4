import Foundation
import Hummingbird
import Logging

/// One log line per request: method, path (never the query, which may carry a sign-in token),
/// status, duration and who was signed in.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = WebContext

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response)
        async throws -> Response
    {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            log(request, context, status: Int(response.status.code), since: start)
            return response
        } catch let error as any HTTPResponseError {
            log(request, context, status: Int(error.status.code), since: start)
            throw error
        } catch {
            log(request, context, status: 500, since: start)
            throw error
        }
    }

    private func log(_ request: Request, _ context: WebContext, status: Int, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        // A feed's path is its secret token: the log names the route, never the token.
        let path = request.uri.path.hasPrefix("/feed/") ? "/feed/…" : request.uri.path
        context.logger.info(
            "\(request.method) \(path) \(status) \(String(format: "%.1f", milliseconds)) ms",
            metadata: ["client": .string(context.remoteAddress)])
    }
}
