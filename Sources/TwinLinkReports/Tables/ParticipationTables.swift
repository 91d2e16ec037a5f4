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

    private static let explanationTail =
        "Applications and accepted count firms' applications to the activities' events (not withdrawn); invited, "
        + "attended, no-shows, excused and late cancellations count people per activity; the no-show rate is "
        + "no-shows among those still expected on the day (attended, no-shows, late cancellations). Leads and joint "
        + "projects count contacts by their furthest outcome; the average rating is over every rating recorded."

    func activities() -> ReportTable {
        let rows = scope.activities.map { activity in
            let figures = scope.calculator.figures(ReportSlice(activities: [activity]))
            let cities = scope.index.partnerCities(of: activity).compactMap { scope.index.cities[$0]?.name }
            return ReportTable.Row(
                [
                    .text(activity.id.rawValue), .text(activity.title), .text(ReportScope.label(activity.kind)),
                    .date(activity.firstLocalDay), .text(cities.joined(separator: "; ")),
                ] + Self.cells(figures, withActivities: false))
        }
        let total = scope.calculator.figures(ReportSlice(activities: scope.activities))
        return ReportTable(
            id: "activities", title: "Per activity",
            explanation: "Every activity of the period that was not cancelled, by first day. " + Self.explanationTail,
            columns: ["activity", "title", "kind", "first day", "partner cities"] + Self.figureColumns.dropFirst(),
            rows: rows
                + [
                    ReportTable.Row(
                        [.text("Total"), .empty, .empty, .empty, .empty] + Self.cells(total, withActivities: false),
                        isTotal: true)
                ])
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
        return ReportTable(
            id: "partner-cities", title: "Per partner city",
            explanation: "An activity counts for its partner city, or for every city invited to an event at home, so "
                + "the rows can add up to more than the total. 1:1 meetings and outcomes with a named partner count "
                + "for that partner's city. " + Self.explanationTail,
            columns: ["partner city"] + Self.figureColumns,
            rows: rows + [ReportTable.Row([.text("Total")] + Self.cells(total), isTotal: true)])
    }

    func sectors() -> ReportTable {
        let sections = Set(scope.index.records.registry.enterprises.map { scope.section(of: $0.id)?.letter })
        let ordered = sections.sorted { ($0.map(String.init) ?? "~") < ($1.map(String.init) ?? "~") }
        let rows = ordered.map { letter in
            let section = letter.flatMap { letter in NACESection.all.first { $0.letter == letter } }
            let figures = localFirms { scope.section(of: $0)?.letter == letter }
            return ReportTable.Row([.text(ReportScope.label(section))] + Self.cells(figures))
        }
        return ReportTable(
            id: "sectors", title: "Per sector",
            explanation: "Local firms by the NACE section of their main activity; people count for their firm's "
                + "sector, 1:1 meetings and outcomes for the local firm's. An activity counts where someone of the "
                + "sector was invited or recorded. Partner-city people are not in these rows. " + Self.explanationTail,
            columns: ["sector"] + Self.figureColumns,
            rows: rows + [ReportTable.Row([.text("Total")] + Self.cells(localFirms { _ in true }), isTotal: true)])
    }

    func sizeClasses() -> ReportTable {
        let rows = SizeClass.allCases.map { sizeClass in
            ReportTable.Row(
                [.text(sizeClass.rawValue)] + Self.cells(localFirms { scope.index.sizeClasses[$0] == sizeClass }))
        }
        return ReportTable(
            id: "size-classes", title: "Per size class",
            explanation: "Local firms by size class under Commission Recommendation 2003/361/EC (partner enterprises "
                + "pro rata, linked ones in full), counted as in the sector table. " + Self.explanationTail,
            columns: ["size class"] + Self.figureColumns,
            rows: rows + [ReportTable.Row([.text("Total")] + Self.cells(localFirms { _ in true }), isTotal: true)])
    }

    func quarters() -> ReportTable {
        let quarters = Dictionary(grouping: scope.activities) { ReportScope.quarter(of: $0.firstLocalDay) }
        let rows = quarters.keys.sorted().map { quarter in
            ReportTable.Row(
                [.text(quarter)] + Self.cells(scope.calculator.figures(ReportSlice(activities: quarters[quarter]!))))
        }
        let total = scope.calculator.figures(ReportSlice(activities: scope.activities))
        return ReportTable(
            id: "quarters", title: "Per quarter",
            explanation: "Activities by the calendar quarter of their first day. " + Self.explanationTail,
            columns: ["quarter"] + Self.figureColumns,
            rows: rows + [ReportTable.Row([.text("Total")] + Self.cells(total), isTotal: true)])
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
