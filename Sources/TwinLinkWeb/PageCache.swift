import Foundation
import Hummingbird

/// Desk pages as last rendered, each kept while none of the tables it was made from changed
/// (``SnapshotCache/Dependencies``): a page depends only on those tables, the URL, the viewer's
/// account and role, the page language and the session's CSRF token (in its forms), so a second
/// view of an unchanged page is the stored HTML. A change to one table re-renders only the pages
/// that read it. At most `limit` pages.
final class PageCache: @unchecked Sendable {
    /// What `Desk.respond` rendered for the request being handled.
    final class Capture: @unchecked Sendable {
        private let lock = NSLock()
        private var rendered: (status: HTTPResponse.Status, html: String)?
        private var spoiled = false

        func record(_ status: HTTPResponse.Status, _ html: String, setsCookie: Bool) {
            lock.withLock {
                if rendered != nil || setsCookie { spoiled = true }
                rendered = (status, html)
            }
        }

        var page: (status: HTTPResponse.Status, html: String)? { lock.withLock { spoiled ? nil : rendered } }
    }

    @TaskLocal static var capture: Capture?

    private struct Stored {
        var status: HTTPResponse.Status
        var html: String
        var dependencies: SnapshotCache.Dependencies
    }

    private let lock = NSLock()
    private let limit: Int
    private var pages: [String: Stored] = [:]
    /// Pages served from the cache and pages rendered (for tests and the benchmark).
    private(set) var hits = 0
    private(set) var renders = 0

    init(limit: Int = 500) {
        self.limit = limit
    }

    /// The stored page `name` when it is still what the database at `state` gives.
    func page(_ name: String, at state: SnapshotCache.State) -> Response? {
        let page: Stored? = lock.withLock {
            guard let page = pages[name], state.matches(page.dependencies) else {
                renders += 1
                return nil
            }
            hits += 1
            return page
        }
        guard let page else { return nil }
        return Response(
            status: page.status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: page.html)))
    }

    func keep(
        _ page: (status: HTTPResponse.Status, html: String), _ name: String,
        _ dependencies: SnapshotCache.Dependencies
    ) {
        guard page.status == .ok else { return }
        lock.withLock {
            if pages.count >= limit, pages[name] == nil { pages = [:] }
            pages[name] = Stored(status: page.status, html: page.html, dependencies: dependencies)
        }
    }

    /// How many views were served from the cache and how many rendered, so far.
    var counts: (hits: Int, renders: Int) { lock.withLock { (hits, renders) } }
}
