import Foundation
import TwinLinkDomain
import TwinLinkStore

/// Use case: `twinlink run DIR --out OUT`, every stage of the programme cycle that the data
/// allows. Idempotent: a second run on the same files changes nothing and writes the same files.
public enum MainJob {
    /// Called as each stage starts: (stage number, stage count, what it does).
    public typealias Progress = (Int, Int, String) -> Void

    public struct Report: Sendable {
        public var changes: RegistryChanges
        public var writtenFiles: [String]
        public var summary: String
    }

    public static func run(
        registryDirectory: String, outputDirectory: String, workspace: Workspace, now: Date,
        progress: Progress = { _, _, _ in }
    ) throws(TwinLinkError) -> Report {
        let stages = 3
        progress(1, stages, "importing the registry from \(registryDirectory)")
        let changes = try ImportRegistry.run(directory: registryDirectory, into: workspace.store, now: now)

        progress(2, stages, "exporting the database to \(outputDirectory)/registry.json")
        let output = try OutputFiles(directory: outputDirectory)
        let export = try RegistryExport.make(from: workspace.store)
        var written = [try output.write(export.json(), to: "registry.json").path]

        progress(3, stages, "writing the programme summary")
        let registry = Registry(
            programme: export.programme, partnerCities: export.partnerCities, enterprises: export.localEnterprises,
            enterpriseLinks: export.enterpriseLinks, partnerEnterprises: export.partnerEnterprises,
            people: export.people,
            events: export.mutualEvents, applications: export.applications, meetingRequests: export.meetingRequests)
        let summary = ProgrammeSummary.markdown(registry, today: Format.referenceDate(registry.programme, now: now))
        written.append(try output.write(summary, to: "summary.md").path)
        return Report(changes: changes, writtenFiles: written, summary: summary)
    }
}
