/// Why an e-mail could not be written.
public enum MailCompositionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A From or To address that is not a bare `local@domain` (it could break or inject headers).
    case invalidAddress(String)
    /// An attachment name with characters other than letters, digits, `.`, `-` and `_`.
    case invalidAttachmentName(String)

    /// What is wrong and what to change.
    public var description: String {
        switch self {
        case .invalidAddress(let address):
            return "'\(address)' is not an e-mail address such as name@example.org; "
                + "addresses may not contain spaces, line breaks or <>()[],;:\"\\."
        case .invalidAttachmentName(let name):
            return "attachment name '\(name)' may only use letters, digits, '.', '-' and '_'."
        }
    }
}
