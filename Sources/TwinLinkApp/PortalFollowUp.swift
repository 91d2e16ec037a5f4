public import Foundation
import TwinLinkAllocation
public import TwinLinkDomain
public import TwinLinkStore

/// Use case: after an event, on the SME portal. The firm sees the activities it took part in (a
/// seat on a study visit, 1:1 meetings in a session), records its outcome for each (through
/// ``OutcomeAdd``, the coordinator's own use case: lead, offer, contract, joint project, the
/// initial check or the 6-month follow-up), and a delegate downloads their personal briefing pack.
public enum PortalFollowUp {
    public struct Taken: Sendable {
        public var activity: Activity
        /// The firm's scheduled 1:1 meetings in the activity (empty for a study visit).
        public var meetings: [MeetingRequest]
    }

    /// The activities `id` took part in: a seat on a study visit, or scheduled 1:1 meetings.
    public static func activities(
        of id: Identifier<LocalEnterprise>, workspace: Workspace
    ) async throws(TwinLinkError) -> [Taken] {
        let path = workspace.databasePath
        return try await workspace.read { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            let latest = try access.latestAllocations()
            let requests = Dictionary(
                uniqueKeysWithValues: registry.meetingRequests.filter { $0.enterpriseID == id }.map { ($0.id, $0) })
            let scheduled = try access.allScheduledMeetings().filter { requests[$0.requestID] != nil }
            return try access.activities().compactMap { activity -> Taken? in
                let seated =
                    latest[activity.id]?.decisions.contains { $0.enterpriseID == id && $0.seats > 0 } ?? false
                let meetings = scheduled.filter { $0.activityID == activity.id }.compactMap { requests[$0.requestID] }
                guard seated || !meetings.isEmpty else { return nil }
                return Taken(activity: activity, meetings: meetings)
            }
        }
    }

    /// Records the firm's outcome of one of its own activities (and meetings).
    public static func record(
        _ id: Identifier<LocalEnterprise>, activity: String, meeting: String?, outcome: String, check: String,
        date: String, rating: Int?, note: String?, by actor: String, workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> RecordedOutcome {
        let taken = try await activities(of: id, workspace: workspace)
        guard let entry = taken.first(where: { $0.activity.id.rawValue == activity }) else {
            throw .notFound("your firm took no part in \(activity)")
        }
        if let meeting, !entry.meetings.contains(where: { $0.id.rawValue == meeting }) {
            throw .notFound("no 1:1 meeting \(meeting) of your firm in \(activity)")
        }
        let request = OutcomeAdd.Request(
            activity: activity, sme: id.rawValue, meeting: meeting, outcome: outcome, check: check, date: date,
            rating: rating, note: note, actor: actor)
        return try await OutcomeAdd.run(request, workspace: workspace, now: now).entry
    }

    /// The personal briefing pack (HTML) of the account's person for `activity`; `nil` when the
    /// person has none (not a seated delegate of it).
    public static func pack(
        account: Account, activity: Identifier<Activity>, workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> String? {
        let registry = try await workspace.registry()
        guard let person = PortalPerson.of(account, in: registry) else { return nil }
        let output = OutputCollection()
        _ = try await WriteDocuments.briefingPacks(for: activity, workspace: workspace, output: output, now: now)
        let name = "pack-\(activity.rawValue)-\(person.id.rawValue).html"
        return output.files.first { ($0.key as NSString).lastPathComponent == name }.map {
            String(decoding: $0.value, as: UTF8.self)
        }
    }
}
