import Foundation
import TwinLinkDocuments
public import TwinLinkDomain

/// Use case: a one-page Markdown picture of the programme: partner cities, firms, and the
/// calendar of mutual events before and after the reference date.
public enum ProgrammeSummary {
    public static func markdown(_ registry: Registry, today: LocalDate) -> String {
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
}
