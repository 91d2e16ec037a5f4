import TwinLinkDomain
import TwinLinkLocalization

/// Finds the attendance records that contradict each other or the plan (see `AttendanceConflict`).
/// Programme staff's own check-ins are left out: they organise the activity.
public enum AttendanceReview {
    /// Every conflict in the records, sorted by activity, person, day and meeting.
    public static func conflicts(in records: ProgrammeRecords) -> [AttendanceConflict] {
        let index = RecordsIndex(records)
        var conflicts: [AttendanceConflict] = []
        for activity in records.activities.sorted(by: { $0.id < $1.id }) {
            conflicts += unexpected(at: activity, index)
            conflicts += unscheduledMeetings(at: activity, index)
            conflicts += noShowsWithMeetings(at: activity, index)
        }
        return conflicts.sorted()
    }

    /// Records of people the activity (or the meeting) did not expect.
    private static func unexpected(at activity: Activity, _ index: RecordsIndex) -> [AttendanceConflict] {
        let expected = Set(index.expectedPeople(at: activity))
        var conflicts: [AttendanceConflict] = []
        for person in index.recordedPeople(at: activity.id) {
            for record in index.attendance[activity.id]?[person] ?? [] {
                if let requestID = record.meetingRequestID, let request = index.requests[requestID] {
                    let sides = index.parties(of: request, in: activity)
                    guard !(sides.local + sides.partner).contains(person) else { continue }
                    conflicts.append(
                        AttendanceConflict(
                            kind: .notExpected, activityID: activity.id, personID: person,
                            meetingRequestID: requestID,
                            message: Message(
                                "report_conflict_meeting_not_party",
                                [
                                    "status": .message(record.status.message), "meeting": .verbatim(requestID.rawValue),
                                    "firm": .verbatim(request.enterpriseID.rawValue),
                                    "partner": .verbatim(request.partnerEnterpriseID.rawValue),
                                    "reason": .message(meetingReason(person, request, activity, index)),
                                ])))
                } else if !expected.contains(person) {
                    conflicts.append(
                        AttendanceConflict(
                            kind: .notExpected, activityID: activity.id, personID: person, day: record.day,
                            message: Message(
                                "report_conflict_not_expected",
                                [
                                    "status": .message(record.status.message),
                                    "activity": .verbatim(activity.id.rawValue),
                                    "reason": .message(reason(person, activity, index)),
                                ])))
                }
            }
        }
        return conflicts
    }

    /// Why a person is not expected at an activity, from what the records say about them.
    static func reason(_ person: Identifier<Person>, _ activity: Activity, _ index: RecordsIndex) -> Message {
        let who: Message.Argument = .verbatim(person.rawValue)
        guard let record = index.people[person] else {
            return Message("report_reason_not_in_registry", ["person": who])
        }
        guard let firm = index.firm(of: person) else {
            return Message(
                "report_reason_other_organisation",
                [
                    "person": who, "organisation": .verbatim(record.organisation.description),
                    "activity": .verbatim(activity.id.rawValue),
                ])
        }
        let applications = index.records.registry.applications.filter {
            $0.eventID == activity.eventID && $0.enterpriseID == firm.id
        }
        guard let application = applications.first else {
            return Message(
                "report_reason_did_not_apply",
                ["firm": .verbatim(firm.id.rawValue), "event": .verbatim(activity.eventID.rawValue)])
        }
        let names: [String: Message.Argument] = [
            "application": .verbatim(application.id.rawValue), "firm": .verbatim(firm.id.rawValue),
        ]
        let delegation = index.delegation(of: activity)
        guard let member = delegation?.member(for: firm.id) else {
            if let withdrawn = application.withdrawnAt {
                return Message(
                    "report_reason_withdrawn",
                    names.merging(["day": .verbatim(String(ZonedInstant.formatUTC(withdrawn).prefix(10)))]) { $1 })
            }
            let basis =
                delegation.map { Message.Argument.message($0.basisMessage) } ?? .message(Message("report_basis_none"))
            return Message("report_reason_not_accepted", names.merging(["basis": basis]) { $1 })
        }
        if !member.delegates.contains(person) {
            return Message(
                "report_reason_not_delegate",
                names.merging([
                    "person": who,
                    "delegates": .message(Message("report_count_delegates", count: member.delegates.count)),
                    "seats": .message(Message("report_count_seats", count: member.seats)),
                ]) { $1 })
        }
        return Message(
            "report_reason_kind", ["person": who, "kind": .message(Message(ReportScope.kindKey(activity.kind)))])
    }

    private static func meetingReason(
        _ person: Identifier<Person>, _ request: MeetingRequest, _ activity: Activity, _ index: RecordsIndex
    ) -> Message {
        let who: Message.Argument = .verbatim(person.rawValue)
        guard let record = index.people[person] else {
            return Message("report_reason_not_in_registry", ["person": who])
        }
        switch record.organisation {
        case .localEnterprise(let firm) where firm == request.enterpriseID:
            return Message("report_reason_no_seat_of_firm", ["person": who, "firm": .verbatim(firm.rawValue)])
        case .partnerEnterprise(let partner) where partner == request.partnerEnterpriseID:
            return Message("report_reason_other_partner_contact")
        default:
            return Message(
                "report_reason_works_for", ["person": who, "organisation": .verbatim(record.organisation.description)])
        }
    }

    /// Meetings attended that are not in a stored schedule (sessions without one are not checked).
    private static func unscheduledMeetings(at activity: Activity, _ index: RecordsIndex) -> [AttendanceConflict] {
        guard index.hasSchedule(activity) else { return [] }
        var conflicts: [AttendanceConflict] = []
        for person in index.recordedPeople(at: activity.id) {
            for record in index.attendance[activity.id]?[person] ?? [] where record.status == .attended {
                guard let request = record.meetingRequestID, index.schedules[activity.id]?[request] == nil else {
                    continue
                }
                conflicts.append(
                    AttendanceConflict(
                        kind: .meetingNotScheduled, activityID: activity.id, personID: person,
                        meetingRequestID: request,
                        message: Message(
                            "report_conflict_not_scheduled",
                            ["meeting": .verbatim(request.rawValue), "activity": .verbatim(activity.id.rawValue)])))
            }
        }
        return conflicts
    }

    /// No-shows (for a day, or for the whole activity) of people who attended a 1:1 meeting of
    /// the same event on that day.
    private static func noShowsWithMeetings(at activity: Activity, _ index: RecordsIndex) -> [AttendanceConflict] {
        let sessions = index.records.activities.filter {
            $0.kind == .businessMeetings && $0.eventID == activity.eventID
        }.sorted { $0.id < $1.id }
        guard !sessions.isEmpty else { return [] }
        var conflicts: [AttendanceConflict] = []
        for person in index.recordedPeople(at: activity.id) {
            let noShows = (index.attendance[activity.id]?[person] ?? []).filter {
                $0.status == .noShow && $0.meetingRequestID == nil
            }
            for noShow in noShows {
                for session in sessions {
                    let meetings = (index.attendance[session.id]?[person] ?? []).filter {
                        $0.status == .attended && $0.meetingRequestID != nil
                    }
                    for meeting in meetings {
                        let request = meeting.meetingRequestID!
                        let day = index.day(of: request, in: session)
                        let clashes = noShow.day.map { $0 == day } ?? activity.includes(day: day)
                        guard clashes else { continue }
                        conflicts.append(
                            AttendanceConflict(
                                kind: .noShowWithMeeting, activityID: activity.id, personID: person, day: noShow.day,
                                meetingRequestID: request,
                                message: Message(
                                    noShow.day == nil
                                        ? "report_conflict_no_show_whole" : "report_conflict_no_show_on_day",
                                    [
                                        "activity": .verbatim(activity.id.rawValue),
                                        "day": .verbatim(noShow.day?.iso ?? ""), "meeting": .verbatim(request.rawValue),
                                        "session": .verbatim(session.id.rawValue), "meeting_day": .verbatim(day.iso),
                                    ])))
                    }
                }
            }
        }
        return conflicts
    }
}
