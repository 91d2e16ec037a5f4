import Foundation
import TwinLinkDomain
import TwinLinkMeetingScheduler
import TwinLinkStore

/// Use case: `twinlink schedule-meetings ACTIVITY`. Fills a session of 1:1 business meetings
/// from the event's meeting requests: the firms of the delegation (the accepted applications of
/// the event's visit, when seats have been allocated) meet partner enterprises in the session's
/// slots at its tables. Re-running after a change keeps locked meetings and moves as few others as
/// it can, and lists the moves.
public enum ScheduleSessionMeetings {
    public struct Result: Sendable {
        public let activity: Activity
        public let schedule: MeetingSchedule
        /// Empty for a first schedule.
        public let moves: [MeetingMove]
        public let firstSchedule: Bool
        public let changed: Bool
    }

    public static func run(
        activity id: Identifier<Activity>, workspace: Workspace, seed: UInt64 = 0, effort: Int = 1
    ) throws(TwinLinkError) -> Result {
        let registry = try workspace.registry()
        let activities: [Activity]
        let stored: [ScheduledMeeting]
        let accepted: [AcceptedApplication]
        do {
            activities = try workspace.store.activities()
            stored = try workspace.store.scheduledMeetings(for: id)
            accepted = try workspace.store.acceptedApplications()
        } catch {
            throw .store(error)
        }
        guard let activity = activities.first(where: { $0.id == id }) else {
            throw .notReady("no activity '\(id)': run 'twinlink plan' first")
        }
        guard activity.kind == .businessMeetings else {
            throw .invalidArgument("'\(id)' is a \(activity.kind.rawValue), not a session of 1:1 meetings (b2b-…)")
        }
        return try run(
            activity, lookup: SessionLookup(registry: registry, accepted: accepted), stored: stored,
            workspace: workspace, seed: seed, effort: effort)
    }

    /// Schedules one session from records read once for every session of a run.
    private static func run(
        _ activity: Activity, lookup: SessionLookup, stored: [ScheduledMeeting], workspace: Workspace, seed: UInt64,
        effort: Int = 1
    ) throws(TwinLinkError) -> Result {
        let id = activity.id
        let instance = Session(lookup: lookup, activity: activity).instance()
        let options = MeetingSchedulerOptions(seed: seed, effort: effort)
        do {
            guard !stored.isEmpty else {
                let schedule = try MeetingScheduler.schedule(instance, options: options)
                let changed = try save(schedule, for: activity, workspace: workspace)
                return Result(activity: activity, schedule: schedule, moves: [], firstSchedule: true, changed: changed)
            }
            let rescheduled = try reschedule(stored, current: instance, options: options)
            let changed = try save(rescheduled.schedule, for: activity, workspace: workspace)
            return Result(
                activity: activity, schedule: rescheduled.schedule, moves: rescheduled.moves, firstSchedule: false,
                changed: changed)
        } catch let error as MeetingInstanceError {
            throw .invalidArgument(
                "the session \(id) cannot be scheduled: " + error.issues.map(\.description).joined(separator: "; "))
        } catch let error as TwinLinkError {
            throw error
        } catch {
            throw .invalidArgument("the session \(id) cannot be scheduled: \(error)")
        }
    }

    /// Every session of 1:1 meetings that has not started yet; a session that has started (or
    /// taken place) keeps the schedule it was held with, and is scheduled only if it never was.
    /// Held sessions are reported the same way on every run, so the main job's output repeats.
    public static func runAll(workspace: Workspace, now: Date, seed: UInt64 = 0) throws(TwinLinkError) -> [Result] {
        let registry = try workspace.registry()
        let activities: [Activity]
        var stored: [Identifier<Activity>: [ScheduledMeeting]]
        let accepted: [AcceptedApplication]
        do {
            activities = try workspace.store.activities()
            stored = Dictionary(grouping: try workspace.store.allScheduledMeetings(), by: \.activityID)
            accepted = try workspace.store.acceptedApplications()
        } catch {
            throw .store(error)
        }
        // The registry and the seats are read once for every session, not once per session.
        let lookup = SessionLookup(registry: registry, accepted: accepted)
        var results: [Result] = []
        let sessions = activities.filter { $0.kind == .businessMeetings && $0.status != .cancelled }
        let progress = ProgressLine("1:1 sessions", total: sessions.count, minimum: 10)
        defer { progress.finish() }
        for activity in sessions {
            defer { progress.advance() }
            if activity.start.instant <= now {
                if stored[activity.id] == nil {
                    _ = try run(activity, lookup: lookup, stored: [], workspace: workspace, seed: seed)
                    do {
                        stored[activity.id] = try workspace.store.scheduledMeetings(for: activity.id)
                    } catch {
                        throw .store(error)
                    }
                }
                results.append(
                    try current(activity, lookup: lookup, stored: stored[activity.id] ?? [], seed: seed))
            } else {
                results.append(
                    try run(
                        activity, lookup: lookup, stored: stored[activity.id] ?? [], workspace: workspace, seed: seed))
            }
        }
        return results
    }

    /// A held session as it was scheduled: its stored meetings, with the bound recomputed.
    private static func current(
        _ activity: Activity, lookup: SessionLookup, stored: [ScheduledMeeting], seed: UInt64
    ) throws(TwinLinkError) -> Result {
        do {
            let instance = Session(lookup: lookup, activity: activity).instance()
            let slots = Dictionary(uniqueKeysWithValues: instance.slots.map { ($0.start, $0.id) })
            let tables = Dictionary(uniqueKeysWithValues: instance.tables.map { ($0.name, $0.id) })
            let known = Set(instance.requests.map(\.id))
            var held = instance
            held.lockedMeetings = stored.compactMap { meeting in
                guard known.contains(meeting.requestID.rawValue), let slot = slots[meeting.start.instant],
                    let table = tables[meeting.table]
                else { return nil }
                return LockedMeeting(requestID: meeting.requestID.rawValue, slotID: slot, tableID: table)
            }
            let heldRequests = Set(held.lockedMeetings.map(\.requestID))
            held.requests = instance.requests.filter { heldRequests.contains($0.id) }
            var schedule = try MeetingScheduler.schedule(held, options: MeetingSchedulerOptions(seed: seed, effort: 0))
            // Figures against everything that was requested, not only what was held.
            let full = try MeetingScheduler.schedule(instance, options: MeetingSchedulerOptions(seed: seed, effort: 0))
            let heldIDs = Set(held.requests.map(\.id))
            schedule.instance = instance
            schedule.bound = full.bound
            schedule.statistics.requestCount = instance.requests.count
            schedule.unscheduledRequestIDs = instance.requests.map(\.id).filter { !heldIDs.contains($0) }.sorted()
            schedule.statistics.unscheduledRequestCount = schedule.unscheduledRequestIDs.count
            return Result(activity: activity, schedule: schedule, moves: [], firstSchedule: false, changed: false)
        } catch {
            throw .invalidArgument("the held session \(activity.id) cannot be shown: \(error)")
        }
    }

    /// The previous schedule, rebuilt with its meetings in place, then changed as little as possible:
    /// requests gone are cancelled, new ones added, locked meetings never move.
    private static func reschedule(
        _ stored: [ScheduledMeeting], current: MeetingInstance, options: MeetingSchedulerOptions
    ) throws -> Rescheduling {
        let slotByStart = Dictionary(uniqueKeysWithValues: current.slots.map { ($0.start, $0.id) })
        let tableByName = Dictionary(uniqueKeysWithValues: current.tables.map { ($0.name, $0.id) })
        let requestsNow = Dictionary(uniqueKeysWithValues: current.requests.map { ($0.id, $0) })
        var placed: [LockedMeeting] = []
        var originallyLocked: Set<String> = []
        for meeting in stored {
            guard requestsNow[meeting.requestID.rawValue] != nil, let slot = slotByStart[meeting.start.instant],
                let table = tableByName[meeting.table]
            else { continue }
            placed.append(LockedMeeting(requestID: meeting.requestID.rawValue, slotID: slot, tableID: table))
            if meeting.locked { originallyLocked.insert(meeting.requestID.rawValue) }
        }
        let placedIDs = Set(placed.map(\.requestID))
        var previousInstance = current
        previousInstance.requests = current.requests.filter { placedIDs.contains($0.id) }
        previousInstance.lockedMeetings = placed
        var previous = try MeetingScheduler.schedule(
            previousInstance, options: MeetingSchedulerOptions(seed: options.seed, effort: 0))
        previous.instance.lockedMeetings = placed.filter { originallyLocked.contains($0.requestID) }
        previous.meetings = previous.meetings.map { meeting in
            var copy = meeting
            copy.isLocked = originallyLocked.contains(meeting.requestID)
            return copy
        }
        let added = current.requests.filter { !placedIDs.contains($0.id) }.map(ScheduleChange.addRequest)
        return try MeetingScheduler.reschedule(previous, applying: added, options: options)
    }

    private static func save(_ schedule: MeetingSchedule, for activity: Activity, workspace: Workspace) throws -> Bool {
        let slots = Dictionary(uniqueKeysWithValues: schedule.instance.slots.map { ($0.id, $0) })
        let tables = Dictionary(uniqueKeysWithValues: schedule.instance.tables.map { ($0.id, $0.name) })
        let zone = activity.start.zone
        let meetings = schedule.meetings.compactMap { meeting -> ScheduledMeeting? in
            guard let slot = slots[meeting.slotID],
                let request = Identifier<MeetingRequest>(rawValue: meeting.requestID)
            else { return nil }
            return ScheduledMeeting(
                activityID: activity.id, requestID: request, start: ZonedInstant(instant: slot.start, zone: zone),
                end: ZonedInstant(instant: slot.end, zone: zone), table: tables[meeting.tableID] ?? meeting.tableID,
                locked: meeting.isLocked)
        }
        return try workspace.store.saveSchedule(meetings, for: activity.id)
    }
}

/// The scheduling instance of one session: who may meet whom, when and where.
struct Session {
    let lookup: SessionLookup
    let activity: Activity

    init(lookup: SessionLookup, activity: Activity) {
        self.lookup = lookup
        self.activity = activity
    }

    init(registry: Registry, activity: Activity, accepted: [AcceptedApplication]) {
        self.init(lookup: SessionLookup(registry: registry, accepted: accepted), activity: activity)
    }

    static func participantID(_ firm: Identifier<LocalEnterprise>) -> String { "sme:\(firm)" }
    static func participantID(_ partner: Identifier<PartnerEnterprise>) -> String { "partner:\(partner)" }

    func instance() -> MeetingInstance {
        let settings = lookup.settings
        let event = lookup.events[activity.eventID]
        let visit = Activity.plannedID(
            event?.host == .home ? .incomingStudyVisit : .outgoingStudyVisit, for: activity.eventID)
        let seats = lookup.seats[visit] ?? []
        let delegation = Set(seats.compactMap { lookup.applications[$0.applicationID]?.enterpriseID })
        let anyAllocation = !seats.isEmpty
        // With seats allocated, only the delegation's firms meet; before that, every requester.
        let requests = (lookup.requests[activity.eventID] ?? []).filter {
            !anyAllocation || delegation.contains($0.enterpriseID)
        }
        let firms = lookup.firms
        let partners = lookup.partners
        var participants: [String: MeetingParticipant] = [:]
        for request in requests {
            let sme = Self.participantID(request.enterpriseID)
            let partner = Self.participantID(request.partnerEnterpriseID)
            participants[sme] = MeetingParticipant(
                id: sme, name: firms[request.enterpriseID]?.legalName ?? sme,
                maximumMeetings: settings.maxMeetingsPerParticipant)
            participants[partner] = MeetingParticipant(
                id: partner, name: partners[request.partnerEnterpriseID]?.name ?? partner,
                maximumMeetings: settings.maxMeetingsPerParticipant)
        }
        let slotLength = TimeInterval(settings.slotMinutes * 60)
        let count = max(
            1, Int((activity.end.instant.timeIntervalSince(activity.start.instant) / slotLength).rounded(.down)))
        let slots = (0..<count).map { index in
            MeetingSlot(
                id: String(format: "s%02d", index + 1),
                start: activity.start.instant.addingTimeInterval(Double(index) * slotLength),
                end: activity.start.instant.addingTimeInterval(Double(index + 1) * slotLength))
        }
        let tables = (1...max(1, settings.tables)).map {
            MeetingTable(id: String(format: "t%02d", $0), name: "Table \($0)")
        }
        return MeetingInstance(
            participants: participants.values.sorted { $0.id < $1.id }, slots: slots, tables: tables,
            requests: requests.map { request in
                let sme = Self.participantID(request.enterpriseID)
                let partner = Self.participantID(request.partnerEnterpriseID)
                let asker: String? =
                    switch request.requestedBy {
                    case .sme: sme
                    case .partner: partner
                    case .both: nil
                    }
                return RequestedMeeting(
                    id: request.id.rawValue, participantA: sme, participantB: partner, weight: request.weight,
                    requestedBy: asker)
            })
    }
}

/// The registry keyed for building session instances, made once for every session of a run:
/// building one instance then costs in proportion to its own requests.
struct SessionLookup {
    let settings: BusinessMeetingSettings
    let events: [Identifier<MutualEvent>: MutualEvent]
    let applications: [Identifier<Application>: Application]
    let seats: [Identifier<Activity>: [AcceptedApplication]]
    let requests: [Identifier<MutualEvent>: [MeetingRequest]]
    let firms: [Identifier<LocalEnterprise>: LocalEnterprise]
    let partners: [Identifier<PartnerEnterprise>: PartnerEnterprise]

    init(registry: Registry, accepted: [AcceptedApplication]) {
        settings = registry.programme.planning.businessMeetings
        events = Dictionary(registry.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        applications = Dictionary(uniqueKeysWithValues: registry.applications.map { ($0.id, $0) })
        seats = Dictionary(grouping: accepted, by: \.activityID)
        requests = Dictionary(grouping: registry.meetingRequests, by: \.eventID)
        firms = Dictionary(uniqueKeysWithValues: registry.enterprises.map { ($0.id, $0) })
        partners = Dictionary(uniqueKeysWithValues: registry.partnerEnterprises.map { ($0.id, $0) })
    }
}
