import Foundation
import TwinLinkDomain
import TwinLinkReports
import TwinLinkStore

/// Reads what the report and the attendance checks need from the database, as the plain values
/// of `ProgrammeRecords`.
enum ReportRecords {
    static func load(_ workspace: Workspace) async throws(TwinLinkError) -> ProgrammeRecords {
        let path = workspace.databasePath
        // One snapshot: every figure of the report comes from the database at one instant.
        return try await workspace.read { access in
            // Retired records keep their history.
            guard let registry = try access.registry(includingRetired: true) else {
                throw TwinLinkError.notReady("the database \(path) is empty", next: .importRegistry)
            }
            let versions = try access.latestAllocationVersions()
            let accepted = Dictionary(grouping: try access.acceptedApplications(), by: \.activityID)
            let allocations = versions.keys.sorted().map { activity in
                VisitAllocation(
                    activityID: activity, version: versions[activity]!,
                    seats: Dictionary(
                        (accepted[activity] ?? []).map { ($0.applicationID, $0.seats) },
                        uniquingKeysWith: { first, _ in first }))
            }
            return ProgrammeRecords(
                registry: registry, activities: try access.activities(), allocations: allocations,
                scheduledMeetings: try access.allScheduledMeetings(), attendance: try access.attendance().map(\.record),
                outcomes: try access.outcomes(), costs: try access.attendanceCosts())
        }
    }
}

extension ProgrammeRecords {
    /// Every attendance conflict in the records.
    var conflicts: [AttendanceConflict] { AttendanceReview.conflicts(in: self) }
}
