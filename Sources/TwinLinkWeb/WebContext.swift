import Foundation
public import Hummingbird
import NIOCore
public import TwinLinkStore

/// The request context of the web desk: who is signed in (if anyone), in which language the pages
/// are shown, and where the request came from (for rate limits).
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in session, set by `SessionMiddleware`.
    public var session: WebSession?
    /// The page language, from the `lang` cookie.
    public var language: Language = .english
    /// The languages the language switch offers: the programme's, English always.
    public var languages: [Language] = Language.allCases
    /// The client's address, for rate limits (`"test"` in process).
    public let remoteAddress: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "local"
    }

    /// The account signed in, if any.
    public var account: Account? { session?.account }

    /// Larger uploads for the registry import (the CSV files of a programme).
    public var maxUploadSize: Int { 8 * 1024 * 1024 }
}
