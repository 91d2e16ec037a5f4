public import TwinLinkCalendar
import TwinLinkDomain
public import TwinLinkImport
public import TwinLinkStore

/// Every failure a use case reports to a shell, by kind. The shell maps each kind to its own
/// terms in one place: the command line to a message and an exit status (`TwinLinkCLI`'s
/// `ExitStatus`), the web to an HTTP status. Messages say what is wrong in the programme's terms,
/// never which command or option to use.
public enum TwinLinkError: Error, CustomStringConvertible {
    /// The input files are wrong: the user fixes them.
    case badInput(ImportFailure)
    /// The database could not be opened, read or written.
    case store(StoreError)
    /// A file or folder could not be written.
    case output(path: String, reason: String)
    /// A calendar file is broken: nothing from it was imported.
    case badCalendar(CalendarReadError)
    /// A precondition the user can satisfy, such as importing before listing, and the step
    /// that satisfies it (each shell says it in its own words).
    case notReady(String, next: NextStep? = nil)
    /// What the request names is not there (an activity, an application, a firm), and where to
    /// find what is.
    case notFound(String, next: NextStep? = nil)
    /// The request conflicts with what is recorded (already withdrawn, already decided).
    case conflict(String)
    /// A value given with the request is wrong, or two values do not go together, said in the
    /// programme's terms.
    case invalidArgument(String)
    /// The value of one named field of the request is wrong: the field as the use case names it
    /// (`seats`, `person`, `outcome`), the value as given (`nil` when it is missing or not text),
    /// and what would be right. Each shell names the field its own way: the command line as its
    /// option (`--seats '0': …`), the web next to the form field.
    case invalidValue(field: String, value: String?, problem: String)
    /// A failure inside TwinLink that the user cannot fix: a bug, or a part refusing valid data.
    case internalFailure(String)

    /// Any error as a ``TwinLinkError``: store failures as ``store(_:)``, unknown ones as internal.
    public init(_ error: any Error) {
        switch error {
        case let error as TwinLinkError: self = error
        case let error as StoreError: self = .store(error)
        case let error as ImportFailure: self = .badInput(error)
        case let error as CalendarReadError: self = .badCalendar(error)
        default: self = .internalFailure("\(error)")
        }
    }

    public var description: String {
        switch self {
        case .badInput(let failure): failure.description
        case .store(let error): "database: \(error)"
        case .output(let path, let reason): "cannot write '\(path)': \(reason)"
        case .badCalendar(let error): error.description
        case .notReady(let message, _), .notFound(let message, _), .conflict(let message),
            .invalidArgument(let message):
            message
        case .invalidValue(let field, _, let problem): "\(field)\(quotedValue.map { " " + $0 } ?? ""): \(problem)"
        case .internalFailure(let message): "internal error: \(message)"
        }
    }
}

extension TwinLinkError {
    /// The value of an ``invalidValue(field:value:problem:)`` as messages show it: a whole
    /// number as it is (`7`), other text in quotes (`'2027-13-01'`).
    public var quotedValue: String? {
        guard case .invalidValue(_, let value?, _) = self else { return nil }
        return !value.isEmpty && value.allSatisfy(\.isASCIIDigit) ? value : "'\(value)'"
    }
}

/// What the user can do next when a use case cannot go on. The command line names its commands
/// for it; the web links to its pages.
public enum NextStep: Sendable, Equatable {
    /// Import the registry folder.
    case importRegistry
    /// Import the registry folder with its regulations.
    case importRegulations
    /// Plan the activities.
    case plan
    /// Plan the activities, or preview the plan.
    case planOrPreview
    /// Allocate the seats of this study visit.
    case allocate(String)
    /// See the partner cities there are.
    case listPartnerCities
    /// See the local enterprises there are.
    case listSMEs
}
