public import Foundation
import TwinLinkDomain
public import TwinLinkImport
public import TwinLinkReports
public import TwinLinkStore

/// Use case: import check-in lists, outcome surveys and cost sheets (docs/attendance-and-
/// outcomes.md) — one file from the command line, or a registry folder's `attendance/`,
/// `outcomes/` and `costs/` folders in the main job. All or nothing: every problem in every file
/// is reported with its file, line, field and value, and then nothing is recorded.
public enum AttendanceImport {
    /// What a file holds.
    public enum Sheet: String, Sendable, CaseIterable {
        case attendance, outcomes, costs

        /// The folder of a registry folder that holds sheets of this kind.
        public var folderName: String { rawValue }

        var columns: (required: [String], optional: [String]) {
            switch self {
            case .attendance: (AttendanceSheetReader.required, AttendanceSheetReader.optional)
            case .outcomes: (OutcomeSheetReader.required, OutcomeSheetReader.optional)
            case .costs: (ReportCostSheetReader.required, ReportCostSheetReader.optional)
            }
        }
    }

    public struct Result: Sendable {
        /// The files read, as messages name them.
        public var files: [String]
        /// Per table: records added, corrected and unchanged.
        public var changes: RegistryChanges
        /// The attendance conflicts at the activities the files recorded.
        public var conflicts: [AttendanceConflict]
    }

    /// Imports `files`, each of the given kind, in one transaction: the sheets as data, each
    /// named as messages should name it (an upload by its file name, a file by its path).
    /// - Throws: `.badInput` with every problem (nothing recorded), `.notReady` before the first
    ///   import, `.store`.
    public static func run(_ files: [(file: InputFile, sheet: Sheet)], workspace: Workspace, now: Date)
        async throws(TwinLinkError) -> Result
    {
        try await run(files, unreadable: [], workspace: workspace, now: now)
    }

    /// Imports the files at `files` (paths as the user gave them), each of the given kind, in one
    /// transaction; a file that cannot be read is one more problem.
    public static func run(_ files: [(path: String, sheet: Sheet)], workspace: Workspace, now: Date)
        async throws(TwinLinkError) -> Result
    {
        var loaded: [(file: InputFile, sheet: Sheet)] = []
        var unreadable: [ImportIssue] = []
        for (path, sheet) in files {
            if let file = InputFile.contents(ofPath: path) {
                loaded.append((file, sheet))
            } else {
                unreadable.append(
                    ImportIssue(file: path, line: 0, field: "(file)", value: path, problem: "the file cannot be read"))
            }
        }
        return try await run(loaded, unreadable: unreadable, workspace: workspace, now: now)
    }

    private static func run(
        _ files: [(file: InputFile, sheet: Sheet)], unreadable: [ImportIssue], workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> Result {
        let lookup = try await AttendanceLookup(workspace: workspace, now: now)
        var attendance: [AttendanceEntry] = []
        var outcomes: [RecordedOutcome] = []
        var costs: [ActivityCosts] = []
        var issues = unreadable
        for (file, kind) in files {
            let columns = kind.columns
            let (sheet, problems) = RecordSheet.read(
                data: file.data, file: file.name, required: columns.required, optional: columns.optional)
            issues += problems
            guard let sheet else { continue }
            switch kind {
            case .attendance:
                let read = AttendanceSheetReader(lookup: lookup).entries(sheet)
                attendance += read.entries
                issues += read.issues
            case .outcomes:
                let read = OutcomeSheetReader(lookup: lookup).entries(sheet)
                outcomes += read.entries
                issues += read.issues
            case .costs:
                let read = ReportCostSheetReader(lookup: lookup).entries(sheet)
                costs += read.entries
                issues += read.issues
            }
        }
        guard issues.isEmpty else { throw .badInput(ImportFailure(issues: issues)) }
        let changes: RegistryChanges
        do {
            changes = try await workspace.store.writing({ [attendance, outcomes, costs] access in
                try access.saveAttendanceRecords(
                    attendance: attendance, outcomes: outcomes, costs: costs)
            })
        } catch {
            throw .store(error)
        }
        let touched = Set(attendance.map(\.record.activityID))
        let conflicts = try await ReportRecords.load(workspace).conflicts.filter { touched.contains($0.activityID) }
        return Result(files: files.map(\.file.name), changes: changes, conflicts: conflicts)
    }

    /// The sheets in a registry folder's `attendance/`, `outcomes/` and `costs/` folders, by
    /// kind and name; none where the folders are missing.
    public static func sheets(inRegistry directory: String) -> [(path: String, sheet: Sheet)] {
        Sheet.allCases.flatMap { kind -> [(path: String, sheet: Sheet)] in
            let folder = (directory.hasSuffix("/") ? directory : directory + "/") + kind.folderName
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            return names.filter { $0.hasSuffix(".csv") }.sorted().map { (folder + "/" + $0, kind) }
        }
    }
}
