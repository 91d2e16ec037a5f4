import Foundation
public import TwinLinkDomain

/// Reads an outcome survey (docs/attendance-and-outcomes.md): per contact of a local firm at an
/// activity, the furthest outcome at the first or second check, its date, a note and a rating.
public struct OutcomeSheetReader {
    public static let required = ["activity", "outcome", "date"]
    public static let optional = ["sme", "meeting", "partner_enterprise", "check", "rating", "note"]

    public let lookup: AttendanceLookup

    public init(lookup: AttendanceLookup) {
        self.lookup = lookup
    }

    /// The outcomes of the sheet, and the problems of its rows.
    public func entries(_ sheet: RecordSheet) -> (entries: [RecordedOutcome], issues: [ImportIssue]) {
        var entries: [RecordedOutcome] = []
        var issues: [ImportIssue] = []
        var firstLine: [[String]: Int] = [:]
        for row in sheet.rows {
            var check = AttendanceRowCheck(row)
            if let entry = entry(&check, source: "\(sheet.file):\(row.line)") {
                let key = [
                    entry.activityID.rawValue, entry.enterpriseID.rawValue, entry.partnerEnterpriseID?.rawValue ?? "",
                    entry.meetingRequestID?.rawValue ?? "", entry.kind?.rawValue ?? OutcomeKind.noneCode,
                    entry.check.rawValue,
                ]
                if let line = firstLine[key] {
                    check.report("outcome", "line \(line) already records this outcome of this contact at this check")
                } else {
                    firstLine[key] = row.line
                    entries.append(entry)
                }
            }
            issues += check.issues
        }
        return (entries, issues)
    }

    /// The row's outcome, or `nil` with its problems in `check`.
    private func entry(_ check: inout AttendanceRowCheck, source: String) -> RecordedOutcome? {
        let kind = check.required("outcome") { text -> Result<OutcomeKind?, AttendanceProblem> in
            OutcomeKind.parse(code: text).map(Result.success) ?? .failure("expected \(OutcomeKind.rule)")
        }
        let round = check.optional("check") { text -> Result<OutcomeCheck, AttendanceProblem> in
            OutcomeCheck(code: text).map(Result.success) ?? .failure("expected \(OutcomeCheck.rule)")
        }
        let rating = check.optional("rating") { text -> Result<Int, AttendanceProblem> in
            guard let value = Int(text), RecordedOutcome.ratings.contains(value) else {
                return .failure("expected a whole number from 1 (not useful) to 5 (very useful)")
            }
            return .success(value)
        }
        var firm = check.optional("sme", lookup.firm)
        var partner = check.optional("partner_enterprise", lookup.partner)
        guard let activity = check.required("activity", lookup.activity) else { return nil }
        let date = check.required("date") { lookup.outcomeDate($0, of: activity) }
        let meeting = check.optional("meeting") { lookup.meeting($0, of: activity) }
        if case .some(.some(let request)) = meeting {
            // A meeting names the firm and the partner; given ones must be the meeting's.
            if case .some(.some(let given)) = firm, given != request.enterpriseID {
                check.report("sme", "meeting \(request.id) is \(request.enterpriseID)'s; leave sme empty or give that")
            }
            if case .some(.some(let given)) = partner, given != request.partnerEnterpriseID {
                check.report(
                    "partner_enterprise",
                    "meeting \(request.id) is with \(request.partnerEnterpriseID); leave it empty or give that")
            }
            firm = .some(request.enterpriseID)
            partner = .some(request.partnerEnterpriseID)
        } else if case .some(nil) = firm {
            check.report("sme", "a value is required where no meeting is given")
        }
        guard check.issues.isEmpty, let firm = firm ?? nil, let partner, let meeting, let kind, let date, let round,
            let rating
        else { return nil }
        return RecordedOutcome(
            activityID: activity.id, enterpriseID: firm, partnerEnterpriseID: partner, meetingRequestID: meeting?.id,
            kind: kind, check: round ?? .initial, date: date, note: check.row.value("note"),
            rating: rating, source: source)
    }
}
