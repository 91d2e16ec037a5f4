public import Foundation
public import TwinLinkDomain
import TwinLinkMeetingScheduler
import TwinLinkStore

/// Use case (the desk's 1:1 grid): lock, unlock or move one scheduled meeting of a session, each
/// in one write transaction. A move is checked by the scheduler's own validator with every meeting
/// of the session held where it is: a move that puts a table or a participant in two meetings at
/// once, or into a slot they cannot use, is refused with the validator's reason and nothing changes.
/// A moved meeting is locked, so that re-scheduling keeps it where the coordinator put it.
public enum SessionMeetingEdit {
    public enum Change: Sendable, Equatable {
        case lock
        case unlock
        /// To the slot starting at `start`, at the table named `table` ("Table 2").
        case move(start: Date, table: String)
    }

    /// The session's meetings after the change.
    @discardableResult
    public static func run(
        activity id: Identifier<Activity>, request: Identifier<MeetingRequest>, change: Change, workspace: Workspace
    ) async throws(TwinLinkError) -> [ScheduledMeeting] {
        let path = workspace.databasePath
        return try await workspace.write { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            guard let activity = try access.activities().first(where: { $0.id == id }),
                activity.kind == .businessMeetings
            else {
                throw TwinLinkError.notFound("no session of 1:1 meetings '\(id)'", next: .plan)
            }
            var meetings = try access.scheduledMeetings(for: id)
            guard let index = meetings.firstIndex(where: { $0.requestID == request }) else {
                throw TwinLinkError.notFound("meeting request '\(request)' has no meeting in the session \(id)")
            }
            switch change {
            case .lock: meetings[index].locked = true
            case .unlock: meetings[index].locked = false
            case .move(let start, let table):
                let instance = Session(
                    registry: registry, activity: activity, seating: try Seating(registry: registry, in: access),
                    provisional: true
                ).instance()
                guard let slot = instance.slots.first(where: { $0.start == start }) else {
                    throw TwinLinkError.invalidArgument(
                        "slot: \(ZonedInstant.formatUTC(start)) is not a slot of the session \(id)")
                }
                guard instance.tables.contains(where: { $0.name == table }) else {
                    throw TwinLinkError.invalidArgument(
                        "table: '\(table)' is not a table of the session \(id) (Table 1 to Table \(instance.tables.count))"
                    )
                }
                meetings[index].start = ZonedInstant(instant: slot.start, zone: activity.start.zone)
                meetings[index].end = ZonedInstant(instant: slot.end, zone: activity.start.zone)
                meetings[index].table = table
                meetings[index].locked = true
                try check(meetings, moved: request, against: instance)
            }
            _ = try access.saveSchedule(meetings, for: id)
            return meetings
        }
    }

    /// Every meeting held where it is, as locked meetings the scheduler's validator checks.
    private static func check(
        _ meetings: [ScheduledMeeting], moved: Identifier<MeetingRequest>, against instance: MeetingInstance
    ) throws {
        let slots = Dictionary(uniqueKeysWithValues: instance.slots.map { ($0.start, $0.id) })
        let tables = Dictionary(uniqueKeysWithValues: instance.tables.map { ($0.name, $0.id) })
        let known = Set(instance.requests.map(\.id))
        // The moved meeting goes last, so the validator names it as the one that collides.
        let ordered = meetings.filter { $0.requestID != moved } + meetings.filter { $0.requestID == moved }
        var held = instance
        held.lockedMeetings = ordered.compactMap { meeting in
            guard known.contains(meeting.requestID.rawValue), let slot = slots[meeting.start.instant],
                let table = tables[meeting.table]
            else { return nil }
            return LockedMeeting(requestID: meeting.requestID.rawValue, slotID: slot, tableID: table)
        }
        let names = held.lockedMeetings.enumerated().map { ("locked_meetings[\($0.offset)]", $0.element.requestID) }
        do {
            try held.validate()
        } catch {
            let reasons = error.issues.map { issue in
                var text = issue.description
                for (path, request) in names.reversed() {
                    text = text.replacingOccurrences(of: "$." + path, with: "meeting \(request)")
                        .replacingOccurrences(of: path, with: "meeting \(request)")
                }
                return text
            }
            throw TwinLinkError.conflict(
                "meeting \(moved) cannot move there: " + reasons.joined(separator: "; "))
        }
    }

    /// The session's figures: the weight held, the proven bound on any schedule's weight, and the gap.
    public struct Figures: Sendable, Equatable {
        public var weight: Int
        public var bound: Int
        /// The session's slots (their starts) and tables (their names), for moving a meeting.
        public var slots: [Date]
        public var tables: [String]
        public var gap: Int { bound - weight }
    }

    /// The weight of the stored meetings against the scheduler's bound for the session.
    public static func figures(activity id: Identifier<Activity>, workspace: Workspace) async throws(TwinLinkError)
        -> Figures
    {
        let path = workspace.databasePath
        return try await workspace.read { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            guard let activity = try access.activities().first(where: { $0.id == id }) else {
                throw TwinLinkError.notFound("no session of 1:1 meetings '\(id)'", next: .plan)
            }
            let stored = try access.scheduledMeetings(for: id)
            let weights = Dictionary(uniqueKeysWithValues: registry.meetingRequests.map { ($0.id, $0.weight) })
            let instance = Session(
                registry: registry, activity: activity, seating: try Seating(registry: registry, in: access),
                provisional: true
            ).instance()
            let bound: Int
            do {
                // The bound is the scheduler's own (the same calculation); the baseline's schedule is cheap.
                bound = try BaselineGreedyScheduler.schedule(instance).bound.value
            } catch {
                throw TwinLinkError.internalFailure("the session \(id) cannot be bounded: \(error)")
            }
            return Figures(
                weight: stored.reduce(0) { $0 + (weights[$1.requestID] ?? 0) }, bound: bound,
                slots: instance.slots.map(\.start), tables: instance.tables.map(\.name))
        }
    }
}
