import Foundation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkMeetingScheduler

/// A session's schedule for people: the meetings by time and table in the host's zone, the
/// bound and the gap, and the moves of a re-run.
enum ScheduleSessionTable {
    static func render(_ result: ScheduleSessionMeetings.Result, registry: Registry) -> String {
        let schedule = result.schedule
        let zone = result.activity.start.zone
        let home = registry.programme.homeCity
        let slots = Dictionary(uniqueKeysWithValues: schedule.instance.slots.map { ($0.id, $0) })
        let tables = Dictionary(uniqueKeysWithValues: schedule.instance.tables.map { ($0.id, $0.name) })
        let names = Dictionary(uniqueKeysWithValues: schedule.instance.participants.map { ($0.id, $0.name) })
        let sorted = schedule.meetings.sorted { ($0.slotID, $0.tableID) < ($1.slotID, $1.tableID) }
        var headers = ["Time (\(zone))", "Table", "Local firm", "Partner enterprise", "Weight"]
        if zone != home.timeZone { headers.insert("\(home.name) time", at: 1) }
        let rows = sorted.map { meeting -> [String] in
            let slot = slots[meeting.slotID]!
            var row = [
                "\(LocalDateTime(slot.start, in: zone.timeZone).time.iso)–\(LocalDateTime(slot.end, in: zone.timeZone).time.iso)",
                tables[meeting.tableID] ?? meeting.tableID, names[meeting.participantA] ?? meeting.participantA,
                names[meeting.participantB] ?? meeting.participantB,
                String(meeting.weight) + (meeting.isLocked ? " (locked)" : ""),
            ]
            if zone != home.timeZone {
                row.insert(LocalDateTime(slot.start, in: home.timeZone.timeZone).time.iso, at: 1)
            }
            return row
        }
        var out = "\(result.activity.title)\n\n" + TextTable(headers: headers, rows: rows).render()
        let stats = schedule.statistics
        out +=
            "\n\(stats.meetingCount) meetings of \(stats.requestCount) requests; weight \(stats.weight) of at most "
            + "\(schedule.bound.value) (proven upper bound; gap \(schedule.gap), "
            + String(format: "%.1f", schedule.ratio * 100) + " %); idle slots \(stats.idleSlots), table changes "
            + "\(stats.tableChanges).\n"
        if !schedule.unscheduledRequestIDs.isEmpty {
            out += "Not scheduled: " + schedule.unscheduledRequestIDs.sorted().joined(separator: ", ") + "\n"
        }
        if result.unchanged {
            out +=
                "Unchanged since it was stored (requests, seats, slots, tables, locks): kept without searching again.\n"
        }
        if !result.firstSchedule {
            out +=
                result.moves.isEmpty
                ? "No meeting moved.\n" : "Moves:\n" + result.moves.map { "  \($0)" }.joined(separator: "\n") + "\n"
        }
        return out
    }
}

extension ScheduleSessionTable {
    /// One participant's meetings in slot order, with times in the session's zone and the home
    /// city's, counterpart and table.
    static func agenda(_ agenda: ParticipantAgenda, zone: TimeZoneID, home: HomeCity) -> String {
        var lines = ["Agenda of \(agenda.participantName) (\(agenda.participantID))"]
        for entry in agenda.entries {
            let start = LocalDateTime(entry.start, in: zone.timeZone)
            var time =
                "\(start.date.iso) \(start.time.iso)–\(LocalDateTime(entry.end, in: zone.timeZone).time.iso) \(zone)"
            if zone != home.timeZone {
                time += " (\(LocalDateTime(entry.start, in: home.timeZone.timeZone).time.iso) \(home.name))"
            }
            lines.append(
                "  \(time)  \(entry.tableName)  with \(entry.counterpartName)\(entry.isLocked ? " (locked)" : "")")
        }
        if agenda.entries.isEmpty { lines.append("  no meetings") }
        lines.append("  idle slots: \(agenda.idleSlots), table changes: \(agenda.tableChanges)")
        return lines.joined(separator: "\n") + "\n"
    }
}
