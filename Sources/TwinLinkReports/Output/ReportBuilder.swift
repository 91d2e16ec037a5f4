import TwinLinkDomain

/// Builds the report from the programme's records: pure and deterministic, the same records
/// and period give the same report.
public enum ReportBuilder {
    /// - Parameter language: the ISO 639-1 code of a shipped catalogue (`CatalogueSet.shippedLanguages`;
    ///   the caller checks it): the report's words, and its figures, days and money as that
    ///   language writes them.
    public static func build(_ records: ProgrammeRecords, period: ReportPeriod, language code: String = "en") -> Report
    {
        let language = ReportLanguage(code)
        let scope = ReportScope(records: records, period: period, language: language)
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
        func section(_ id: String, charts: [BarChart], tables: [ReportTable]) -> Report.Section {
            let key = "section_" + ReportLanguage.slug(id)
            return .init(
                id: id, title: language.text(key + "_title"), intro: language.text(key + "_intro"), charts: charts,
                tables: tables)
        }
        let sections: [Report.Section] = [
            section("activities", charts: [ReportCharts.attendance(activities, language)], tables: [activities]),
            section(
                "breakdowns", charts: [],
                tables: [
                    participation.partnerCities(), participation.sectors(), participation.sizeClasses(),
                    participation.quarters(),
                ]),
            section(
                "fairness",
                charts: [
                    ReportCharts.seatShares(seatsBySize, id: "seats-by-size-class", language),
                    ReportCharts.seatShares(seatsBySector, id: "seats-by-sector", language),
                ],
                tables: [
                    fairness.delegations(), seatsBySize, seatsBySector, fairness.travelSummary(),
                    fairness.neverTravelled(),
                ]),
            section(
                "outcomes", charts: [ReportCharts.stages(stages, language)], tables: [stages, outcomes.conversion()]),
            section("costs", charts: [ReportCharts.costs(costTable, language)], tables: [costTable]),
            section("conflicts", charts: [], tables: [conflicts.table()]),
        ]
        var notes: [String] = []
        let missing = costs.missing()
        if !missing.isEmpty {
            notes.append(
                language.counted(
                    "note_no_costs", count: missing.count,
                    ["activities": missing.map(\.rawValue).joined(separator: ", ")]))
        }
        let unallocated = scope.events.filter {
            scope.index.delegations[$0.id]?.basis == .applicationsWithoutAllocation
        }
        if !unallocated.isEmpty {
            notes.append(
                language.counted(
                    "note_no_allocation", count: unallocated.count,
                    ["events": unallocated.map(\.id.rawValue).joined(separator: ", ")]))
        }
        let programme = records.registry.programme
        return Report(
            language: language.code, title: programme.name, author: programme.coordinatingUnit, period: period,
            sections: sections, notes: notes, activityIDs: scope.activities.map(\.id), conflicts: conflicts.inScope)
    }
}
