public import Foundation

/// The schedule document that `twinlink schedule-meetings --instance` prints
/// (docs/meeting-scheduler-instance.md): stable JSON with sorted keys.
public enum MeetingScheduleJSON {
    /// The `format` value of a schedule document.
    public static let scheduleFormat = "twinlink-meeting-schedule"

    public static func encode(_ schedule: MeetingSchedule) -> Data {
        let statistics = schedule.statistics
        let document = ScheduleDocument(
            format: scheduleFormat, version: 1, seed: schedule.seed,
            bound: .init(
                upperBound: schedule.bound.value, weight: statistics.weight, gap: schedule.gap,
                ratio: (schedule.ratio * 1_000_000).rounded() / 1_000_000, lockedWeight: schedule.bound.lockedWeight,
                matchingBound: schedule.bound.matchingBound, meetingLimit: schedule.bound.meetingLimit),
            statistics: .init(
                weight: statistics.weight, meetings: statistics.meetingCount,
                lockedMeetings: statistics.lockedMeetingCount, requests: statistics.requestCount,
                unscheduledRequests: statistics.unscheduledRequestCount,
                participantsMeeting: statistics.participantsMeeting, idleSlots: statistics.idleSlots,
                tableChanges: statistics.tableChanges),
            meetings: schedule.meetings.map {
                .init(
                    request: $0.requestID, slot: $0.slotID, table: $0.tableID, a: $0.participantA, b: $0.participantB,
                    weight: $0.weight, locked: $0.isLocked)
            },
            unscheduled: schedule.unscheduledRequestIDs,
            agendas: schedule.agendas().map { agenda in
                .init(
                    participant: agenda.participantID, name: agenda.participantName, idleSlots: agenda.idleSlots,
                    tableChanges: agenda.tableChanges,
                    meetings: agenda.entries.map {
                        .init(
                            slot: $0.slotID, start: JSONTime.text($0.start), end: JSONTime.text($0.end),
                            table: $0.tableID, counterpart: $0.counterpartID, request: $0.requestID)
                    })
            })
        return StableJSON.encode(document)
    }
}

private struct ScheduleDocument: Encodable {
    struct Bound: Encodable {
        let upperBound: Int
        let weight: Int
        let gap: Int
        let ratio: Double
        let lockedWeight: Int
        let matchingBound: Int
        let meetingLimit: Int

        enum CodingKeys: String, CodingKey {
            case weight, gap, ratio
            case upperBound = "upper_bound"
            case lockedWeight = "locked_weight"
            case matchingBound = "matching_bound"
            case meetingLimit = "meeting_limit"
        }
    }

    struct Statistics: Encodable {
        let weight: Int
        let meetings: Int
        let lockedMeetings: Int
        let requests: Int
        let unscheduledRequests: Int
        let participantsMeeting: Int
        let idleSlots: Int
        let tableChanges: Int

        enum CodingKeys: String, CodingKey {
            case weight, meetings, requests
            case lockedMeetings = "locked_meetings"
            case unscheduledRequests = "unscheduled_requests"
            case participantsMeeting = "participants_meeting"
            case idleSlots = "idle_slots"
            case tableChanges = "table_changes"
        }
    }

    struct Meeting: Encodable {
        let request: String
        let slot: String
        let table: String
        let a: String
        let b: String
        let weight: Int
        let locked: Bool
    }

    struct AgendaEntry: Encodable {
        let slot: String
        let start: String
        let end: String
        let table: String
        let counterpart: String
        let request: String
    }

    struct Agenda: Encodable {
        let participant: String
        let name: String
        let idleSlots: Int
        let tableChanges: Int
        let meetings: [AgendaEntry]

        enum CodingKeys: String, CodingKey {
            case participant, name, meetings
            case idleSlots = "idle_slots"
            case tableChanges = "table_changes"
        }
    }

    let format: String
    let version: Int
    let seed: UInt64
    let bound: Bound
    let statistics: Statistics
    let meetings: [Meeting]
    let unscheduled: [String]
    let agendas: [Agenda]
}
