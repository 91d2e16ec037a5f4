import TwinLinkDomain

/// Builds the report from the programme's records: pure and deterministic, the same records
/// and period give the same report.
public enum ReportBuilder {
    public static func build(_ records: ProgrammeRecords, period: ReportPeriod) -> Report {
        let scope = ReportScope(records: records, period: period)
        let participation = ParticipationTables(scope: scope)
        let fairness = FairnessTables(scope: scope)
        let outcomes = OutcomeTables(scope: scope)
        let costs = CostTable(scope: scope)
        let conflicts = ConflictTable(scope: scope, conflicts: AttendanceReview.conflicts(in: records))

        let activities = participation.activities()
        let seatsBySize = fairness.seatsBySizeClass()
        let seatsBySector = fairness.seatsBySector()
        let stages = outcomes.stages()
        let costTable = costs.costs()
        let sections: [Report.Section] = [
            .init(
                id: "activities", title: "Activities",
                intro: "Who was expected at each activity, who came, the 1:1 meetings and what came of them.",
                charts: [ReportCharts.attendance(activities)], tables: [activities]),
            .init(
                id: "breakdowns", title: "By partner city, sector, size class and quarter",
                intro: "The same figures for each partner city, for the local firms by sector and by size class, "
                    + "and over time.",
                charts: [],
                tables: [
                    participation.partnerCities(), participation.sectors(), participation.sizeClasses(),
                    participation.quarters(),
                ]),
            .init(
                id: "fairness", title: "Fairness",
                intro: "Whether the seats went to the firms that asked for them, and who has never travelled.",
                charts: [
                    ReportCharts.seatShares(
                        seatsBySize, id: "seats-by-size-class", title: "Applications and seats by size class"),
                    ReportCharts.seatShares(
                        seatsBySector, id: "seats-by-sector", title: "Applications and seats by sector"),
                ],
                tables: [
                    fairness.delegations(), seatsBySize, seatsBySector, fairness.travelSummary(),
                    fairness.neverTravelled(),
                ]),
            .init(
                id: "outcomes", title: "Outcomes",
                intro: "How far the contacts got, and which turned into cooperation by the second check.",
                charts: [ReportCharts.stages(stages)], tables: [stages, outcomes.conversion()]),
            .init(
                id: "costs", title: "Costs",
                intro: "What the city spent and what the firms paid themselves: the split the funders ask for.",
                charts: [ReportCharts.costs(costTable)], tables: [costTable]),
            .init(
                id: "conflicts", title: "Attendance conflicts",
                intro: "Records to look at before the figures are final.", charts: [], tables: [conflicts.table()]),
        ]
        var notes: [String] = []
        let missing = costs.missing()
        if !missing.isEmpty {
            notes.append(
                "No costs recorded for: " + missing.map(\.rawValue).joined(separator: ", ")
                    + ". Their costs are not in the cost table or its totals.")
        }
        let unallocated = scope.events.filter {
            scope.index.delegations[$0.id]?.basis == .applicationsWithoutAllocation
        }
        if !unallocated.isEmpty {
            notes.append(
                "No seat allocation stored for: " + unallocated.map(\.id.rawValue).joined(separator: ", ")
                    + ". Every application not withdrawn counts as accepted there, with all its delegates.")
        }
        let programme = records.registry.programme
        return Report(
            title: programme.name, author: programme.coordinatingUnit, period: period, sections: sections,
            notes: notes, activityIDs: scope.activities.map(\.id), conflicts: conflicts.inScope)
    }
}
