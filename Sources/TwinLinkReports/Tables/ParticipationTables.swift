import TwinLinkDomain

/// The participation breakdowns: per activity, partner city, sector, size class and quarter, each
/// with the same figures (`ParticipationFigures`) and a total row.
struct ParticipationTables {
    let scope: ReportScope

    static let figureColumns = [
        "activities", "applications", "accepted", "invited", "attended", "no-shows", "excused", "late cancellations",
        "no-show rate (%)", "meetings requested", "meetings scheduled", "meetings held", "leads", "joint projects",
        "average rating", "ratings",
    ]

    static func cells(_ figures: ParticipationFigures, withActivities: Bool = true) -> [ReportCell] {
        let all: [ReportCell] = [
            .count(figures.activities), .count(figures.applications), .count(figures.accepted),
            .count(figures.invited), .count(figures.attended), .count(figures.noShows), .count(figures.excused),
            .count(figures.lateCancellations), .percent(figures.noShowRateTenths), .count(figures.meetingsRequested),
            .count(figures.meetingsScheduled), .count(figures.meetingsHeld), .count(figures.leads),
            .count(figures.jointProjects), .average(figures.averageRatingHundredths), .count(figures.ratingCount),
        ]
        return withActivities ? all : Array(all.dropFirst())
    }

    func activities() -> ReportTable {
        let rows = scope.activities.map { activity in
            let figures = scope.calculator.figures(ReportSlice(activities: [activity]))
            let cities = scope.index.partnerCities(of: activity).compactMap { scope.index.cities[$0]?.name }
            return ReportTable.Row(
                [
                    .text(activity.id.rawValue), scope.language.title(activity), scope.language.kind(activity.kind),
                    .date(activity.firstLocalDay), .text(cities.joined(separator: "; ")),
                ] + Self.cells(figures, withActivities: false))
        }
        let total = scope.calculator.figures(ReportSlice(activities: scope.activities))
        return scope.language.table(
            "activities",
            columns: ["activity", "title", "kind", "first day", "partner cities"] + Self.figureColumns.dropFirst(),
            rows: rows
                + [
                    ReportTable.Row(
                        [scope.language.total, .empty, .empty, .empty, .empty]
                            + Self.cells(total, withActivities: false),
                        isTotal: true)
                ], figures: true)
    }

    func partnerCities() -> ReportTable {
        let index = scope.index
        let cities = index.records.registry.partnerCities.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        let rows = cities.map { city in
            let slice = ReportSlice(
                activities: scope.activities.filter { index.partnerCities(of: $0).contains(city.id) },
                meeting: { index.partners[$0.partnerEnterpriseID]?.partnerCityID == city.id },
                outcome: { outcome in
                    outcome.partnerEnterpriseID.map { index.partners[$0]?.partnerCityID == city.id } ?? true
                })
            return ReportTable.Row([.text(city.name)] + Self.cells(scope.calculator.figures(slice)))
        }
        let total = scope.calculator.figures(ReportSlice(activities: scope.activities))
        return scope.language.table(
            "partner-cities", columns: ["partner city"] + Self.figureColumns,
            rows: rows + [ReportTable.Row([scope.language.total] + Self.cells(total), isTotal: true)], figures: true)
    }

    func sectors() -> ReportTable {
        let sections = Set(scope.index.records.registry.enterprises.map { scope.section(of: $0.id)?.letter })
        let ordered = sections.sorted { ($0.map(String.init) ?? "~") < ($1.map(String.init) ?? "~") }
        let rows = ordered.map { letter in
            let section = letter.flatMap { letter in NACESection.all.first { $0.letter == letter } }
            let figures = localFirms { scope.section(of: $0)?.letter == letter }
            return ReportTable.Row([scope.language.sector(section)] + Self.cells(figures))
        }
        return scope.language.table(
            "sectors", columns: ["sector"] + Self.figureColumns,
            rows: rows
                + [ReportTable.Row([scope.language.total] + Self.cells(localFirms { _ in true }), isTotal: true)],
            figures: true)
    }

    func sizeClasses() -> ReportTable {
        let rows = SizeClass.allCases.map { sizeClass in
            ReportTable.Row(
                [scope.language.sizeClass(sizeClass)]
                    + Self.cells(localFirms { scope.index.sizeClasses[$0] == sizeClass }))
        }
        return scope.language.table(
            "size-classes", columns: ["size class"] + Self.figureColumns,
            rows: rows
                + [ReportTable.Row([scope.language.total] + Self.cells(localFirms { _ in true }), isTotal: true)],
            figures: true)
    }

    func quarters() -> ReportTable {
        let quarters = Dictionary(grouping: scope.activities) { ReportScope.quarter(of: $0.firstLocalDay) }
        let rows = quarters.keys.sorted().map { quarter in
            let activities = quarters[quarter]!
            return ReportTable.Row(
                [scope.language.quarter(of: activities[0].firstLocalDay)]
                    + Self.cells(scope.calculator.figures(ReportSlice(activities: activities))))
        }
        let total = scope.calculator.figures(ReportSlice(activities: scope.activities))
        return scope.language.table(
            "quarters", columns: ["quarter"] + Self.figureColumns,
            rows: rows + [ReportTable.Row([scope.language.total] + Self.cells(total), isTotal: true)], figures: true)
    }

    /// The figures of the local firms that `includes` selects.
    private func localFirms(_ includes: @escaping (Identifier<LocalEnterprise>) -> Bool) -> ParticipationFigures {
        let index = scope.index
        return scope.calculator.figures(
            ReportSlice(
                activities: scope.activities, activityCount: .withCountedPeople,
                person: { index.firm(of: $0).map { includes($0.id) } ?? false }, firm: includes,
                meeting: { includes($0.enterpriseID) }, outcome: { includes($0.enterpriseID) }))
    }
}
