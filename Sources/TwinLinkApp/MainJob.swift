import Foundation
public import TwinLinkDomain
import TwinLinkMeetingScheduler
public import TwinLinkPlanning
public import TwinLinkStore

/// Use case: `twinlink run DIR --out OUT`, every stage of the programme cycle that the data
/// allows. Idempotent: a second run on the same files changes nothing and writes the same files.
public enum MainJob {
    /// Called as each stage starts: (stage number, stage count, what it does).
    public typealias Progress = (Int, Int, String) -> Void

    public struct Report: Sendable {
        public var changes: RegistryChanges
        public var plan: ActivityPlan
        public var allocations: AllocationBatch
        /// Every 1:1 session, scheduled again or kept unchanged.
        public var sessions: [ScheduleSessionMeetings.Result]
        public var invites: WriteInvites.Report
        public var attendance: ReportStage.Result
        public var writtenFiles: [String]
        public var summary: String
    }

    /// What a run said when nothing had changed since the last one (``RunRecord``).
    public struct UpToDate: Sendable {
        /// The registry's tables, every record unchanged.
        public var registry: RegistryChanges
        public var activities: Int
        public var allocations: Int
        public var allocationSkipped: String?
        public var invites: Int
        public var files: Int
    }

    public enum Outcome: Sendable {
        case ran(Report)
        /// Nothing changed since the last run into the same folder: no stage ran, no file was written.
        case upToDate(UpToDate)
    }

    /// `twinlink run`: nothing at all when the registry files, the calendars, the database and the
    /// files of the last run into the same folder are as that run left them (and the run's instant
    /// is not the system clock's); otherwise ``run(registryDirectory:output:workspace:summary:progress:)``.
    public static func runIfChanged(
        registryDirectory: String, output: OutputFolder, workspace: Workspace,
        summary render: (Summary) -> String, progress: Progress = { _, _, _ in }
    ) async throws(TwinLinkError) -> Outcome {
        guard let folder = output.folder else {
            return .ran(
                try await run(
                    registryDirectory: registryDirectory, output: output, workspace: workspace, summary: render,
                    progress: progress))
        }
        _ = try OutputFiles(directory: folder.path)
        let path = workspace.databasePath
        let clock = workspace.clock
        let summary = await OffPool.run {
            RunRecord.upToDate(registryDirectory: registryDirectory, folder: folder, databasePath: path, clock: clock)
        }
        if let summary {
            progress(
                1, stages,
                "nothing changed since the last run into \(output.name): the registry files, the calendars, "
                    + "the database and the files there are as it left them; every stage is up to date")
            return .upToDate(
                UpToDate(
                    registry: summary.registry, activities: summary.activities, allocations: summary.allocations,
                    allocationSkipped: summary.allocationSkipped, invites: summary.invites, files: summary.files))
        }
        return .ran(
            try await run(
                registryDirectory: registryDirectory, output: output, workspace: workspace, summary: render,
                progress: progress))
    }

    static let stages = 11

    /// What the programme summary (`summary.md`) shows, as values; the shell renders it.
    public struct Summary: Sendable {
        public var registry: Registry
        /// The programme's "today": its reference date, else the day of the run.
        public var today: LocalDate
        public var plan: ActivityPlan
        public var allocations: AllocationBatch
        public var sessions: [ScheduleSessionMeetings.Result]
    }

    public static func run(
        registryDirectory: String, output: any OutputSink, workspace: Workspace,
        summary render: (Summary) -> String, progress: Progress = { _, _, _ in }
    ) async throws(TwinLinkError) -> Report {
        // Refuse an output path that is a file before any work, and clear temporaries a killed run left.
        if let folder = output.folder { _ = try OutputFiles(directory: folder.path) }
        // Everything is checked before anything changes: the registry files and the calendars they name.
        let files = try ImportRegistry.folder(registryDirectory)
        let read = try ImportRegistry.read(files: files)
        let checked = read.0
        let calendarsPath = checked.programme.calendarsPath.map {
            $0.hasPrefix("/") ? $0 : registryDirectory + "/" + $0
        }
        // What this run is made from, taken before it reads anything else (for the run record).
        let inputs = output.folder.flatMap { folder in
            RunRecord.inputs(
                registryDirectory: registryDirectory, calendars: calendarsPath, clock: workspace.clock,
                exclude: [workspace.databasePath, folder.path])
        }
        let calendars = try calendarsPath.map { (path) throws(TwinLinkError) in
            try ImportCalendars.prepare(
                path: path, registry: checked, now: workspace.clock.now(for: checked.programme))
        }
        progress(1, stages, "importing the registry from \(registryDirectory)")
        let clock = workspace.clock
        let changes = try await ImportRegistry.apply(read, of: files, into: workspace.store) { registry in
            clock.now(for: registry.programme)
        }
        let programme = try await workspace.registry().programme
        let now = clock.now(for: programme)

        if let calendars, let path = calendarsPath {
            progress(2, stages, "importing the holiday calendars and event feeds in \(path)")
            _ = try await ImportCalendars.apply(calendars, workspace: workspace)
        } else {
            progress(2, stages, "no calendars folder named in programme.yaml (calendars:); skipped")
        }

        progress(3, stages, "planning visits, online meetings and 1:1 sessions")
        let plan = try await PlanActivities.run(workspace: workspace, now: now)

        progress(4, stages, "allocating the seats of every study visit with applications")
        let allocations = try await AllocateSeats.runAll(workspace: workspace, now: now, actor: "twinlink run")

        progress(5, stages, "scheduling the 1:1 meetings of every session")
        let sessions = try await ScheduleSessionMeetings.runAll(
            workspace: workspace, now: now, seed: programme.planning.seed ?? 0)

        progress(6, stages, "writing invites for what is new or changed to \(output.name)/invites")
        let invites = try await WriteInvites.run(workspace: workspace, output: output.subfolder("invites"), now: now)

        progress(7, stages, "writing information material for partner cities and digests for local firms")
        var written = try await WriteDocuments.informationMaterial(
            workspace: workspace, output: output.subfolder("documents/info-material"), now: now
        ).files
        written += try await WriteDocuments.digests(
            workspace: workspace, output: output.subfolder("documents/digests"), now: now
        ).files

        progress(8, stages, "writing the briefing packs of every study visit with a final allocation")
        written += try await WriteDocuments.briefingPacks(
            workspace: workspace, output: output.subfolder("documents/packs"), now: now
        ).files

        // The summary, the report and the export go into place together: one sync per folder.
        let batch = try output.folder.map { (folder) throws(TwinLinkError) in
            try BatchedFolderSink(folder, name: output.name)
        }
        let together: any OutputSink = batch ?? output
        progress(9, stages, "writing the programme summary")
        let registry = try await workspace.registry()
        let summary = render(
            Summary(
                registry: registry, today: Format.referenceDate(registry.programme, now: now), plan: plan,
                allocations: allocations, sessions: sessions))
        written.append(try together.put(summary, at: "summary.md"))
        progress(
            10, stages, "recording attendance, outcomes and costs; writing the report to \(output.name)/report")
        let attendance = try await ReportStage.run(
            registryDirectory: registryDirectory, output: together, workspace: workspace, now: now)
        written += attendance.report.files

        // Last, so that it holds everything this run stored.
        progress(11, stages, "exporting the database to \(output.name)/registry.json")
        // Put into place and let go before the run record reads the database: not both in memory.
        written.append(
            try together.put(try await RegistryExport.make(from: workspace.store).json(), at: "registry.json"))
        try batch?.commit()
        let report = Report(
            changes: changes, plan: plan, allocations: allocations, sessions: sessions, invites: invites,
            attendance: attendance,
            writtenFiles: written,
            summary: summary)
        if let folder = output.folder {
            // With the system clock no two runs are alike: a record would never match.
            let fixedTime = workspace.clock.fixed != nil || programme.referenceDate != nil
            try await record(
                report, inputs: fixedTime ? inputs : nil, calendars: calendarsPath, folder: folder, workspace: workspace
            )
        }
        return report
    }

    /// Leaves the run record (``RunRecord``) in `folder`, or removes an old one when this run
    /// cannot have one.
    private static func record(
        _ report: Report, inputs: String?, calendars: String?, folder: URL, workspace: Workspace
    ) async throws(TwinLinkError) {
        let file = folder.appendingPathComponent(RunRecord.fileName)
        do {
            try await workspace.store.checkpoint()
        } catch {
            throw .store(error)
        }
        let path = workspace.databasePath
        let record: RunRecord? = await OffPool.run {
            guard let inputs, let database = RunRecord.databaseHash(path) else { return nil }
            var tables = report.changes.tables
            for index in tables.indices {
                let table = tables[index]
                var same = RegistryChanges.Table(name: table.name)
                same.unchanged = table.inserted + table.updated + table.unchanged + table.returned
                same.notInFiles = table.notInFiles
                same.notInFilesIDs = table.notInFilesIDs
                tables[index] = same
            }
            let held = report.invites.changes.filter { $0.method == "REQUEST" }.count + report.invites.unchanged
            let summary = RunRecord.Summary(
                registry: RegistryChanges(tables: tables), activities: report.plan.activities.count,
                allocations: report.allocations.outcomes.count, allocationSkipped: report.allocations.skipped,
                invites: held, files: report.writtenFiles.count)
            return RunRecord(
                inputs: inputs, calendars: calendars, database: database, outputs: RunRecord.outputsHash(folder),
                summary: summary)
        }
        guard let record else {
            try? FileManager.default.removeItem(at: file)
            return
        }
        let data: Data
        do {
            data = try JSONEncoder.stable.encode(record)
        } catch {
            throw .internalFailure("the run record cannot be encoded: \(error)")
        }
        try OutputFiles(directory: folder.path).write(data, to: RunRecord.fileName)
    }
}
