import Foundation
import TwinLinkAllocation
import TwinLinkDomain
import TwinLinkStore

/// Gathers what one allocation run depends on from the registry and the database: the
/// activity's rules, its applicants with their firms, links and withdrawals, the travel history
/// for rotation, coordinators' overrides and the seats a re-run keeps.
struct AllocationInputs {
    let registry: Registry
    let regulations: Regulations
    /// The transaction the run reads (and then writes) in.
    let access: RegistryAccess
    /// Every activity in the database, by id.
    let activities: [Identifier<Activity>: Activity]
    /// What every run of one batch reads: loaded once, kept up to date as versions are stored.
    let shared: AllocationInputCache

    init(registry: Registry, regulations: Regulations, access: RegistryAccess) throws {
        self.registry = registry
        self.regulations = regulations
        self.access = access
        self.activities = Dictionary(uniqueKeysWithValues: try access.activities().map { ($0.id, $0) })
        self.shared = AllocationInputCache(registry: registry)
    }

    /// The latest stored version of every activity's allocation, read once per batch.
    func latestAllocations() throws -> [Identifier<Activity>: AllocationVersion] {
        if let known = shared.latest { return known }
        let loaded = try access.latestAllocations()
        shared.latest = loaded
        return loaded
    }

    /// Reads back the version just stored for `activity`, so that later runs of the batch see it.
    func stored(_ activity: Identifier<Activity>) throws {
        guard shared.latest != nil else { return }
        shared.latest?[activity] = try access.latestAllocation(for: activity)
    }

    private var homeZone: TimeZone { registry.programme.homeCity.timeZone.timeZone }

    /// The input for allocating `activity` on `today` (in the home zone).
    func input(for activity: Activity, today: LocalDate) throws -> AllocationInput {
        guard let rules = regulations.rules(for: activity.id, kind: activity.kind) else {
            throw TwinLinkError.notReady(
                "the regulations take no applications to online meetings: add online_meetings to "
                    + "regulations.yaml (docs/regulations-format.md)", next: .importRegulations)
        }
        // The applications for this activity's seats: its study visit's, or those naming this online meeting.
        let applications = (shared.applicationsByEvent[activity.eventID] ?? []).filter {
            $0.seatActivityID == activity.id
        }
        if shared.withdrawals == nil { shared.withdrawals = try access.recordedWithdrawals() }
        let recorded = shared.withdrawals ?? [:]
        let enterprises = shared.enterprises
        let links = shared.links
        let applicants = applications.compactMap { application -> Applicant? in
            guard let firm = enterprises[application.enterpriseID] else { return nil }
            return Applicant(
                application: application, enterprise: firm, links: links[firm.id] ?? [],
                withdrawal: Self.withdrawal(of: application, recorded: recorded[application.id]))
        }
        return AllocationInput(
            activity: allocationActivity(activity), rules: rules, processingOrder: regulations.processingOrder,
            homeCity: registry.programme.homeCity, applicants: applicants,
            travelHistory: try travelHistory(
                excluding: activity.id, endedBefore: min(today, LocalDate(activity.start.instant, in: homeZone))),
            overrides: try access.overrides(of: Set(applications.map(\.id))),
            previous: try latestAllocations()[activity.id]?.keptSeats,
            seed: rules.priority.seed ?? SeededDraw.defaultSeed(activityID: activity.id.rawValue), runDay: today)
    }

    /// The withdrawal in effect: the registry's own (the applicant's) or one recorded with
    /// `twinlink withdraw`, the earlier if both.
    static func withdrawal(of application: Application, recorded: Withdrawal?) -> Withdrawal? {
        let own = application.withdrawnAt.map { Withdrawal(at: $0) }
        switch (own, recorded) {
        case (let own?, let recorded?): return recorded.at < own.at ? recorded : own
        default: return own ?? recorded
        }
    }

    /// The activity's days in the home zone and the partners whose sectors earn priority points:
    /// the partner city visited, or the cities invited to a visit hosted at home.
    func allocationActivity(_ activity: Activity) -> AllocationActivity {
        let cityIDs: [Identifier<PartnerCity>]
        if let event = registry.events.first(where: { $0.id == activity.eventID }) {
            switch event.host {
            case .partnerCity(let id): cityIDs = [id]
            case .home: cityIDs = event.invitedPartnerCityIDs
            }
        } else {
            cityIDs = activity.partnerCityID.map { [$0] } ?? []
        }
        let cities = cityIDs.compactMap { id in registry.partnerCities.first { $0.id == id } }
        let partners = registry.partnerEnterprises.filter { cityIDs.contains($0.partnerCityID) }
        return AllocationActivity(
            id: activity.id, title: activity.title, firstDay: LocalDate(activity.start.instant, in: homeZone),
            lastDay: LocalDate(activity.end.instant.addingTimeInterval(-1), in: homeZone),
            partnerCities: cities.map { PartnerCityProfile(name: $0.name, keySectors: $0.keySectors) },
            partnerInterests: partners.filter { !$0.interestSectors.isEmpty }.map {
                PartnerInterest(name: $0.name, sectors: $0.interestSectors)
            })
    }

    /// Who travelled: the firms accepted in the latest allocation of every outgoing study visit
    /// that ended before `day` (the day of the run, or the activity's first day if earlier).
    func travelHistory(excluding activity: Identifier<Activity>, endedBefore day: LocalDate) throws
        -> TravelHistory
    {
        var trips: [TravelHistory.Trip] = []
        for (id, version) in try latestAllocations().sorted(by: { $0.key < $1.key }) where id != activity {
            guard let visit = activities[id], visit.kind == .outgoingStudyVisit else { continue }
            let lastDay = LocalDate(visit.end.instant.addingTimeInterval(-1), in: homeZone)
            guard lastDay < day else { continue }
            for decision in version.decisions where decision.seats > 0 {
                trips.append(TravelHistory.Trip(enterpriseID: decision.enterpriseID, activityID: id, lastDay: lastDay))
            }
        }
        return TravelHistory(trips: trips)
    }
}

/// The registry keyed for allocation and what the database holds for every run of a batch, so that
/// allocating one visit costs in proportion to its own applications.
final class AllocationInputCache {
    let applicationsByEvent: [Identifier<MutualEvent>: [Application]]
    let enterprises: [Identifier<LocalEnterprise>: LocalEnterprise]
    let links: [Identifier<LocalEnterprise>: [EnterpriseLink]]
    var withdrawals: [Identifier<Application>: Withdrawal]?
    var latest: [Identifier<Activity>: AllocationVersion]?

    init(registry: Registry) {
        applicationsByEvent = Dictionary(grouping: registry.applications, by: \.eventID)
        enterprises = Dictionary(uniqueKeysWithValues: registry.enterprises.map { ($0.id, $0) })
        links = Dictionary(grouping: registry.enterpriseLinks, by: \.enterpriseID)
    }
}
