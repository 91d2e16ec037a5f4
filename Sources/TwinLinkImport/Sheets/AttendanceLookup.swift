public import Foundation
public import TwinLinkDomain

/// What checking attendance, outcomes and costs against the database needs: people by id and by
/// e-mail, activities, firms, partners and meeting requests, and the programme's "today". Each
/// check returns the value or the problem in words, for an `ImportIssue` or a CLI error.
public struct AttendanceLookup {
    public let registry: Registry
    public let activities: [Identifier<Activity>: Activity]
    public let today: LocalDate
    private let people: [Identifier<Person>: Person]
    private let peopleByEmail: [String: Person]
    private let firms: Set<Identifier<LocalEnterprise>>
    private let partners: Set<Identifier<PartnerEnterprise>>
    private let requests: [Identifier<MeetingRequest>: MeetingRequest]

    public init(registry: Registry, activities: [Activity], today: LocalDate) {
        self.registry = registry
        self.activities = Dictionary(activities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.today = today
        people = Dictionary(registry.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        peopleByEmail = Dictionary(
            registry.people.map { ($0.email.rawValue.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        firms = Set(registry.enterprises.map(\.id))
        partners = Set(registry.partnerEnterprises.map(\.id))
        requests = Dictionary(registry.meetingRequests.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public var currency: CurrencyCode { registry.programme.currency }

    /// A person by id (`person-geoplan-1`) or e-mail (any case).
    public func person(_ text: String) -> Result<Identifier<Person>, AttendanceProblem> {
        let found =
            text.contains("@") ? peopleByEmail[text.lowercased()] : Identifier(rawValue: text).flatMap { people[$0] }
        guard let found else {
            return .failure("no person with this \(text.contains("@") ? "e-mail" : "id") in the registry")
        }
        return .success(found.id)
    }

    public func activity(_ text: String) -> Result<Activity, AttendanceProblem> {
        guard let id = Identifier<Activity>(rawValue: text) else {
            return .failure("expected an activity id of \(Identifier<Activity>.rule)")
        }
        guard let activity = activities[id] else {
            return .failure(
                "no such activity; ids look like visit-<event>, intro-<event>, b2b-<event> (the plan lists them)")
        }
        return .success(activity)
    }

    public func firm(_ text: String) -> Result<Identifier<LocalEnterprise>, AttendanceProblem> {
        guard let id = Identifier<LocalEnterprise>(rawValue: text), firms.contains(id) else {
            return .failure("no local firm with this id in the registry")
        }
        return .success(id)
    }

    public func partner(_ text: String) -> Result<Identifier<PartnerEnterprise>, AttendanceProblem> {
        guard let id = Identifier<PartnerEnterprise>(rawValue: text), partners.contains(id) else {
            return .failure("no partner enterprise with this id in the registry")
        }
        return .success(id)
    }

    /// A meeting request of `activity`'s event.
    public func meeting(_ text: String, of activity: Activity) -> Result<MeetingRequest, AttendanceProblem> {
        guard let request = Identifier<MeetingRequest>(rawValue: text).flatMap({ requests[$0] }) else {
            return .failure("no meeting request with this id in the registry")
        }
        guard request.eventID == activity.eventID else {
            return .failure(
                "the meeting belongs to \(request.eventID), not to \(activity.id)'s event \(activity.eventID)")
        }
        return .success(request)
    }

    /// A day of `activity`.
    public func day(_ text: String, of activity: Activity) -> Result<LocalDate, AttendanceProblem> {
        guard let day = LocalDate(iso: text) else { return .failure("expected \(LocalDate.rule)") }
        guard activity.includes(day: day) else {
            return .failure(
                "not a day of \(activity.id), which runs \(activity.firstLocalDay) to \(activity.lastLocalDay)")
        }
        return .success(day)
    }

    /// A day that lies between the start of `activity` and the programme's today.
    public func outcomeDate(_ text: String, of activity: Activity) -> Result<LocalDate, AttendanceProblem> {
        guard let day = LocalDate(iso: text) else { return .failure("expected \(LocalDate.rule)") }
        guard day >= activity.firstLocalDay else {
            return .failure("before \(activity.id) started on \(activity.firstLocalDay)")
        }
        guard day <= today else { return .failure("after today (\(today)); record outcomes once they are known") }
        return .success(day)
    }

    /// A status that fits the activity's time: nobody attends (or misses) what has not started.
    public func status(_ text: String, at activity: Activity) -> Result<AttendanceRecord.Status, AttendanceProblem> {
        guard let status = AttendanceRecord.Status(code: text) else {
            return .failure("expected \(AttendanceRecord.Status.rule)")
        }
        if status != .excused && activity.firstLocalDay > today {
            return .failure(
                "\(activity.id) starts on \(activity.firstLocalDay), after today (\(today)); only excused fits")
        }
        if activity.status == .cancelled { return .failure("\(activity.id) is cancelled") }
        return .success(status)
    }

    /// A check-in instant on one of the activity's days (and on `day`, if given).
    public func checkInTime(_ text: String, at activity: Activity, day: LocalDate?) -> Result<Date, AttendanceProblem> {
        guard let instant = ZonedInstant.parseInstant(text) else {
            return .failure("expected an ISO 8601 instant with its offset, such as 2026-11-17T09:05:00+01:00")
        }
        let local = LocalDate(instant, in: activity.start.zone.timeZone)
        if let day, local != day {
            return .failure("falls on \(local) in \(activity.start.zone), not on the day \(day)")
        }
        guard activity.includes(day: local) else {
            return .failure(
                "falls on \(local), not a day of \(activity.id) (\(activity.firstLocalDay) to \(activity.lastLocalDay))"
            )
        }
        return .success(instant)
    }

    /// An amount in the programme's currency.
    public func money(_ text: String) -> Result<Money, AttendanceProblem> {
        guard let money = Money.parse(text, currency: currency) else {
            return .failure("expected an amount in \(currency) with at most two decimals, such as 1250.50")
        }
        return .success(money)
    }
}
