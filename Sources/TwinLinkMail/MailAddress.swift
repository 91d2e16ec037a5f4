/// A mailbox for the From and To headers: a display name in any script and a bare address.
public struct MailAddress: Sendable, Hashable {
    /// The display name; empty for none.
    public var name: String
    /// The bare address, such as `zofia@example.pl`.
    public var address: String

    /// A mailbox from a display name and a bare address.
    public init(name: String, address: String) {
        self.name = name
        self.address = address
    }

    /// Whether `address` is a bare `local@domain` that cannot break a header: no spaces, no
    /// line breaks or other control characters, no `<>()[],;:"\`.
    public var hasValidAddress: Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return false }
        let forbidden = Set("<>()[]\\,;:\"")
        return !address.unicodeScalars.contains { scalar in
            forbidden.contains(Character(scalar)) || scalar.properties.isWhitespace
                || scalar.properties.generalCategory == .control
        }
    }

    /// The domain part of the address, used for Message-IDs.
    var domain: String {
        String(address.split(separator: "@").last ?? "localhost")
    }
}
