import TwinLinkDomain

/// Fairness: how each event's delegation was decided, seats by size class and sector against the
/// applications, and the firms that have never travelled with the programme.
struct FairnessTables {
    let scope: ReportScope

    func delegations() -> ReportTable {
        let rows = scope.events.map { event in
            let delegation = scope.index.delegations[event.id]
            let applications = scope.applications.filter { $0.eventID == event.id }
            let accepted = applications.compactMap { scope.seats(of: $0) }
            return ReportTable.Row([
                .text(event.id.rawValue), .text(Delegation.visitID(of: event).rawValue),
                scope.language.basis(delegation), .count(applications.count), .count(accepted.count),
                .count(accepted.reduce(0, +)),
            ])
        }
        let accepted = scope.applications.compactMap { scope.seats(of: $0) }
        return scope.language.table(
            "delegations",
            columns: ["event", "study visit", "seats decided by", "applications", "accepted", "seats"],
            rows: rows
                + [
                    ReportTable.Row(
                        [
                            scope.language.total, .empty, .empty, .count(scope.applications.count),
                            .count(accepted.count),
                            .count(accepted.reduce(0, +)),
                        ], isTotal: true)
                ])
    }

    func seatsBySizeClass() -> ReportTable {
        seats(
            id: "seats-by-size-class", groupTitle: "size class",
            groups: SizeClass.allCases.map { sizeClass in
                (scope.language.sizeClass(sizeClass), { scope.index.sizeClasses[$0] == sizeClass })
            })
    }

    func seatsBySector() -> ReportTable {
        let letters = Set(scope.applications.map { scope.section(of: $0.enterpriseID)?.letter })
        let ordered = letters.sorted { ($0.map(String.init) ?? "~") < ($1.map(String.init) ?? "~") }
        return seats(
            id: "seats-by-sector", groupTitle: "sector",
            groups: ordered.map { letter in
                let section = letter.flatMap { letter in NACESection.all.first { $0.letter == letter } }
                return (scope.language.sector(section), { scope.section(of: $0)?.letter == letter })
            })
    }

    private func seats(
        id: String, groupTitle: String, groups: [(ReportCell, (Identifier<LocalEnterprise>) -> Bool)]
    ) -> ReportTable {
        let all = scope.applications
        let allSeats = all.compactMap { scope.seats(of: $0) }.reduce(0, +)
        func cells(_ applications: [Application]) -> [ReportCell] {
            let accepted = applications.compactMap { scope.seats(of: $0) }
            let seats = accepted.reduce(0, +)
            return [
                .count(applications.count), .percent(Ratio.percentTenths(applications.count, of: all.count)),
                .count(accepted.count), .percent(Ratio.percentTenths(accepted.count, of: applications.count)),
                .count(seats), .percent(Ratio.percentTenths(seats, of: allSeats)),
            ]
        }
        let rows = groups.map { label, includes in
            ReportTable.Row([label] + cells(all.filter { includes($0.enterpriseID) }))
        }
        return scope.language.table(
            id,
            columns: [
                groupTitle, "applications", "share of applications (%)", "accepted", "acceptance rate (%)", "seats",
                "share of seats (%)",
            ],
            rows: rows + [ReportTable.Row([scope.language.total] + cells(all), isTotal: true)])
    }

    /// Firms with a delegate who attended an outgoing study visit up to the end of the period.
    private var travelled: Set<Identifier<LocalEnterprise>> {
        let index = scope.index
        var firms: Set<Identifier<LocalEnterprise>> = []
        for activity in index.records.activities
        where activity.kind == .outgoingStudyVisit && activity.status != .cancelled
            && activity.firstLocalDay <= scope.period.to
        {
            for person in index.recordedPeople(at: activity.id)
            where index.status(of: person, at: activity.id) == .attended {
                if let firm = index.firm(of: person) { firms.insert(firm.id) }
            }
        }
        return firms
    }

    /// Applications (not withdrawn) to outgoing visits' events that start up to the end of the period.
    private var travelApplications: [Application] {
        let index = scope.index
        return index.records.registry.applications.filter { application in
            guard !application.isWithdrawn, let event = index.events[application.eventID] else { return false }
            return event.visit == .outgoing && event.schedule.firstDay <= scope.period.to
        }.sorted { $0.id < $1.id }
    }

    func travelSummary() -> ReportTable {
        let firms = scope.index.records.registry.enterprises
        let travelled = self.travelled
        let applicants = Set(travelApplications.map(\.enterpriseID))
        let never = firms.filter { !travelled.contains($0.id) }
        return scope.language.table(
            "travel",
            columns: ["registered firms", "travelled", "never travelled", "never travelled but applied"],
            rows: [
                ReportTable.Row([
                    .count(firms.count), .count(firms.count - never.count), .count(never.count),
                    .count(never.filter { applicants.contains($0.id) }.count),
                ])
            ])
    }

    func neverTravelled() -> ReportTable {
        let travelled = self.travelled
        let applications = Dictionary(grouping: travelApplications, by: \.enterpriseID)
        let rows = scope.index.records.registry.enterprises.sorted { $0.id < $1.id }.compactMap {
            firm -> ReportTable.Row? in
            guard !travelled.contains(firm.id), let own = applications[firm.id] else { return nil }
            let accepted = own.filter { scope.seats(of: $0) != nil }
            return ReportTable.Row([
                .text(firm.id.rawValue), .text(firm.legalName),
                scope.language.sizeClass(scope.index.sizeClasses[firm.id]!),
                scope.language.sector(scope.section(of: firm.id)), .count(own.count), .count(accepted.count),
            ])
        }
        return scope.language.table(
            "never-travelled",
            columns: ["firm", "name", "size class", "sector", "applications to travel", "accepted"], rows: rows)
    }
}
