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
                .text(delegation?.basisText ?? ""), .count(applications.count), .count(accepted.count),
                .count(accepted.reduce(0, +)),
            ])
        }
        let accepted = scope.applications.compactMap { scope.seats(of: $0) }
        return ReportTable(
            id: "delegations", title: "Delegations",
            explanation: "For each event of the period: the allocation its figures follow (the latest run of its "
                + "study visit; where none was stored, every application not withdrawn counts as accepted with all "
                + "its delegates), its applications not withdrawn, those accepted and their seats.",
            columns: ["event", "study visit", "seats decided by", "applications", "accepted", "seats"],
            rows: rows
                + [
                    ReportTable.Row(
                        [
                            .text("Total"), .empty, .empty, .count(scope.applications.count), .count(accepted.count),
                            .count(accepted.reduce(0, +)),
                        ], isTotal: true)
                ])
    }

    func seatsBySizeClass() -> ReportTable {
        seats(
            id: "seats-by-size-class", title: "Seats by size class", groupTitle: "size class",
            groups: SizeClass.allCases.map { sizeClass in
                (sizeClass.rawValue, { scope.index.sizeClasses[$0] == sizeClass })
            })
    }

    func seatsBySector() -> ReportTable {
        let letters = Set(scope.applications.map { scope.section(of: $0.enterpriseID)?.letter })
        let ordered = letters.sorted { ($0.map(String.init) ?? "~") < ($1.map(String.init) ?? "~") }
        return seats(
            id: "seats-by-sector", title: "Seats by sector", groupTitle: "sector",
            groups: ordered.map { letter in
                let section = letter.flatMap { letter in NACESection.all.first { $0.letter == letter } }
                return (ReportScope.label(section), { scope.section(of: $0)?.letter == letter })
            })
    }

    private func seats(
        id: String, title: String, groupTitle: String,
        groups: [(String, (Identifier<LocalEnterprise>) -> Bool)]
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
            ReportTable.Row([.text(label)] + cells(all.filter { includes($0.enterpriseID) }))
        }
        return ReportTable(
            id: id, title: title,
            explanation: "Applications not withdrawn to the events of the period, those accepted and the seats they "
                + "hold, against their shares of all applications and all seats: a group whose share of seats is "
                + "well below its share of applications lost out.",
            columns: [
                groupTitle, "applications", "share of applications (%)", "accepted", "acceptance rate (%)", "seats",
                "share of seats (%)",
            ],
            rows: rows + [ReportTable.Row([.text("Total")] + cells(all), isTotal: true)])
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
        return ReportTable(
            id: "travel", title: "Firms that have travelled",
            explanation: "Local firms in the registry, those with a delegate who attended an outgoing study visit up "
                + "to the end of the period (from the programme's start), and those that never did, with how many "
                + "of them applied to travel.",
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
                .text(firm.id.rawValue), .text(firm.legalName), .text(scope.index.sizeClasses[firm.id]!.rawValue),
                .text(ReportScope.label(scope.section(of: firm.id))), .count(own.count), .count(accepted.count),
            ])
        }
        return ReportTable(
            id: "never-travelled", title: "Applied to travel, never travelled",
            explanation: "Firms that applied (not withdrawn) to outgoing visits starting up to the end of the period "
                + "but never had a delegate attend one: the firms a rotation rule should bring in next.",
            columns: ["firm", "name", "size class", "sector", "applications to travel", "accepted"], rows: rows)
    }
}
