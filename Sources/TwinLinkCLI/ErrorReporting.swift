import ArgumentParser
import Foundation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkImport
import TwinLinkStore

/// The one place where the command line turns a use case's failure into words on standard error
/// and an exit status (BSD sysexits: 64 usage, 65 data error, 66 no input, 70 internal software
/// error, 73 cannot create output, 74 I/O error, 75 temporary failure: try again).
enum ExitStatus {
    static func of(_ error: TwinLinkError) -> Int32 {
        switch error {
        case .badInput, .badCalendar: 65
        case .store(let store): of(store)
        case .output: 73
        case .notReady: 66
        case .notFound, .conflict, .invalidArgument, .invalidValue: 64
        case .internalFailure: 70
        }
    }

    static func of(_ error: StoreError) -> Int32 {
        switch error {
        case .busy: 75
        case .conflict: 64
        case .cannotOpen, .schema, .constraint, .corrupt, .failed: 74
        }
    }
}

/// Prints a failure to standard error, with the command that helps where there is one, and
/// gives the exit status for it.
func report(_ error: TwinLinkError) -> ExitCode {
    var message = error.description
    switch error {
    case .notReady(_, let next?), .notFound(_, let next?): message += hint(next)
    case .badInput(let failure):
        message = failure.text { issue in issue.description + (issue.remedy.map(hint) ?? "") }
    case .invalidValue(let field, _, let problem):
        // The field as the option that gives it.
        let option = "--" + field.replacingOccurrences(of: "_", with: "-")
        message = "\(option)\(error.quotedValue.map { " " + $0 } ?? ""): \(problem)"
    default: break
    }
    standardError("twinlink: " + message)
    return ExitCode(ExitStatus.of(error))
}

/// The command that takes the next step, as the end of a sentence.
func hint(_ next: NextStep) -> String {
    switch next {
    case .importRegistry: ": run 'twinlink import DIR' first"
    case .importRegulations: " and run 'twinlink import DIR'"
    case .plan: ": run 'twinlink plan' first"
    case .planOrPreview: ": run 'twinlink plan' first, or see 'twinlink plan --dry-run'"
    case .allocate(let activity): ": run 'twinlink allocate \(activity)'"
    case .listPartnerCities: "; see 'twinlink list partner-cities'"
    case .listSMEs: "; see 'twinlink list smes'"
    }
}

/// A restore that restored nothing: 65 a document that cannot be taken whole, 66 an unreadable
/// file, 73 a database that is not empty, 74 or 75 the database failed.
func report(_ error: RestoreDatabase.Failure) -> ExitCode {
    let message: String
    let status: Int32
    switch error {
    case .unreadable(let file, let reason):
        (message, status) = ("cannot read '\(file)': \(reason)", 66)
    case .refused(let file, let problems):
        let lines = problems.map { problem in
            switch problem.place {
            case .position: "\(file):\(problem)"
            case .path: "\(file): \(problem)"
            }
        }
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        message = (lines + ["restore refused: \(count) in \(file); nothing was restored"]).joined(separator: "\n")
        status = 65
    case .notEmpty(let path, let reason):
        (message, status) = ("cannot restore into \(path): \(reason)", 73)
    case .store(let error):
        (message, status) = ("database: \(error)", ExitStatus.of(error))
    }
    standardError("twinlink: " + message)
    return ExitCode(status)
}

/// The option that resolves an import problem without editing the files, as the end of the line.
func hint(_ remedy: ImportIssue.Remedy) -> String {
    switch remedy {
    case .retire(let id): ": 'twinlink import --prune' retires \(id)"
    case .delimiter(let separator): ", or import with --delimiter \(separator == "tab" ? "tab" : "'\(separator)'")"
    case .encoding(let encoding): ", or import with --encoding \(encoding)"
    }
}

/// Any other failure: as the use cases would report it (an unknown one as internal, 70).
func report(_ error: any Error) -> ExitCode {
    if let error = error as? ExitCode { return error }
    return report(TwinLinkError(error))
}

extension ProgrammeClock {
    /// The clock a command line asks for: `--now`, else the programme's reference date, else the
    /// system clock.
    init(option: String?) throws(TwinLinkError) {
        self.init(
            fixed: try option.map { text throws(TwinLinkError) in try CommandArguments.instant(text, field: "now") })
    }

    /// The instant a command runs at, for the imported programme.
    static func now(option: String?, programme: Programme) throws(TwinLinkError) -> Date {
        try ProgrammeClock(option: option).now(for: programme)
    }
}
