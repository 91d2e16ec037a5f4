import Foundation
import TwinLinkDomain
import TwinLinkLocalization

/// Adds up an applicant's priority score from the regulations' criteria, line by line.
struct PriorityScoring {
    let rules: ActivityRules
    let activity: AllocationActivity
    let history: TravelHistory
    /// The close of applications, as a day number and as text.
    let closeDay: Int
    let close: LocalDate
    /// Trips that ended on or after this day count as recent.
    let recentSince: LocalDate
    /// The lines that depend only on a firm's sectors or on the weeks it applied early, worked out
    /// once per run: most firms share them.
    private let memo = Memo()
    /// `branch rule 'micro-first-steps' for micro firms`, by rule name.
    private let branchLabels: [String: Message]
    private let english = MessageRenderer(CatalogueSet.shippedCatalogue("en"))

    private final class Memo {
        var sectorLines: [[NACECode]: [PriorityScore.Component]] = [:]
        var weekLines: [Int: PriorityScore.Component] = [:]
    }

    init(input: AllocationInput) {
        rules = input.rules
        activity = input.activity
        history = input.travelHistory
        let close = input.deadlines.applicationsClose
        closeDay = DayArithmetic.dayNumber(close)
        self.close = close
        recentSince = input.activity.firstDay.subtracting(months: input.rules.priority.rotation.lookbackMonths)
        branchLabels = Dictionary(
            input.rules.branches.map {
                (
                    $0.name,
                    Message("score_branch_rule", ["rule": .verbatim($0.name), "firms": .message($0.firms.message)])
                )
            },
            uniquingKeysWith: { a, _ in a })
    }

    /// The score of `applicant`, to whose firm `branches` apply, whose application came in on day
    /// `submittedDay`.
    func score(_ applicant: Applicant, branches: [BranchRule], submittedDay: Int) -> PriorityScore {
        let priority = rules.priority
        var components = sectorLines(applicant.enterprise.sectors)
        let rotation = priority.rotation
        let trips = history.trips(of: applicant.enterprise.id, endingBefore: activity.firstDay)
        if trips.isEmpty {
            components.append(line(Message("score_newcomer"), points: rotation.newcomerPoints))
        } else {
            let recent = trips.filter { $0.lastDay >= recentSince }
            if !recent.isEmpty {
                let visits = recent.map { trip -> Message.Argument in
                    .message(
                        Message(
                            "score_trip",
                            ["activity": .verbatim(trip.activityID.rawValue), "ended": .day(trip.lastDay)]))
                }
                components.append(
                    line(
                        Message(
                            "score_recent_trips",
                            [
                                "months": .message(Message("score_months", count: rotation.lookbackMonths)),
                                "visits": .list(visits),
                            ], count: recent.count),
                        points: recent.count * rotation.pointsPerRecentTrip))
            }
        }
        if priority.pointsPerWeekBeforeClose != 0 {
            components.append(weekLine(max(0, closeDay - submittedDay) / 7))
        }
        for branch in branches where branch.priorityPoints != 0 {
            components.append(
                line(
                    branchLabels[branch.name] ?? Message("engine_as_written", ["text": .verbatim(branch.name)]),
                    points: branch.priorityPoints))
        }
        return PriorityScore(components: components)
    }

    /// Points for a sector that is a key sector of the partner city, and for the partner
    /// enterprises that want contacts in the firm's sectors.
    private func sectorLines(_ sectors: [NACECode]) -> [PriorityScore.Component] {
        if let known = memo.sectorLines[sectors] { return known }
        let priority = rules.priority
        var components: [PriorityScore.Component] = []
        func matches(_ a: NACECode, _ b: NACECode) -> Bool { a.isWithin(b) || b.isWithin(a) }
        if priority.keySectorPoints != 0 {
            outer: for sector in sectors {
                for city in activity.partnerCities {
                    if let key = city.keySectors.first(where: { matches(sector, $0) }) {
                        components.append(
                            line(
                                Message(
                                    key == sector ? "score_key_sector" : "score_key_sector_within",
                                    [
                                        "sector": .verbatim(sector.rawValue), "city": .verbatim(city.name),
                                        "key": .verbatim(key.rawValue),
                                    ]),
                                points: priority.keySectorPoints))
                        break outer
                    }
                }
            }
        }
        if priority.partnerInterestPoints != 0 {
            let interested = activity.partnerInterests.filter { partner in
                partner.sectors.contains { interest in sectors.contains { matches($0, interest) } }
            }
            if !interested.isEmpty {
                let points = min(priority.partnerInterestMax, interested.count * priority.partnerInterestPoints)
                components.append(
                    line(
                        Message(
                            "score_partner_interest", ["names": Self.namesList(interested.map(\.name))],
                            count: interested.count),
                        points: points))
            }
        }
        memo.sectorLines[sectors] = components
        return components
    }

    /// At most this many names in a score line; the rest are counted ("a, b, c, d, e and 12 others"),
    /// so a decision's explanation stays the same size however many partners a city registers.
    static let namesShown = 5

    /// `names` as a list argument: the first `namesShown` as written, the rest as a counted phrase.
    static func namesList(_ names: [String]) -> Message.Argument {
        guard names.count > namesShown else { return .list(names.map { .verbatim($0) }) }
        let rest = names.count - namesShown
        return .list(names.prefix(namesShown).map { .verbatim($0) } + [.message(Message("list_others", count: rest))])
    }

    /// Points for applying `weeks` full weeks before applications closed.
    private func weekLine(_ weeks: Int) -> PriorityScore.Component {
        if let known = memo.weekLines[weeks] { return known }
        let priority = rules.priority
        let result = line(
            Message("score_weeks_early", ["close": .day(close)], count: weeks),
            points: min(priority.applicationTimeMax, weeks * priority.pointsPerWeekBeforeClose))
        memo.weekLines[weeks] = result
        return result
    }

    /// A line of the score: its message and English label.
    private func line(_ message: Message, points: Int) -> PriorityScore.Component {
        PriorityScore.Component(label: english.render(message), points: points, message: message)
    }
}

extension LocalDate {
    /// The same day `months` months earlier (the month's last day where it is shorter).
    func subtracting(months: Int) -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12))!
        return LocalDate(calendar.date(byAdding: .month, value: -months, to: start)!, in: calendar.timeZone)
    }
}
