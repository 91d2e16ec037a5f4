public import Foundation
public import TwinLinkDomain
import TwinLinkImport
import TwinLinkReports
public import TwinLinkStore

/// Use case: `twinlink outcome add`, one outcome typed in by the coordinator after a phone call
/// or an e-mail. It replaces the stored outcome of the same contact, kind and check.
public enum OutcomeAdd {
    public struct Request: Sendable {
        public var activity: String
        public var sme: String?
        public var meeting: String?
        public var partner: String?
        public var outcome: String
        public var check: String
        public var date: String
        public var rating: Int?
        public var note: String?
        /// Who adds it, for the record's source.
        public var actor: String

        public init(
            activity: String, sme: String? = nil, meeting: String? = nil, partner: String? = nil, outcome: String,
            check: String = OutcomeCheck.initial.rawValue, date: String, rating: Int? = nil, note: String? = nil,
            actor: String
        ) {
            self.activity = activity
            self.sme = sme
            self.meeting = meeting
            self.partner = partner
            self.outcome = outcome
            self.check = check
            self.date = date
            self.rating = rating
            self.note = note
            self.actor = actor
        }
    }

    public static func run(_ request: Request, workspace: Workspace, now: Date) async throws(TwinLinkError)
        -> (entry: RecordedOutcome, changes: RegistryChanges.Table)
    {
        let lookup = try await AttendanceLookup(workspace: workspace, now: now)
        let activity = try AttendanceSet.value(lookup.activity(request.activity), "activity", request.activity)
        let meeting = try request.meeting.map { text throws(TwinLinkError) in
            try AttendanceSet.value(lookup.meeting(text, of: activity), "meeting", text)
        }
        var firm = try request.sme.map { text throws(TwinLinkError) in
            try AttendanceSet.value(lookup.firm(text), "sme", text)
        }
        var partner = try request.partner.map { text throws(TwinLinkError) in
            try AttendanceSet.value(lookup.partner(text), "partner", text)
        }
        if let meeting {
            if let firm, firm != meeting.enterpriseID {
                throw .invalidValue(
                    field: "sme", value: firm.rawValue, problem: "meeting \(meeting.id) is \(meeting.enterpriseID)'s")
            }
            if let partner, partner != meeting.partnerEnterpriseID {
                throw .invalidValue(
                    field: "partner", value: partner.rawValue,
                    problem: "meeting \(meeting.id) is with \(meeting.partnerEnterpriseID)")
            }
            firm = meeting.enterpriseID
            partner = meeting.partnerEnterpriseID
        }
        guard let firm else {
            throw .invalidValue(
                field: "sme", value: nil, problem: "name the local firm, or the 1:1 meeting it came from")
        }
        guard let kind = OutcomeKind.parse(code: request.outcome) else {
            throw .invalidValue(field: "outcome", value: request.outcome, problem: "expected \(OutcomeKind.rule)")
        }
        guard let check = OutcomeCheck(code: request.check) else {
            throw .invalidValue(field: "check", value: request.check, problem: "expected \(OutcomeCheck.rule)")
        }
        let date = try AttendanceSet.value(lookup.outcomeDate(request.date, of: activity), "date", request.date)
        if let rating = request.rating, !RecordedOutcome.ratings.contains(rating) {
            throw .invalidValue(
                field: "rating", value: String(rating), problem: "expected 1 (not useful) to 5 (very useful)")
        }
        let entry = RecordedOutcome(
            activityID: activity.id, enterpriseID: firm, partnerEnterpriseID: partner, meetingRequestID: meeting?.id,
            kind: kind, check: check, date: date, note: request.note, rating: request.rating,
            source: "added by \(request.actor)")
        do {
            return (entry, try await workspace.store.writing({ try $0.saveOutcomes([entry]) }))
        } catch {
            throw .store(error)
        }
    }
}
