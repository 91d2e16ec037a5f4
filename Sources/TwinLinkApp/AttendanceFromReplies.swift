import Foundation
import TwinLinkDomain
public import TwinLinkStore

/// Use case: turn the RSVP replies already imported (`twinlink import-replies`) into attendance.
/// A participant who declined an invite is excused from that activity (or that 1:1 meeting):
/// they said so in advance. Accepted or tentative replies record nothing, since saying yes is not
/// coming; the check-in lists say who came. A record already there — from a check-in list or
/// typed in — always wins over a reply.
public enum AttendanceFromReplies {
    /// The iCalendar participation status that excuses.
    static let declined = "DECLINED"

    /// Records the excused absences; returns what changed.
    public static func run(workspace: Workspace) async throws(TwinLinkError) -> RegistryChanges.Table {
        do {
            let store = workspace.store
            let recorded = Set(
                try await store.reading({ try $0.attendance() }).map { entry in
                    [
                        entry.record.activityID.rawValue, entry.record.personID.rawValue,
                        entry.record.meetingRequestID?.rawValue ?? "",
                    ]
                })
            let recordedAnywhere = Set(recorded.map { [$0[0], $0[1]] })
            var entries: [AttendanceEntry] = []
            for invite in try await store.reading({ try $0.invites() })
            where invite.lastMethod == .request && invite.participationStatus?.uppercased() == declined {
                let key = [
                    invite.activityID.rawValue, invite.personID.rawValue, invite.meetingRequestID?.rawValue ?? "",
                ]
                // An activity-level reply gives way to any record of the person at the activity.
                let taken =
                    invite.meetingRequestID == nil
                    ? recordedAnywhere.contains([key[0], key[1]]) : recorded.contains(key)
                guard !taken else { continue }
                entries.append(
                    AttendanceEntry(
                        record: AttendanceRecord(
                            activityID: invite.activityID, personID: invite.personID,
                            meetingRequestID: invite.meetingRequestID, status: .excused,
                            source: "RSVP \(declined) to \(invite.uid)")))
            }
            return try await store.writing({ [entries] access in try access.saveAttendance(entries) })
        } catch {
            throw .store(error)
        }
    }
}
