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

    /// Keeps the version just stored, so that later runs of the batch see it. The value stored, not
    /// a copy read back: a copy decoded from the database shares none of the version's score
    /// lines and messages, and the batch's copies of every version were most of its memory.
    func stored(_ version: AllocationVersion) {
        guard shared.latest != nil else { return }
        let activity = version.run.activityID
        shared.latest?[activity] = version
        if shared.tripsByFirm != nil {
            for trip in shared.tripsByActivity[activity] ?? [] {
                shared.tripsByFirm?[trip.enterpriseID]?.removeAll { $0.activityID == activity }
            }
            shared.tripsByActivity[activity] = nil
            add(trips(of: version), to: shared)
        }
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
                of: applicants.map(\.enterprise.id), excluding: activity.id,
                endedBefore: min(today, LocalDate(activity.start.instant, in: homeZone))),
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

    /// Where `firms` travelled: their seats in the latest allocation of every outgoing study visit
    /// that ended before `day` (the day of the run, or the activity's first day if earlier). Only
    /// the applicants' trips: rotation and the inputs' hash ask for nothing else, and gathering
    /// every firm's trips for every visit grew with the square of the programme.
    func travelHistory(
        of firms: [Identifier<LocalEnterprise>], excluding activity: Identifier<Activity>, endedBefore day: LocalDate
    ) throws -> TravelHistory {
        if shared.tripsByFirm == nil {
            shared.tripsByFirm = [:]
            for version in try latestAllocations().values { add(trips(of: version), to: shared) }
        }
        var trips: [TravelHistory.Trip] = []
        for firm in Set(firms) {
            for trip in shared.tripsByFirm?[firm] ?? [] where trip.activityID != activity && trip.lastDay < day {
                trips.append(trip)
            }
        }
        return TravelHistory(trips: trips)
    }

    /// The trips a version's seats make: none unless it allocates an outgoing study visit.
    private func trips(of version: AllocationVersion) -> [TravelHistory.Trip] {
        let id = version.run.activityID
        guard let visit = activities[id], visit.kind == .outgoingStudyVisit else { return [] }
        let lastDay = LocalDate(visit.end.instant.addingTimeInterval(-1), in: homeZone)
        return version.decisions.filter { $0.seats > 0 }.map {
            TravelHistory.Trip(enterpriseID: $0.enterpriseID, activityID: id, lastDay: lastDay)
        }
    }

    private func add(_ trips: [TravelHistory.Trip], to cache: AllocationInputCache) {
        for trip in trips {
            cache.tripsByFirm?[trip.enterpriseID, default: []].append(trip)
            cache.tripsByActivity[trip.activityID, default: []].append(trip)
        }
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
    /// The trips of the latest versions by firm (made on first use) and by activity.
    var tripsByFirm: [Identifier<LocalEnterprise>: [TravelHistory.Trip]]?
    var tripsByActivity: [Identifier<Activity>: [TravelHistory.Trip]] = [:]

    init(registry: Registry) {
        applicationsByEvent = Dictionary(grouping: registry.applications, by: \.eventID)
        enterprises = Dictionary(uniqueKeysWithValues: registry.enterprises.map { ($0.id, $0) })
        links = Dictionary(grouping: registry.enterpriseLinks, by: \.enterpriseID)
    }
}
