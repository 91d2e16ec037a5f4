import Foundation
import Hummingbird

/// Desk pages as last rendered, kept while the database files are unchanged (the same key as
/// ``SnapshotCache``): a page depends only on the database, the URL, the viewer's account and role,
/// the page language and the session's CSRF token (in its forms), so a second view of an unchanged
/// page is the stored HTML. Any commit changes the key and empties the cache. At most `limit` pages.
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

    private let lock = NSLock()
    private let limit: Int
    private var key: SnapshotCache.Key?
    private var pages: [String: (status: HTTPResponse.Status, html: String)] = [:]

    init(limit: Int = 500) {
        self.limit = limit
    }

    func page(_ name: String, for key: SnapshotCache.Key) -> Response? {
        guard let page = lock.withLock({ self.key == key ? pages[name] : nil }) else { return nil }
        return Response(
            status: page.status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: page.html)))
    }

    func keep(_ page: (status: HTTPResponse.Status, html: String), _ name: String, for key: SnapshotCache.Key) {
        guard page.status == .ok else { return }
        lock.withLock {
            if self.key != key {
                self.key = key
                pages = [:]
            }
            if pages.count < limit { pages[name] = page }
        }
    }
}
