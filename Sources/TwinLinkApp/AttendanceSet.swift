public import Foundation
public import TwinLinkDomain
import TwinLinkImport
public import TwinLinkReports
public import TwinLinkStore

/// Use case: `twinlink attendance set`, one record typed in by the coordinator — a correction of
/// a check-in list, or a status nobody scanned. It replaces the record with the same activity,
/// person, day and meeting.
public enum AttendanceSet {
    public struct Request: Sendable {
        public var person: String
        public var activity: String
        public var day: String?
        public var meeting: String?
        public var status: String
        public var time: String?
        /// Who sets it, for the record's source.
        public var actor: String

        public init(
            person: String, activity: String, day: String? = nil, meeting: String? = nil, status: String,
            time: String? = nil, actor: String
        ) {
            self.person = person
            self.activity = activity
            self.day = day
            self.meeting = meeting
            self.status = status
            self.time = time
            self.actor = actor
        }
    }

    public struct Result: Sendable {
        public var record: AttendanceRecord
        /// Whether the record is new (`inserted`), replaced a stored one (`updated`) or was already there.
        public var changes: RegistryChanges.Table
        public var conflicts: [AttendanceConflict]
    }

    /// - Throws: `.invalidValue` naming the field that is wrong, `.store`, `.notReady`.
    public static func run(_ request: Request, workspace: Workspace, now: Date) async throws(TwinLinkError) -> Result {
        let lookup = try await AttendanceLookup(workspace: workspace, now: now)
        let person = try value(lookup.person(request.person), "person", request.person)
        let activity = try value(lookup.activity(request.activity), "activity", request.activity)
        let status = try value(lookup.status(request.status, at: activity), "status", request.status)
        let day = try request.day.map { text throws(TwinLinkError) in
            try value(lookup.day(text, of: activity), "day", text)
        }
        let meeting = try request.meeting.map { text throws(TwinLinkError) in
            guard activity.kind == .businessMeetings else {
                throw .invalidValue(
                    field: "meeting", value: text, problem: "\(activity.id) is not a session of 1:1 meetings")
            }
            return try value(lookup.meeting(text, of: activity), "meeting", text)
        }
        if day != nil && meeting != nil {
            throw .invalidArgument("give a day or a meeting, not both: a meeting has its own day")
        }
        let time = try request.time.map { text throws(TwinLinkError) in
            try value(lookup.checkInTime(text, at: activity, day: day), "time", text)
        }
        let record = AttendanceRecord(
            activityID: activity.id, personID: person, day: day, meetingRequestID: meeting?.id, status: status,
            source: "set by \(request.actor)")
        let changes: RegistryChanges.Table
        do {
            changes = try await workspace.store.writing({
                try $0.saveAttendance([AttendanceEntry(record: record, checkedInAt: time)])
            })
        } catch {
            throw .store(error)
        }
        let conflicts = try await ReportRecords.load(workspace).conflicts.filter {
            $0.activityID == activity.id && $0.personID == person
        }
        return Result(record: record, changes: changes, conflicts: conflicts)
    }

    static func value<T>(_ result: Swift.Result<T, AttendanceProblem>, _ field: String, _ text: String)
        throws(TwinLinkError)
        -> T
    {
        switch result {
        case .success(let value): return value
        case .failure(let problem): throw .invalidValue(field: field, value: text, problem: problem.text)
        }
    }
}
