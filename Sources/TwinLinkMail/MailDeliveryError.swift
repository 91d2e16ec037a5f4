/// Why a message could not be handed to the mail command.
public enum MailDeliveryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No executable file at the configured path.
    case commandNotFound(String)
    /// The command could not be started or its input prepared.
    case couldNotStart(String, reason: String)
    /// The command ran and failed (non-zero exit or killed by a signal), with what it printed.
    case commandFailed(String, status: Int32, output: String)

    /// What went wrong and what to check.
    public var description: String {
        switch self {
        case .commandNotFound(let path):
            return "no mail command at \(path); install a sendmail-compatible MTA (such as postfix or msmtp-mta) "
                + "or configure the path of one."
        case .couldNotStart(let path, let reason):
            return "could not run \(path): \(reason)."
        case .commandFailed(let path, let status, let output):
            let printed = output.isEmpty ? "" : ": \(output)"
            return "\(path) failed with status \(status)\(printed); the message was not sent."
        }
    }
}
