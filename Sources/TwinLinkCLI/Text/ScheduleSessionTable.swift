import Foundation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkLocalization
import TwinLinkMeetingScheduler

/// A stored 1:1 session on a terminal: the meetings by time and table (with the home city's time
/// where the session is elsewhere), the figures against the proven bound, and what moved; in the
/// coordinator's language.
enum ScheduleSessionTable {
    static func render(_ result: ScheduleSessionMeetings.Result, registry: Registry, words: CLIWords) -> String {
        let schedule = result.schedule
        let zone = result.activity.start.zone
        let home = registry.programme.homeCity
        let slots = Dictionary(uniqueKeysWithValues: schedule.instance.slots.map { ($0.id, $0) })
        let tables = Dictionary(uniqueKeysWithValues: schedule.instance.tables.map { ($0.id, $0.name) })
        let names = Dictionary(uniqueKeysWithValues: schedule.instance.participants.map { ($0.id, $0.name) })
        let sorted = schedule.meetings.sorted { ($0.slotID, $0.tableID) < ($1.slotID, $1.tableID) }
        var headers = [
            words("session_time", ["zone": zone.rawValue]), words("session_table"), words("session_local_firm"),
            words("session_partner"), words("session_weight"),
        ]
        if zone != home.timeZone { headers.insert(words("session_home_time", ["city": home.name]), at: 1) }
        let rows = sorted.map { meeting -> [String] in
            let slot = slots[meeting.slotID]!
            var row = [
                "\(LocalDateTime(slot.start, in: zone.timeZone).time.iso)–\(LocalDateTime(slot.end, in: zone.timeZone).time.iso)",
                tables[meeting.tableID].map(words.table) ?? meeting.tableID,
                names[meeting.participantA] ?? meeting.participantA,
                names[meeting.participantB] ?? meeting.participantB,
                words.number(meeting.weight) + (meeting.isLocked ? " (\(words("session_locked")))" : ""),
            ]
            if zone != home.timeZone {
                row.insert(LocalDateTime(slot.start, in: home.timeZone.timeZone).time.iso, at: 1)
            }
            return row
        }
        var out = "\(words.title(result.activity))\n\n" + TextTable(headers: headers, rows: rows).terminalText
        let stats = schedule.statistics
        let percent = words.renderer.format.decimal(Int64((schedule.ratio * 1000).rounded()), places: 1)
        out +=
            "\n"
            + words.count(
                "session_figures", stats.requestCount,
                [
                    "meetings": words.count("meetings", stats.meetingCount), "weight": words.number(stats.weight),
                    "bound": words.number(schedule.bound.value), "gap": words.number(schedule.gap),
                    "percent": percent, "idle": words.number(stats.idleSlots),
                    "changes": words.number(stats.tableChanges),
                ]) + "\n"
        if !schedule.unscheduledRequestIDs.isEmpty {
            out +=
                words("session_not_scheduled", ["ids": schedule.unscheduledRequestIDs.sorted().joined(separator: ", ")])
                + "\n"
        }
        if result.unchanged {
            out +=
                "Unchanged since it was stored (requests, seats, slots, tables, locks): kept without searching again.\n"
        }
        if !result.firstSchedule {
            out +=
                result.moves.isEmpty
                ? words("session_no_move") + "\n"
                : words("session_moves") + "\n"
                    + result.moves.map { "  \(move($0, words: words))" }.joined(separator: "\n") + "\n"
        }
        return out
    }

    /// `r12 moved s03@t02 -> s05@t02`, the kind in the coordinator's language.
    static func move(_ move: MeetingMove, words: CLIWords) -> String {
        "\(move.requestID) \(words("session_move_" + move.kind.rawValue)) \(move.from?.description ?? "-") -> "
            + (move.to?.description ?? "-")
    }
}

extension ScheduleSessionTable {
    /// One participant's agenda: each meeting's day and time in the session's zone (and the home
    /// city's where it differs), table and counterpart; then idle slots and table changes.
    static func agenda(_ agenda: ParticipantAgenda, zone: TimeZoneID, home: HomeCity, words: CLIWords) -> String {
        var lines = [words("agenda_of", ["name": agenda.participantName, "id": agenda.participantID])]
        for entry in agenda.entries {
            let start = LocalDateTime(entry.start, in: zone.timeZone)
            var time =
                "\(start.date.iso) \(start.time.iso)–\(LocalDateTime(entry.end, in: zone.timeZone).time.iso) \(zone)"
            if zone != home.timeZone {
                time += " (\(LocalDateTime(entry.start, in: home.timeZone.timeZone).time.iso) \(home.name))"
            }
            lines.append(
                "  \(time)  \(words.table(entry.tableName))  "
                    + words("agenda_with", ["name": entry.counterpartName])
                    + (entry.isLocked ? " (\(words("session_locked")))" : ""))
        }
        if agenda.entries.isEmpty { lines.append("  " + words("agenda_no_meetings")) }
        lines.append(
            "  "
                + words(
                    "agenda_figures",
                    ["idle": words.number(agenda.idleSlots), "changes": words.number(agenda.tableChanges)]))
        return lines.joined(separator: "\n") + "\n"
    }
}
