public import Foundation
public import TwinLinkDomain
public import TwinLinkMeetingScheduler
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
        /// The requests whose meeting was dropped because they no longer stand (their firm lost
        /// its seat, or the request was withdrawn), by id.
        public var cancelled: [String] = []
        /// Nothing the schedule depends on changed since it was stored (``SessionInputs``): it was
        /// kept as it was, with its figures, and the scheduler did not run.
        public var unchanged = false
    }

    /// Schedules (or re-schedules, with the fewest moves) one session, in one write transaction.
    /// - Parameter provisional: also seat the firms a provisional allocation accepts (the
    ///   coordinator schedules before the allocation is final); once chosen, re-runs keep them
    ///   until the allocation is final.
    public static func run(
        activity id: Identifier<Activity>, workspace: Workspace, seed: UInt64 = 0, effort: Int = 1,
        provisional: Bool = false
    ) async throws(TwinLinkError) -> Result {
        let path = workspace.databasePath
        return try await workspace.write { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            return try schedule(
                id, in: access, registry: registry, seed: seed, effort: effort, provisional: provisional)
        }
    }

    /// Every session of 1:1 meetings that has not started yet, in one write transaction; a
    /// session that has started (or taken place) keeps the schedule it was held with, and is
    /// scheduled only if it never was. Held sessions are reported the same way on every run, so
    /// the main job's output repeats.
    public static func runAll(workspace: Workspace, now: Date, seed: UInt64 = 0) async throws(TwinLinkError) -> [Result]
    {
        let path = workspace.databasePath
        return try await workspace.write { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            let activities = try access.activities()
            let scheduled = Set(try access.allScheduledMeetings().map(\.activityID))
            // Scheduling changes neither the activities nor the seats: read and indexed once.
            let lookup = try SessionLookup(registry: registry, activities: activities, in: access)
            var results: [Result] = []
            let sessions = activities.filter { $0.kind == .businessMeetings && $0.status != .cancelled }
            let progress = ProgressLine("1:1 sessions", total: sessions.count, minimum: 10)
            defer { progress.finish() }
            for activity in sessions {
                defer { progress.advance() }
                if activity.start.instant <= now {
                    if !scheduled.contains(activity.id) {
                        _ = try schedule(
                            activity.id, in: access, registry: registry, seed: seed, effort: 1, lookup: lookup)
                    }
                    results.append(try current(activity, in: access, lookup: lookup, seed: seed))
                } else {
                    results.append(
                        try schedule(activity.id, in: access, registry: registry, seed: seed, effort: 1, lookup: lookup)
                    )
                }
            }
            return results
        }
    }

    /// After the seats of a study visit changed (a withdrawal, an override, a re-run), inside the
    /// transaction that changed them: the event's 1:1 session, if it was scheduled and has not
    /// started, is re-scheduled with the fewest moves (locked meetings stay), so that the firm
    /// that left loses its meetings and a firm that came gets some. `nil` when there is none.
    static func follow(
        allocationOf visit: Activity, in access: RegistryAccess, registry: Registry, now: Date
    ) throws -> Result? {
        let id = Activity.plannedID(.businessMeetings, for: visit.eventID)
        guard let session = try access.activities().first(where: { $0.id == id }), session.status != .cancelled,
            session.start.instant > now, !(try access.scheduledMeetings(for: id)).isEmpty
        else { return nil }
        return try schedule(
            id, in: access, registry: registry, seed: registry.programme.planning.seed ?? 0, effort: 1)
    }

    /// Schedules session `id` inside a running write transaction.
    static func schedule(
        _ id: Identifier<Activity>, in access: RegistryAccess, registry: Registry, seed: UInt64, effort: Int,
        provisional: Bool = false, lookup: SessionLookup? = nil
    ) throws -> Result {
        let lookup = try lookup ?? SessionLookup(registry: registry, activities: try access.activities(), in: access)
        guard let activity = lookup.activities[id] else {
            throw TwinLinkError.notReady("no activity '\(id)'", next: .plan)
        }
        guard activity.kind == .businessMeetings else {
            throw TwinLinkError.invalidArgument(
                "'\(id)' is a \(activity.kind.rawValue), not a session of 1:1 meetings (b2b-…)")
        }
        let stored = try access.scheduledMeetings(for: id)
        let seats = lookup.seating.firms(for: activity.eventID)
        // A provisional seating chosen once stays chosen until the allocation is final.
        let chosen =
            provisional
            || stored.contains { meeting in
                lookup.requests[meeting.requestID].map { seats?[$0.enterpriseID] == .provisional } ?? false
            }
        let instance = Session(lookup: lookup, activity: activity, provisional: chosen).instance()
        let options = MeetingSchedulerOptions(seed: seed, effort: effort)
        let inputs = SessionInputs(activity: activity, instance: instance, options: options, held: false)
        do {
            if let schedule = try inputs.kept(stored, in: access) {
                // As scheduling it again would say: a first schedule when it holds no meeting.
                return Result(
                    activity: activity, schedule: schedule, moves: [], firstSchedule: stored.isEmpty, changed: false,
                    unchanged: true)
            }
            guard !stored.isEmpty else {
                let schedule = try MeetingScheduler.schedule(instance, options: options)
                let changed = try save(schedule, for: activity, in: access, inputs: inputs)
                return Result(activity: activity, schedule: schedule, moves: [], firstSchedule: true, changed: changed)
            }
            let rescheduled = try reschedule(stored, current: instance, options: options)
            let changed = try save(rescheduled.schedule, for: activity, in: access, inputs: inputs)
            let kept = Set(rescheduled.schedule.meetings.map(\.requestID))
            return Result(
                activity: activity, schedule: rescheduled.schedule, moves: rescheduled.moves, firstSchedule: false,
                changed: changed,
                cancelled: stored.map(\.requestID.rawValue).filter { !kept.contains($0) }.sorted())
        } catch let error as MeetingInstanceError {
            throw TwinLinkError.internalFailure(
                "the session \(id) cannot be scheduled: " + error.issues.map(\.description).joined(separator: "; "))
        } catch let error as TwinLinkError {
            throw error
        } catch let error as StoreError {
            throw error
        } catch {
            throw TwinLinkError.internalFailure("the session \(id) cannot be scheduled: \(error)")
        }
    }

    /// A held session as it was scheduled: its stored meetings, every one fixed, with the bound of
    /// everything that was requested.
    private static func current(_ activity: Activity, in access: RegistryAccess, lookup: SessionLookup, seed: UInt64)
        throws -> Result
    {
        let stored = try access.scheduledMeetings(for: activity.id)
        let instance = Session(lookup: lookup, activity: activity, provisional: true).instance()
        let options = MeetingSchedulerOptions(seed: seed, effort: 0)
        let inputs = SessionInputs(activity: activity, instance: instance, options: options, held: true)
        do {
            let schedule: MeetingSchedule
            let kept = try inputs.kept(stored, in: access)
            if let kept {
                schedule = kept
            } else {
                let held = inputs.placed(stored)
                schedule = try MeetingScheduler.assemble(
                    inputs.fixed(held), meetings: held.map(\.meeting),
                    bound: try MeetingScheduler.bound(instance, options: options), seed: seed)
                try access.saveSessionFingerprint(inputs.record(stored, bound: schedule.bound))
            }
            return Result(
                activity: activity, schedule: schedule, moves: [], firstSchedule: false, changed: false,
                unchanged: kept != nil)
        } catch let error as StoreError {
            throw error
        } catch {
            throw TwinLinkError.internalFailure("the held session \(activity.id) cannot be shown: \(error)")
        }
    }

    /// The previous schedule's meetings kept in place, then changed as little as possible: requests
    /// gone are cancelled, new ones added, locked meetings never move.
    private static func reschedule(
        _ stored: [ScheduledMeeting], current: MeetingInstance, options: MeetingSchedulerOptions
    ) throws -> Rescheduling {
        let placed = SessionInputs.placements(stored, in: current)
        var instance = current
        instance.lockedMeetings = placed.filter(\.locked).map(\.meeting)
        return try MeetingScheduler.reschedule(instance, keeping: placed.map(\.meeting), options: options)
    }

    /// Stores the schedule and what it was made from; returns whether the stored meetings changed.
    private static func save(
        _ schedule: MeetingSchedule, for activity: Activity, in access: RegistryAccess, inputs: SessionInputs
    ) throws -> Bool {
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
        let changed = try access.saveSchedule(meetings, for: activity.id)
        try access.saveSessionFingerprint(inputs.record(meetings, bound: schedule.bound))
        return changed
    }
}

/// What the sessions of one registry are made from, indexed once: the activities, the seats, the
/// meeting requests by id and by event, the firms on both sides.
struct SessionLookup {
    let registry: Registry
    let activities: [Identifier<Activity>: Activity]
    let seating: Seating
    let requests: [Identifier<MeetingRequest>: MeetingRequest]
    /// In the registry's order.
    let requestsByEvent: [Identifier<MutualEvent>: [MeetingRequest]]
    let firms: [Identifier<LocalEnterprise>: LocalEnterprise]
    let partners: [Identifier<PartnerEnterprise>: PartnerEnterprise]

    init(registry: Registry, activities: [Activity], seating: Seating) {
        self.registry = registry
        self.activities = Dictionary(activities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.seating = seating
        requests = Dictionary(uniqueKeysWithValues: registry.meetingRequests.map { ($0.id, $0) })
        requestsByEvent = Dictionary(grouping: registry.meetingRequests, by: \.eventID)
        firms = Dictionary(uniqueKeysWithValues: registry.enterprises.map { ($0.id, $0) })
        partners = Dictionary(uniqueKeysWithValues: registry.partnerEnterprises.map { ($0.id, $0) })
    }

    init(registry: Registry, activities: [Activity], in access: RegistryAccess) throws {
        self.init(registry: registry, activities: activities, seating: try Seating(registry: registry, in: access))
    }
}

/// The scheduling instance of one session: who may meet whom, when and where.
struct Session {
    let lookup: SessionLookup
    let activity: Activity
    /// Whether provisionally seated firms meet too (the coordinator's choice).
    let provisional: Bool

    init(lookup: SessionLookup, activity: Activity, provisional: Bool) {
        self.lookup = lookup
        self.activity = activity
        self.provisional = provisional
    }

    init(registry: Registry, activity: Activity, seating: Seating, provisional: Bool) {
        self.init(
            lookup: SessionLookup(registry: registry, activities: [activity], seating: seating), activity: activity,
            provisional: provisional)
    }

    static func participantID(_ firm: Identifier<LocalEnterprise>) -> String { "sme:\(firm)" }
    static func participantID(_ partner: Identifier<PartnerEnterprise>) -> String { "partner:\(partner)" }

    func instance() -> MeetingInstance {
        let settings = lookup.registry.programme.planning.businessMeetings
        // Only seated firms meet: never a rejected or waitlisted one.
        let requests = (lookup.requestsByEvent[activity.eventID] ?? []).filter {
            lookup.seating.meets($0.enterpriseID, at: activity.eventID, provisional: provisional)
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
