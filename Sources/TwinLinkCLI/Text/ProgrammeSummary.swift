import Foundation
import TwinLinkApp
import TwinLinkDocuments
import TwinLinkDomain
import TwinLinkMeetingScheduler

/// The main job's `summary.md`: a one-page Markdown picture of the programme (partner cities,
/// firms, the calendar of mutual events before and after the reference date), then what the run
/// planned, allocated and scheduled; in the coordinator's language (`words`).
enum ProgrammeSummary {
    static func document(_ facts: MainJob.Summary, words: CLIWords) -> String {
        var summary = markdown(facts.registry, today: facts.today, words: words)
        summary +=
            "\n## \(words("summary_planned"))\n\n"
            + PlanActivities.table(facts.plan, registry: facts.registry, words: words).markdown()
        summary +=
            "\n## \(words("summary_allocation"))\n\n"
            + (facts.allocations.skipped.map { _ in words("summary_allocation_skipped") }
                ?? AllocationReport.table(facts.allocations, withRunState: false, words: words).markdown())
        summary += "\n## \(words("summary_sessions"))\n\n" + sessionTable(facts.sessions, words: words).markdown()
        return summary
    }

    static func markdown(_ registry: Registry, today: LocalDate, words: CLIWords) -> String {
        let programme = registry.programme
        let home = programme.homeCity
        let eligibleLooking = registry.enterprises.filter {
            $0.isLocated(in: home) && $0.infoMaterialContributedOn != nil && $0.profileConsent
        }
        let md = MarkdownEscaper.escape
        let counts: [(String, Int)] = [
            ("partner_cities", registry.partnerCities.count), ("local_enterprises", registry.enterprises.count),
            ("eligible_looking", eligibleLooking.count), ("partner_enterprises", registry.partnerEnterprises.count),
            ("people", registry.people.count), ("mutual_events", registry.events.count),
            ("applications", registry.applications.count), ("meeting_requests", registry.meetingRequests.count),
        ]
        var out = "# \(md(programme.name))\n\n"
        out +=
            words(
                "summary_about",
                [
                    "unit": md(programme.coordinatingUnit), "city": md(home.name), "country": home.country.rawValue,
                    "zone": home.timeZone.rawValue, "organiser": md(programme.organiser.name),
                    "email": "\(programme.organiser.email)", "date": today.iso,
                ]) + "\n\n"
        out += "## \(words("summary_registry"))\n\n"
        out += "| \(words("summary_table")) | \(words("summary_records")) |\n|---|---:|\n"
        out += counts.map { "| \(words("summary_" + $0.0)) | \(words.number($0.1)) |\n" }.joined()
        out += "\n## \(words("summary_partner_cities"))\n"
        out += "\n" + RegistryListing.table(.partnerCities, of: registry, words: words).markdown()
        let (past, upcoming) = registry.events.sorted { ($0.schedule.firstDay, $0.id) < ($1.schedule.firstDay, $1.id) }
            .reduce(into: ([MutualEvent](), [MutualEvent]())) { split, event in
                if event.schedule.lastDay < today { split.0.append(event) } else { split.1.append(event) }
            }
        out += "\n## \(words("summary_upcoming"))\n\n" + eventTable(upcoming, registry, words).markdown()
        out += "\n## \(words("summary_past"))\n\n" + eventTable(past, registry, words).markdown()
        return out
    }

    private static func eventTable(_ events: [MutualEvent], _ registry: Registry, _ words: CLIWords) -> TextTable {
        var filtered = registry
        filtered.events = events
        return RegistryListing.table(.events, of: filtered, words: words)
    }

    /// One line per session: meetings, weight against the proven bound, idle slots.
    static func sessionTable(_ sessions: [ScheduleSessionMeetings.Result], words: CLIWords) -> TextTable {
        TextTable(
            headers: ["session", "requests", "meetings", "weight", "bound", "gap", "idle"].map {
                words("summary_col_" + $0)
            },
            rows: sessions.map { result in
                let stats = result.schedule.statistics
                return [
                    result.activity.id.rawValue, String(stats.requestCount), String(stats.meetingCount),
                    String(stats.weight), String(result.schedule.bound.value), String(result.schedule.gap),
                    String(stats.idleSlots),
                ]
            }, rightAligned: [1, 2, 3, 4, 5, 6])
    }
}
