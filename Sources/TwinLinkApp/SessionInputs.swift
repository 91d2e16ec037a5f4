import Foundation
import TwinLinkAllocation
import TwinLinkDomain
import TwinLinkMeetingScheduler
import TwinLinkStore

/// Everything a session's schedule depends on, as one fingerprint: the scheduler's version, seed
/// and effort; the instance (participants with their names and caps, slots, tables, the requests
/// of the seated firms with their weights and who asked; the seating, the withdrawals and the
/// programme's session settings all end up there); and the meetings stored for the session, with
/// their places and locks. A session whose fingerprint is the one recorded with its stored
/// schedule keeps that schedule: scheduling it again would give the same one.
struct SessionInputs {
    let activity: Activity
    let instance: MeetingInstance
    let options: MeetingSchedulerOptions
    /// A held session (started or over): its meetings are shown as they were, never moved.
    let held: Bool

    /// A stored meeting as the instance's request, slot and table, and whether it is locked.
    struct Placement {
        let meeting: LockedMeeting
        let locked: Bool
    }

    /// The stored meetings that still fit the instance (their request stands, their slot and table
    /// exist), in the stored order.
    static func placements(_ stored: [ScheduledMeeting], in instance: MeetingInstance) -> [Placement] {
        let slotByStart = Dictionary(instance.slots.map { ($0.start, $0.id) }) { first, _ in first }
        let tableByName = Dictionary(instance.tables.map { ($0.name, $0.id) }) { first, _ in first }
        let requests = Set(instance.requests.map(\.id))
        return stored.compactMap { meeting in
            guard requests.contains(meeting.requestID.rawValue), let slot = slotByStart[meeting.start.instant],
                let table = tableByName[meeting.table]
            else { return nil }
            return Placement(
                meeting: LockedMeeting(requestID: meeting.requestID.rawValue, slotID: slot, tableID: table),
                locked: meeting.locked)
        }
    }

    /// The record's kind: a held session's figures are kept apart from its schedule.
    var kind: String { held ? "held" : "scheduled" }

    func placed(_ stored: [ScheduledMeeting]) -> [Placement] { Self.placements(stored, in: instance) }

    /// The instance with the meetings that may not move fixed: every held meeting of a held
    /// session, the locked ones otherwise.
    func fixed(_ placed: [Placement]) -> MeetingInstance {
        var fixed = instance
        fixed.lockedMeetings = placed.filter { held || $0.locked }.map(\.meeting)
        return fixed
    }

    /// The fingerprint of these inputs with `stored` as the session's meetings.
    func fingerprint(_ stored: [ScheduledMeeting]) -> String {
        var hash = SHA256()
        func add(_ text: String) {
            hash.update("|\(text.utf8.count)|")
            hash.update(text)
        }
        add("twinlink-session-1")
        add(MeetingScheduler.version)
        add(activity.id.rawValue)
        add(kind)
        add("seed \(options.seed) effort \(options.effort)")
        let document = MeetingInstanceJSON.encode(instance)
        hash.update("|\(document.count)|")
        hash.update([UInt8](document))
        for meeting in stored.sorted(by: { $0.requestID.rawValue < $1.requestID.rawValue }) {
            add(meeting.requestID.rawValue)
            add(ZonedInstant.formatUTC(meeting.start.instant))
            add(ZonedInstant.formatUTC(meeting.end.instant))
            add(meeting.start.zone.rawValue)
            add(meeting.table)
            add(meeting.locked ? "locked" : "free")
        }
        return hash.hexDigest()
    }

    /// The record to keep with `stored`, the session's meetings as just stored.
    func record(_ stored: [ScheduledMeeting], bound: WeightUpperBound) -> SessionFingerprint {
        SessionFingerprint(
            activityID: activity.id, kind: kind, fingerprint: fingerprint(stored), bound: bound.value,
            lockedWeight: bound.lockedWeight, matchingBound: bound.matchingBound, meetingLimit: bound.meetingLimit)
    }

    /// The stored schedule with its recorded figures when nothing it depends on changed since it
    /// was stored; `nil` otherwise (or when there is no record).
    func kept(_ stored: [ScheduledMeeting], in access: RegistryAccess) throws -> MeetingSchedule? {
        guard let record = try access.sessionFingerprint(for: activity.id, kind: kind),
            record.fingerprint == fingerprint(stored)
        else { return nil }
        // The same instance and stored meetings as when the record was made: the same meetings fit.
        let placed = placed(stored)
        return try MeetingScheduler.assemble(
            fixed(placed), meetings: placed.map(\.meeting),
            bound: WeightUpperBound(
                value: record.bound, lockedWeight: record.lockedWeight, matchingBound: record.matchingBound,
                meetingLimit: record.meetingLimit), seed: options.seed)
    }
}
