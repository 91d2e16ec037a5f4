import TwinLinkDomain

/// Lookups over `ProgrammeRecords`, built once: who is who, the delegation of each event, the
/// stored 1:1 schedules and the attendance records of each activity and person.
struct RecordsIndex {
    let records: ProgrammeRecords
    let people: [Identifier<Person>: Person]
    let firms: [Identifier<LocalEnterprise>: LocalEnterprise]
    let partners: [Identifier<PartnerEnterprise>: PartnerEnterprise]
    let cities: [Identifier<PartnerCity>: PartnerCity]
    let events: [Identifier<MutualEvent>: MutualEvent]
    let requests: [Identifier<MeetingRequest>: MeetingRequest]
    let activities: [Identifier<Activity>: Activity]
    let delegations: [Identifier<MutualEvent>: Delegation]
    let sizeClasses: [Identifier<LocalEnterprise>: SizeClass]
    /// Stored schedules by session and request.
    let schedules: [Identifier<Activity>: [Identifier<MeetingRequest>: ScheduledMeeting]]
    /// Attendance records by activity, then person.
    let attendance: [Identifier<Activity>: [Identifier<Person>: [AttendanceRecord]]]

    init(_ records: ProgrammeRecords) {
        self.records = records
        let registry = records.registry
        people = Dictionary(registry.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        firms = Dictionary(registry.enterprises.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        partners = Dictionary(registry.partnerEnterprises.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        cities = Dictionary(registry.partnerCities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        events = Dictionary(registry.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        requests = Dictionary(registry.meetingRequests.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        activities = Dictionary(records.activities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let allocations = Dictionary(
            records.allocations.map { ($0.activityID, $0) }, uniquingKeysWith: { first, _ in first })
        delegations = Dictionary(
            uniqueKeysWithValues: events.values.map { event in
                (
                    event.id,
                    Delegation(
                        event: event, applications: registry.applications,
                        allocation: allocations[Delegation.visitID(of: event)])
                )
            })
        sizeClasses = Dictionary(
            uniqueKeysWithValues: registry.enterprises.map {
                ($0.id, EnterpriseSize.assess($0, links: registry.enterpriseLinks).sizeClass)
            })
        var schedules: [Identifier<Activity>: [Identifier<MeetingRequest>: ScheduledMeeting]] = [:]
        for meeting in records.scheduledMeetings {
            schedules[meeting.activityID, default: [:]][meeting.requestID] = meeting
        }
        self.schedules = schedules
        var attendance: [Identifier<Activity>: [Identifier<Person>: [AttendanceRecord]]] = [:]
        for record in records.attendance {
            attendance[record.activityID, default: [:]][record.personID, default: []].append(record)
        }
        self.attendance = attendance
    }

    // MARK: - Who is who

    /// The local firm a person works for, if any.
    func firm(of person: Identifier<Person>) -> LocalEnterprise? {
        guard case .localEnterprise(let id)? = people[person]?.organisation else { return nil }
        return firms[id]
    }

    /// Programme staff organise; their own check-ins are neither counted nor questioned.
    func isStaff(_ person: Identifier<Person>) -> Bool { people[person]?.organisation == .programme }

    /// The partner cities an activity is with: its own, else its event's host city, else (an
    /// event at home) the cities invited to it.
    func partnerCities(of activity: Activity) -> [Identifier<PartnerCity>] {
        if let city = activity.partnerCityID { return [city] }
        guard let event = events[activity.eventID] else { return [] }
        if case .partnerCity(let city) = event.host { return [city] }
        return event.invitedPartnerCityIDs
    }

    func delegation(of activity: Activity) -> Delegation? { delegations[activity.eventID] }

    // MARK: - Who is expected

    /// The 1:1 meetings of a session: its stored schedule, or (none stored) every request of its
    /// event. Empty for other activities.
    func meetings(of activity: Activity) -> [MeetingRequest] {
        guard activity.kind == .businessMeetings else { return [] }
        if let schedule = schedules[activity.id], !schedule.isEmpty {
            return schedule.keys.sorted().compactMap { requests[$0] }
        }
        return records.registry.meetingRequests.filter { $0.eventID == activity.eventID }
    }

    /// Whether the session has a stored schedule.
    func hasSchedule(_ activity: Activity) -> Bool { !(schedules[activity.id]?.isEmpty ?? true) }

    /// The two sides of a 1:1 meeting: the firm's delegates (its contact person where it has no
    /// seat) and the partner enterprise's contact person.
    func parties(of request: MeetingRequest, in activity: Activity) -> (
        local: [Identifier<Person>], partner: [Identifier<Person>]
    ) {
        let delegates = delegation(of: activity)?.member(for: request.enterpriseID)?.delegates ?? []
        let local = delegates.isEmpty ? [firms[request.enterpriseID]?.contactPersonID].compactMap { $0 } : delegates
        let partner = [partners[request.partnerEnterpriseID]?.contactPersonID].compactMap { $0 }
        return (local, partner)
    }

    /// The people an activity expects, each once, in a stable order: the delegation for a study
    /// visit; the delegation and the partner cities' contacts for an online meeting; both sides
    /// of every meeting for a 1:1 session. These are the people TwinLink invites.
    func expectedPeople(at activity: Activity) -> [Identifier<Person>] {
        let delegates = delegation(of: activity)?.delegates ?? []
        var people: [Identifier<Person>]
        switch activity.kind {
        case .outgoingStudyVisit, .incomingStudyVisit:
            people = delegates
        case .onlineIntroduction, .onlineFollowUp:
            people = delegates + partnerCities(of: activity).compactMap { cities[$0]?.contactPersonID }
        case .businessMeetings:
            people = meetings(of: activity).flatMap { request in
                let sides = parties(of: request, in: activity)
                return sides.local + sides.partner
            }
        }
        var seen: Set<Identifier<Person>> = []
        return people.filter { seen.insert($0).inserted }
    }

    // MARK: - What happened

    /// The combined status of a person at an activity, from all their records there.
    func status(of person: Identifier<Person>, at activity: Identifier<Activity>) -> AttendanceRecord.Status? {
        AttendanceRecord.Status.combined((attendance[activity]?[person] ?? []).map(\.status))
    }

    /// The people with records at an activity (staff left out), sorted.
    func recordedPeople(at activity: Identifier<Activity>) -> [Identifier<Person>] {
        (attendance[activity]?.keys.filter { !isStaff($0) } ?? []).sorted()
    }

    /// The day a 1:1 meeting took place: its scheduled start's day, else the session's first day.
    func day(of request: Identifier<MeetingRequest>, in activity: Activity) -> LocalDate {
        if let meeting = schedules[activity.id]?[request] { return meeting.start.local(in: activity.start.zone).date }
        return activity.firstLocalDay
    }

    /// A 1:1 meeting was held when someone of the local firm and someone of the partner
    /// enterprise both attended it.
    func isHeld(_ request: MeetingRequest, in activity: Identifier<Activity>) -> Bool {
        let attended = (attendance[activity] ?? [:]).filter { _, records in
            records.contains { $0.meetingRequestID == request.id && $0.status == .attended }
        }.keys
        let organisations = Set(attended.compactMap { people[$0]?.organisation })
        return organisations.contains(.localEnterprise(request.enterpriseID))
            && organisations.contains(.partnerEnterprise(request.partnerEnterpriseID))
    }

    /// The requests of a session that someone attended (a meeting of the records, whether held or
    /// not), sorted.
    func attendedRequests(at activity: Identifier<Activity>) -> [Identifier<MeetingRequest>] {
        let ids = (attendance[activity] ?? [:]).values.joined().filter { $0.status == .attended }
            .compactMap(\.meetingRequestID)
        return Array(Set(ids)).sorted()
    }
}
