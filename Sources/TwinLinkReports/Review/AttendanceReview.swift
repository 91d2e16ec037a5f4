import TwinLinkDomain

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
                            detail:
                                "recorded as \(record.status.label) at 1:1 meeting \(requestID) (\(request.enterpriseID) with \(request.partnerEnterpriseID)), "
                                + "but is not a party to it: \(meetingReason(person, request, activity, index))"))
                } else if !expected.contains(person) {
                    conflicts.append(
                        AttendanceConflict(
                            kind: .notExpected, activityID: activity.id, personID: person, day: record.day,
                            detail:
                                "recorded as \(record.status.label), but \(activity.id) does not expect them: "
                                + reason(person, activity, index)))
                }
            }
        }
        return conflicts
    }

    /// Why a person is not expected at an activity, from what the records say about them.
    static func reason(_ person: Identifier<Person>, _ activity: Activity, _ index: RecordsIndex) -> String {
        guard let who = index.people[person] else { return "\(person) is not in the registry" }
        guard let firm = index.firm(of: person) else {
            return "\(person) works for \(who.organisation), which is not part of \(activity.id)"
        }
        let applications = index.records.registry.applications.filter {
            $0.eventID == activity.eventID && $0.enterpriseID == firm.id
        }
        guard let application = applications.first else { return "\(firm.id) did not apply to \(activity.eventID)" }
        let delegation = index.delegation(of: activity)
        guard let member = delegation?.member(for: firm.id) else {
            if let withdrawn = application.withdrawnAt {
                return
                    "application \(application.id) of \(firm.id) was withdrawn on \(ZonedInstant.formatUTC(withdrawn).prefix(10))"
            }
            return
                "application \(application.id) of \(firm.id) is not accepted in \(delegation?.basisText ?? "the allocation")"
        }
        if !member.delegates.contains(person) {
            return "\(person) is not among the \(member.delegates.count) delegate(s) of application \(application.id) "
                + "(\(member.seats) seat(s))"
        }
        return "\(person) is not expected at a \(activity.kind.rawValue)"
    }

    private static func meetingReason(
        _ person: Identifier<Person>, _ request: MeetingRequest, _ activity: Activity, _ index: RecordsIndex
    ) -> String {
        guard let who = index.people[person] else { return "\(person) is not in the registry" }
        switch who.organisation {
        case .localEnterprise(let firm) where firm == request.enterpriseID:
            return "\(person) does not hold a seat of \(firm) in the delegation"
        case .partnerEnterprise(let partner) where partner == request.partnerEnterpriseID:
            return "the meeting's partner contact is someone else"
        default:
            return "\(person) works for \(who.organisation)"
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
                        detail: "attended 1:1 meeting \(request), which is not in the schedule of \(activity.id)"))
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
                        let when = noShow.day.map { "on \($0)" } ?? "for the whole activity"
                        conflicts.append(
                            AttendanceConflict(
                                kind: .noShowWithMeeting, activityID: activity.id, personID: person, day: noShow.day,
                                meetingRequestID: request,
                                detail:
                                    "recorded as no-show at \(activity.id) \(when), but attended 1:1 meeting \(request) "
                                    + "at \(session.id) on \(day)"))
                    }
                }
            }
        }
        return conflicts
    }
}
