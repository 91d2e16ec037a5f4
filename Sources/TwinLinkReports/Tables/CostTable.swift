import TwinLinkDomain

/// Who paid for each activity: the city (preparation work, hall, service) and the local firms
/// (the estimate per delegate times the local delegates who came).
struct CostTable {
    let scope: ReportScope

    /// The local firms' people who attended an activity.
    private func delegatesWhoCame(_ activity: Activity) -> Int {
        scope.index.recordedPeople(at: activity.id).filter {
            scope.index.firm(of: $0) != nil && scope.index.status(of: $0, at: activity.id) == .attended
        }.count
    }

    func costs() -> ReportTable {
        let currency = scope.currency
        let byActivity = Dictionary(
            scope.index.records.costs.map { ($0.activityID, $0) }, uniquingKeysWith: { first, _ in first })
        var hours: Int64 = 0
        var preparation: Int64 = 0
        var hall: Int64 = 0
        var service: Int64 = 0
        var delegates = 0
        var smes: Int64 = 0
        func money(_ cents: Int64) -> ReportCell { .money(Money(cents: cents, currency: currency)) }
        func share(_ city: Int64, _ total: Int64) -> ReportCell {
            .percent(total > 0 ? Int((1000 * city + total / 2) / total) : nil)
        }
        var rows: [ReportTable.Row] = []
        for activity in scope.activities {
            guard let costs = byActivity[activity.id] else { continue }
            let came = delegatesWhoCame(activity)
            let smeTotal = costs.smeCostPerDelegate.cents * Int64(came)
            let total = costs.cityTotal.cents + smeTotal
            rows.append(
                ReportTable.Row([
                    .text(activity.id.rawValue), .date(activity.firstLocalDay), .hours(costs.preparationHours),
                    .money(costs.hourlyRate), .money(costs.preparation), .money(costs.hall), .money(costs.service),
                    .money(costs.cityTotal), .count(came), .money(costs.smeCostPerDelegate), money(smeTotal),
                    money(total), share(costs.cityTotal.cents, total),
                ]))
            hours += costs.preparationHours.hundredths
            preparation += costs.preparation.cents
            hall += costs.hall.cents
            service += costs.service.cents
            delegates += came
            smes += smeTotal
        }
        let city = preparation + hall + service
        rows.append(
            ReportTable.Row(
                [
                    scope.language.total, .empty, .hours(WorkHours(hundredths: hours)), .empty, money(preparation),
                    money(hall), money(service), money(city), .count(delegates), .empty, money(smes),
                    money(city + smes), share(city, city + smes),
                ], isTotal: true))
        let unit = currency.rawValue
        return scope.language.table(
            "costs",
            columns: [
                "activity", "first day", "preparation hours", "hourly rate (\(unit))", "preparation (\(unit))",
                "hall (\(unit))", "service (\(unit))", "city total (\(unit))", "delegates who came",
                "cost per delegate (\(unit))", "firms total (\(unit))", "total (\(unit))", "city share (%)",
            ],
            rows: rows)
    }

    /// The activities of the period without costs recorded.
    func missing() -> [Identifier<Activity>] {
        let recorded = Set(scope.index.records.costs.map(\.activityID))
        return scope.activities.map(\.id).filter { !recorded.contains($0) }
    }
}
