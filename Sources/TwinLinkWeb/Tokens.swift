import Crypto
import Foundation

/// Random tokens and their hashes: session ids, CSRF tokens and sign-in links are 32 random bytes
/// (base64url); only their SHA-256 is stored.
enum Tokens {
    /// 32 bytes from the system's random number generator, base64url without padding.
    static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// SHA-256, as lower-case hex.
    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Compares two secrets in time that does not depend on where they differ.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count, !x.isEmpty else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}

/// What tests outside the module need of its internals: the hash the store keeps of tokens.
public enum WebTestHooks {
    public static func hash(_ token: String) -> String { Tokens.hash(token) }
}
