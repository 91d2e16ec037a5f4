import Foundation
public import TwinLinkDomain

/// Reads a check-in list, as a sign-in sheet or a scanning app exports it (docs/attendance-and-
/// outcomes.md): one row per person and activity, activity day or 1:1 meeting.
public struct AttendanceSheetReader {
    public static let required = ["person", "activity", "status"]
    public static let optional = ["day", "meeting", "time"]

    public let lookup: AttendanceLookup

    public init(lookup: AttendanceLookup) {
        self.lookup = lookup
    }

    /// The records of the sheet, and the problems of its rows.
    public func entries(_ sheet: RecordSheet) -> (entries: [AttendanceEntry], issues: [ImportIssue]) {
        var entries: [AttendanceEntry] = []
        var issues: [ImportIssue] = []
        var firstLine: [[String]: Int] = [:]
        for row in sheet.rows {
            var check = AttendanceRowCheck(row)
            if let entry = entry(&check, source: "\(sheet.file):\(row.line)") {
                let record = entry.record
                let key = [
                    record.activityID.rawValue, record.personID.rawValue, record.day?.iso ?? "",
                    record.meetingRequestID?.rawValue ?? "",
                ]
                if let line = firstLine[key] {
                    check.report("person", "line \(line) already records this person at this activity, day and meeting")
                } else {
                    firstLine[key] = row.line
                    entries.append(entry)
                }
            }
            issues += check.issues
        }
        return (entries, issues)
    }

    /// The row's record, or `nil` with its problems in `check`.
    private func entry(_ check: inout AttendanceRowCheck, source: String) -> AttendanceEntry? {
        let person = check.required("person", lookup.person)
        guard let activity = check.required("activity", lookup.activity) else {
            // The status can still be checked on its own.
            _ = check.required("status") {
                AttendanceRecord.Status(code: $0).map(Result.success)
                    ?? .failure("expected \(AttendanceRecord.Status.rule)")
            }
            return nil
        }
        let status = check.required("status") { lookup.status($0, at: activity) }
        let day = check.optional("day") { lookup.day($0, of: activity) }
        let meeting = check.optional("meeting") { text -> Result<MeetingRequest, AttendanceProblem> in
            guard activity.kind == .businessMeetings else {
                return .failure("\(activity.id) is not a session of 1:1 meetings; record meetings at b2b-<event>")
            }
            return lookup.meeting(text, of: activity)
        }
        if case .some(.some) = day, case .some(.some) = meeting {
            check.report("day", "give a day or a meeting, not both: a meeting has its own day")
        }
        let time = check.optional("time") { lookup.checkInTime($0, at: activity, day: day ?? nil) }
        guard let person, let status, let day, let meeting, let time, check.issues.isEmpty else { return nil }
        return AttendanceEntry(
            record: AttendanceRecord(
                activityID: activity.id, personID: person, day: day, meetingRequestID: meeting?.id, status: status,
                source: source),
            checkedInAt: time)
    }
}
