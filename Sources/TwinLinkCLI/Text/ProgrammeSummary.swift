import Foundation
import TwinLinkApp
import TwinLinkDocuments
import TwinLinkDomain
import TwinLinkMeetingScheduler

/// The main job's `summary.md`: a one-page Markdown picture of the programme (partner cities,
/// firms, the calendar of mutual events before and after the reference date), then what the run
/// planned, allocated and scheduled.
enum ProgrammeSummary {
    static func document(_ facts: MainJob.Summary) -> String {
        var summary = markdown(facts.registry, today: facts.today)
        summary += "\n## Planned activities\n\n" + PlanActivities.table(facts.plan, registry: facts.registry).markdown()
        summary +=
            "\n## Seat allocation\n\n"
            + (facts.allocations.skipped ?? AllocationReport.table(facts.allocations, withRunState: false).markdown())
        summary += "\n## 1:1 meeting sessions\n\n" + sessionTable(facts.sessions).markdown()
        return summary
    }

    static func markdown(_ registry: Registry, today: LocalDate) -> String {
        let programme = registry.programme
        let home = programme.homeCity
        let eligibleLooking = registry.enterprises.filter {
            $0.isLocated(in: home) && $0.infoMaterialContributedOn != nil && $0.profileConsent
        }
        let md = MarkdownEscaper.escape
        var out = """
            # \(md(programme.name))

            \(md(programme.coordinatingUnit)), \(md(home.name)) (\(home.country), \(home.timeZone)). \
            Organiser: \(md(programme.organiser.name)) <\(programme.organiser.email)>. Reference date: \(today.iso).

            ## Registry

            | Table | Records |
            |---|---:|
            | Partner cities | \(registry.partnerCities.count) |
            | Local enterprises | \(registry.enterprises.count) |
            | … located in the city, contributed and consented | \(eligibleLooking.count) |
            | Partner enterprises | \(registry.partnerEnterprises.count) |
            | People | \(registry.people.count) |
            | Mutual events | \(registry.events.count) |
            | Applications | \(registry.applications.count) |
            | 1:1 meeting requests | \(registry.meetingRequests.count) |

            ## Partner cities

            """
        out += "\n" + RegistryListing.table(.partnerCities, of: registry).markdown()
        let (past, upcoming) = registry.events.sorted { ($0.schedule.firstDay, $0.id) < ($1.schedule.firstDay, $1.id) }
            .reduce(into: ([MutualEvent](), [MutualEvent]())) { split, event in
                if event.schedule.lastDay < today { split.0.append(event) } else { split.1.append(event) }
            }
        out += "\n## Upcoming events\n\n" + eventTable(upcoming, registry).markdown()
        out += "\n## Past events\n\n" + eventTable(past, registry).markdown()
        return out
    }

    private static func eventTable(_ events: [MutualEvent], _ registry: Registry) -> TextTable {
        var filtered = registry
        filtered.events = events
        return RegistryListing.table(.events, of: filtered)
    }

    /// One line per session: meetings, weight against the proven bound, idle slots.
    static func sessionTable(_ sessions: [ScheduleSessionMeetings.Result]) -> TextTable {
        TextTable(
            headers: ["Session", "Requests", "Meetings", "Weight", "Upper bound", "Gap", "Idle slots"],
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
