public import Foundation

/// What a partner city's feed URL may be and how it is fetched. The defaults are a server's on the
/// internet: `https` only, public addresses only (no loopback, private or link-local network, so a
/// feed URL cannot make TwinLink reach into the network it runs in), 5 MiB, 20 seconds, 5 redirects.
public struct FeedFetchPolicy: Sendable, Hashable {
    /// Whether `http://` URLs are accepted (for a test server; a real feed is `https`).
    public var allowHTTP: Bool
    /// Networks fetched from although they are not public (`127.0.0.1` for a test server).
    public var allowedNetworks: [IPNetwork]
    /// The largest body read; a larger feed is refused, nothing imported.
    public var maximumBytes: Int
    /// The time for the whole fetch, redirects included.
    public var timeout: Duration
    /// How many redirects are followed.
    public var maximumRedirects: Int

    public init(
        allowHTTP: Bool = false, allowedNetworks: [IPNetwork] = [], maximumBytes: Int = 5 * 1024 * 1024,
        timeout: Duration = .seconds(20), maximumRedirects: Int = 5
    ) {
        self.allowHTTP = allowHTTP
        self.allowedNetworks = allowedNetworks
        self.maximumBytes = maximumBytes
        self.timeout = timeout
        self.maximumRedirects = maximumRedirects
    }

    /// Checks a feed URL as a partner types it: an absolute `https` URL (or `http` where allowed)
    /// with a host and no user name or password. Returns the URL, or the problem in words.
    public func check(_ text: String) -> Result<URL, FeedURLProblem> {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .failure(.empty) }
        if trimmed.count > 2000 { return .failure(.tooLong(trimmed.count)) }
        // webcal:// is how calendar sites offer a subscription; it means https.
        let normalised =
            trimmed.lowercased().hasPrefix("webcal://") ? "https://" + trimmed.dropFirst("webcal://".count) : trimmed
        guard let components = URLComponents(string: normalised), let scheme = components.scheme?.lowercased(),
            let url = components.url
        else { return .failure(.notAURL) }
        guard scheme == "https" || (scheme == "http" && allowHTTP) else {
            return .failure(.scheme(scheme, httpAllowed: allowHTTP))
        }
        guard let host = components.host, !host.isEmpty else { return .failure(.noHost) }
        guard components.user == nil, components.password == nil else { return .failure(.credentials) }
        if let address = IPAddress(host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))),
            let network = refusal(for: address)
        {
            return .failure(.address(host, network: network.description))
        }
        return .success(url)
    }

    /// The special network that `address` is in when it is not allowed; `nil` when it may be fetched.
    public func refusal(for address: IPAddress) -> IPNetwork? {
        guard let network = address.specialNetwork else { return nil }
        return allowedNetworks.contains { $0.contains(address) } ? nil : network
    }
}

/// Why a feed URL is refused.
public enum FeedURLProblem: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    case tooLong(Int)
    case notAURL
    case scheme(String, httpAllowed: Bool)
    case noHost
    case credentials
    case address(String, network: String)

    public var description: String {
        switch self {
        case .empty: "a feed URL is required"
        case .tooLong(let count): "at most 2000 characters, found \(count)"
        case .notAURL: "not a URL; expected https://…/….ics"
        case .scheme(let scheme, let httpAllowed):
            "'\(scheme)' is not fetched; expected \(httpAllowed ? "https:// or http://" : "https://")"
        case .noHost: "the URL names no host"
        case .credentials: "the URL holds a user name or password; give the calendar's own subscription address"
        case .address(let host, let network):
            "\(host) is in \(network), a network that is not the public internet; feeds are fetched from public servers only"
        }
    }
}
