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
    /// A precondition the user can satisfy, such as importing before listing.
    case notReady(String)

    public var description: String {
        switch self {
        case .badInput(let failure): failure.description
        case .store(let error): "database: \(error)"
        case .output(let path, let reason): "cannot write '\(path)': \(reason)"
        case .notReady(let message): message
        }
    }

    /// BSD sysexits: 65 data error, 74 I/O error, 73 cannot create output, 66 no input.
    public var exitStatus: Int32 {
        switch self {
        case .badInput: 65
        case .store: 74
        case .output: 73
        case .notReady: 66
        }
    }
}
