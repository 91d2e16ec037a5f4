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
        public var invites: WriteInvites.Report
        public var attendance: ReportStage.Result
        public var writtenFiles: [String]
        public var summary: String
    }

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
        let stages = 11
        // Refuse an output path that is a file before any work, and clear temporaries a killed run left.
        if let folder = output.folder { _ = try OutputFiles(directory: folder.path) }
        // Everything is checked before anything changes: the registry files and the calendars they name.
        let (checked, _) = try ImportRegistry.read(directory: registryDirectory)
        let calendarsPath = checked.programme.calendarsPath.map {
            $0.hasPrefix("/") ? $0 : registryDirectory + "/" + $0
        }
        let calendars = try calendarsPath.map { (path) throws(TwinLinkError) in
            try ImportCalendars.prepare(
                path: path, registry: checked, now: workspace.clock.now(for: checked.programme))
        }
        progress(1, stages, "importing the registry from \(registryDirectory)")
        let clock = workspace.clock
        let changes = try await ImportRegistry.run(directory: registryDirectory, into: workspace.store) { registry in
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

        progress(9, stages, "writing the programme summary")
        let registry = try await workspace.registry()
        let summary = render(
            Summary(
                registry: registry, today: Format.referenceDate(registry.programme, now: now), plan: plan,
                allocations: allocations, sessions: sessions))
        written.append(try output.put(summary, at: "summary.md"))
        progress(
            10, stages, "recording attendance, outcomes and costs; writing the report to \(output.name)/report")
        let attendance = try await ReportStage.run(
            registryDirectory: registryDirectory, output: output, workspace: workspace, now: now)
        written += attendance.report.files

        // Last, so that it holds everything this run stored.
        progress(11, stages, "exporting the database to \(output.name)/registry.json")
        let export = try await RegistryExport.make(from: workspace.store)
        written.append(try output.put(export.json(), at: "registry.json"))
        return Report(
            changes: changes, plan: plan, allocations: allocations, invites: invites, attendance: attendance,
            writtenFiles: written,
            summary: summary)
    }
}
