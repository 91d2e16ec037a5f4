import TwinLinkCalendar
import TwinLinkImport
import TwinLinkStore

/// Every failure a use case reports to a shell (CLI or web), with the exit status it maps to.
public enum TwinLinkError: Error, CustomStringConvertible {
    /// The input files are wrong: the user fixes them.
    case badInput(ImportFailure)
    /// The database could not be opened, read or written.
    case store(StoreError)
    /// A file or folder could not be written.
    case output(path: String, reason: String)
    /// A calendar file is broken: nothing from it was imported.
    case badCalendar(CalendarReadError)
    /// A precondition the user can satisfy, such as importing before listing.
    case notReady(String)
    /// An argument on the command line is wrong.
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .badInput(let failure): failure.description
        case .store(let error): "database: \(error)"
        case .output(let path, let reason): "cannot write '\(path)': \(reason)"
        case .badCalendar(let error): error.description
        case .notReady(let message): message
        case .invalidArgument(let message): message
        }
    }

    /// BSD sysexits: 64 usage, 65 data error, 66 no input, 73 cannot create output, 74 I/O error.
    public var exitStatus: Int32 {
        switch self {
        case .badInput, .badCalendar: 65
        case .store: 74
        case .output: 73
        case .notReady: 66
        case .invalidArgument: 64
        }
    }
}
