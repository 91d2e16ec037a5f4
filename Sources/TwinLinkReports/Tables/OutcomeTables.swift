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
                .text(stage.label), .count(first.values.filter { $0 == stage }.count),
                .count(second.values.filter { $0 == stage }.count),
            ])
        }
        return ReportTable(
            id: "outcome-stages", title: "Contacts by furthest outcome",
            explanation: "Contacts (a local firm and a partner, or the activity as a whole where no partner is named) "
                + "by the furthest outcome reported at the first check, right after the activity, and at the second "
                + "check some months later.",
            columns: ["outcome", "contacts at the first check", "contacts at the second check"],
            rows: rows
                + [ReportTable.Row([.text("Total"), .count(first.count), .count(second.count)], isTotal: true)])
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
        return ReportTable(
            id: "conversion", title: "From contact to cooperation",
            explanation: "Per activity with outcomes: its contacts, those reported at the first check and how many of "
                + "them were at least a lead, those checked again some months later, and how many of these had turned "
                + "into cooperation (a contract or a joint project). The conversion rate is cooperation among the "
                + "contacts checked again.",
            columns: [
                "activity", "first day", "contacts", "contacts at the first check", "leads at the first check",
                "checked again", "cooperation at the second check", "conversion (%)",
            ],
            rows: rows + [ReportTable.Row([.text("Total"), .empty] + cells(all), isTotal: true)])
    }
}
