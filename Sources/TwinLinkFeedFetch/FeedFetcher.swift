import AsyncHTTPClient
public import Foundation
import NIOCore
import NIOHTTP1

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Fetches a partner city's event feed over HTTP(S), as `FeedFetchPolicy` allows: every host (the
/// first and each redirect's) is resolved here and refused when an address is not public, and the
/// connection goes to the address that was checked (so a second lookup cannot lead elsewhere);
/// redirects are followed by hand, bounded and without loops; the body is read up to the limit;
/// `ETag` and `Last-Modified` make the next request conditional.
public enum FeedFetcher {
    /// The validators of the last body imported.
    public struct Validators: Hashable, Sendable {
        public var etag: String?
        public var lastModified: String?

        public init(etag: String? = nil, lastModified: String? = nil) {
            self.etag = etag
            self.lastModified = lastModified
        }
    }

    public enum Outcome: Sendable {
        /// 304: the feed is as it was.
        case notModified
        /// The feed's body, its validators and the URL it came from after redirects.
        case fetched(Data, Validators, finalURL: String)
    }

    public static func fetch(
        _ url: URL, validators: Validators = Validators(), policy: FeedFetchPolicy
    ) async throws(FeedFetchError) -> Outcome {
        let deadline = NIODeadline.now() + .nanoseconds(Int64(policy.timeout.components.seconds) * 1_000_000_000)
        var current = url
        var visited: Set<String> = [url.absoluteString]
        for _ in 0...policy.maximumRedirects {
            // Messages name the feed's own URL, and the redirect target they concern.
            let name = current == url ? url.absoluteString : "\(url.absoluteString) → \(current.absoluteString)"
            let response = try await request(
                current, name: name, validators: validators, policy: policy, deadline: deadline)
            switch response {
            case .done(let outcome):
                return outcome
            case .redirect(let location):
                guard let next = URL(string: location, relativeTo: current)?.absoluteURL else {
                    throw FeedFetchError(url: name, problem: .badRedirect(location))
                }
                if case .failure(let problem) = policy.check(next.absoluteString) {
                    throw FeedFetchError(url: "\(name) → \(next.absoluteString)", problem: .refusedRedirect(problem))
                }
                guard visited.insert(next.absoluteString).inserted else {
                    throw FeedFetchError(url: url.absoluteString, problem: .redirectLoop(next.absoluteString))
                }
                current = next
            }
        }
        throw FeedFetchError(url: url.absoluteString, problem: .tooManyRedirects(policy.maximumRedirects))
    }

    private enum Step {
        case done(Outcome)
        case redirect(String)
    }

    private static func request(
        _ url: URL, name: String, validators: Validators, policy: FeedFetchPolicy, deadline: NIODeadline
    ) async throws(FeedFetchError) -> Step {
        guard let host = url.host(percentEncoded: false), !host.isEmpty else {
            throw FeedFetchError(url: name, problem: .url(.noHost))
        }
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        let address = try await checkedAddress(of: bare, url: name, policy: policy)
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .seconds(Int64(policy.timeout.components.seconds)), read: .seconds(10)),
            decompression: .disabled)
        if IPAddress(bare) == nil { configuration.dnsOverride = [bare: address.description] }
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        let result: Result<Step, FeedFetchError>
        do {
            result = .success(
                try await exchange(
                    client, url: url, name: name, validators: validators, policy: policy, deadline: deadline))
        } catch let error as FeedFetchError {
            result = .failure(error)
        } catch {
            result = .failure(FeedFetchError(url: name, problem: problem(of: error, policy: policy)))
        }
        try? await client.shutdown()
        return try result.get()
    }

    private static func exchange(
        _ client: HTTPClient, url: URL, name: String, validators: Validators, policy: FeedFetchPolicy,
        deadline: NIODeadline
    ) async throws -> Step {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.headers.add(name: "Accept", value: "text/calendar, */*;q=0.5")
        request.headers.add(name: "User-Agent", value: "TwinLink partner-feed fetcher")
        if let etag = validators.etag { request.headers.add(name: "If-None-Match", value: etag) }
        if let lastModified = validators.lastModified {
            request.headers.add(name: "If-Modified-Since", value: lastModified)
        }
        let response = try await client.execute(request, deadline: deadline)
        switch response.status.code {
        case 304:
            return .done(.notModified)
        case 301, 302, 303, 307, 308:
            guard let location = response.headers.first(name: "Location") else {
                throw FeedFetchError(url: name, problem: .badRedirect(""))
            }
            return .redirect(location)
        case 200:
            if let length = response.headers.first(name: "Content-Length").flatMap(Int.init),
                length > policy.maximumBytes
            {
                throw FeedFetchError(url: name, problem: .tooLarge(policy.maximumBytes))
            }
            let body = try await response.body.collect(upTo: policy.maximumBytes)
            return .done(
                .fetched(
                    Data(body.readableBytesView),
                    Validators(
                        etag: response.headers.first(name: "ETag"),
                        lastModified: response.headers.first(name: "Last-Modified")),
                    finalURL: url.absoluteString))
        default:
            throw FeedFetchError(url: name, problem: .status(Int(response.status.code), response.status.reasonPhrase))
        }
    }

    private static func problem(of error: any Error, policy: FeedFetchPolicy) -> FeedFetchError.Problem {
        if error is NIOTooManyBytesError { return .tooLarge(policy.maximumBytes) }
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .connectTimeout:
                return .timeout(Int(policy.timeout.components.seconds))
            default:
                return .transport("\(error)")
            }
        }
        let text = "\(error)"
        if text.contains("Connection refused") { return .transport("the server refused the connection") }
        return .transport(text)
    }

    /// The first address of `host` when every address it resolves to may be fetched from.
    private static func checkedAddress(
        of host: String, url: String, policy: FeedFetchPolicy
    ) async throws(FeedFetchError) -> IPAddress {
        let addresses: [IPAddress]
        if let literal = IPAddress(host) {
            addresses = [literal]
        } else {
            addresses = await resolve(host)
        }
        guard let first = addresses.first else { throw FeedFetchError(url: url, problem: .unresolved(host)) }
        for address in addresses {
            if let network = policy.refusal(for: address) {
                throw FeedFetchError(
                    url: url, problem: .url(.address("\(host) (\(address))", network: network.description)))
            }
        }
        return first
    }

    /// The addresses `getaddrinfo` gives for `host`, looked up on a thread of its own (it blocks).
    static func resolve(_ host: String) async -> [IPAddress] {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                var hints = addrinfo()
                hints.ai_family = AF_UNSPEC
                #if canImport(Glibc)
                    hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
                #else
                    hints.ai_socktype = SOCK_STREAM
                #endif
                var list: UnsafeMutablePointer<addrinfo>?
                guard getaddrinfo(host, nil, &hints, &list) == 0 else {
                    continuation.resume(returning: [])
                    return
                }
                defer { freeaddrinfo(list) }
                var found: [IPAddress] = []
                var node = list
                while let entry = node?.pointee {
                    if let socketAddress = entry.ai_addr {
                        if entry.ai_family == AF_INET {
                            var v4 = socketAddress.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee }
                            if let address = IPAddress(bytes: withUnsafeBytes(of: &v4.sin_addr) { Array($0) }) {
                                found.append(address)
                            }
                        } else if entry.ai_family == AF_INET6 {
                            var v6 = socketAddress.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee }
                            if let address = IPAddress(bytes: withUnsafeBytes(of: &v6.sin6_addr) { Array($0) }) {
                                found.append(address)
                            }
                        }
                    }
                    node = entry.ai_next
                }
                var unique: [IPAddress] = []
                for address in found where !unique.contains(address) { unique.append(address) }
                continuation.resume(returning: unique)
            }
        }
    }
}

/// A feed that could not be fetched, naming its URL.
public struct FeedFetchError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Problem: Hashable, Sendable {
        case url(FeedURLProblem)
        case unresolved(String)
        case timeout(Int)
        case tooLarge(Int)
        case status(Int, String)
        case badRedirect(String)
        case refusedRedirect(FeedURLProblem)
        case redirectLoop(String)
        case tooManyRedirects(Int)
        case transport(String)
    }

    public var url: String
    public var problem: Problem

    public init(url: String, problem: Problem) {
        self.url = url
        self.problem = problem
    }

    public var description: String {
        let text: String =
            switch problem {
            case .url(let problem): problem.description
            case .unresolved(let host): "the host \(host) could not be found"
            case .timeout(let seconds): "no complete answer within \(seconds) s"
            case .tooLarge(let limit): "the feed is larger than \(limit / 1024) KiB; nothing was imported"
            case .status(let code, let reason): "the server answered \(code) \(reason)"
            case .badRedirect(let location): "a redirect without a usable address ('\(location)')"
            case .refusedRedirect(let problem): "redirected to an address that is not fetched: \(problem)"
            case .redirectLoop(let target): "the redirects loop (back to \(target))"
            case .tooManyRedirects(let limit): "more than \(limit) redirects"
            case .transport(let detail): "the connection failed: \(detail)"
            }
        return "\(url): \(text)"
    }
}
