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
                outcomes: try access.outcomes().map(recorded), costs: try access.attendanceCosts().map(costs))
        }
    }

    static func recorded(_ entry: OutcomeEntry) -> RecordedOutcome {
        RecordedOutcome(
            activityID: entry.activityID, enterpriseID: entry.enterpriseID,
            partnerEnterpriseID: entry.partnerEnterpriseID, meetingRequestID: entry.meetingRequestID, kind: entry.kind,
            check: entry.isFollowUpCheck ? .followUp : .initial, date: entry.date, note: entry.note,
            rating: entry.rating)
    }

    static func costs(_ entry: AttendanceCosts) -> ActivityCosts {
        ActivityCosts(
            activityID: entry.activityID, preparationHours: WorkHours(hundredths: entry.preparationHoursHundredths),
            hourlyRate: entry.hourlyRate, hall: entry.hall, service: entry.service,
            smeCostPerDelegate: entry.smeCostPerDelegate, note: entry.note)
    }
}

extension ProgrammeRecords {
    /// Every attendance conflict in the records.
    var conflicts: [AttendanceConflict] { AttendanceReview.conflicts(in: self) }
}
