import TwinLinkDomain

/// What came of the contacts: the furthest stage at each check, and per activity how many
/// contacts turned into cooperation by the second check.
struct OutcomeTables {
    let scope: ReportScope

    private var outcomes: [RecordedOutcome] {
        let ids = Set(scope.activities.map(\.id))
        return scope.index.records.outcomes.filter { ids.contains($0.activityID) }
    }

    /// The furthest stage of each contact at `check`.
    private static func furthest(_ outcomes: [RecordedOutcome], at check: OutcomeCheck) -> [Contact: OutcomeStage] {
        Dictionary(grouping: outcomes.filter { $0.check == check }, by: \.contact).mapValues { $0.map(\.stage).max()! }
    }

    func stages() -> ReportTable {
        let first = Self.furthest(outcomes, at: .initial)
        let second = Self.furthest(outcomes, at: .followUp)
        let rows = OutcomeStage.allCases.map { stage in
            ReportTable.Row([
                scope.language.stage(stage), .count(first.values.filter { $0 == stage }.count),
                .count(second.values.filter { $0 == stage }.count),
            ])
        }
        return scope.language.table(
            "outcome-stages",
            columns: ["outcome", "contacts at the first check", "contacts at the second check"],
            rows: rows
                + [ReportTable.Row([scope.language.total, .count(first.count), .count(second.count)], isTotal: true)])
    }

    func conversion() -> ReportTable {
        let all = outcomes
        func cells(_ outcomes: [RecordedOutcome]) -> [ReportCell] {
            let first = Self.furthest(outcomes, at: .initial)
            let second = Self.furthest(outcomes, at: .followUp)
            let rechecked = second.keys.filter { first[$0] != nil }
            let cooperation = rechecked.filter { second[$0]!.isCooperation }
            return [
                .count(Set(outcomes.map(\.contact)).count), .count(first.count),
                .count(first.values.filter { $0 >= .lead }.count), .count(rechecked.count), .count(cooperation.count),
                .percent(Ratio.percentTenths(cooperation.count, of: rechecked.count)),
            ]
        }
        let byActivity = Dictionary(grouping: all, by: \.activityID)
        let rows = scope.activities.compactMap { activity -> ReportTable.Row? in
            guard let own = byActivity[activity.id] else { return nil }
            return ReportTable.Row([.text(activity.id.rawValue), .date(activity.firstLocalDay)] + cells(own))
        }
        return scope.language.table(
            "conversion",
            columns: [
                "activity", "first day", "contacts", "contacts at the first check", "leads at the first check",
                "checked again", "cooperation at the second check", "conversion (%)",
            ],
            rows: rows + [ReportTable.Row([scope.language.total, .empty] + cells(all), isTotal: true)])
    }
}
