import Foundation
import TwinLinkDomain

/// Adds up an applicant's priority score from the regulations' criteria, line by line.
struct PriorityScoring {
    let rules: ActivityRules
    let activity: AllocationActivity
    let history: TravelHistory
    /// The close of applications, as a day number and as text.
    let closeDay: Int
    let closeText: String
    /// Trips that ended on or after this day count as recent.
    let recentSince: LocalDate
    /// The lines that depend only on a firm's sectors or on the weeks it applied early, worked out
    /// once per run: most firms share them.
    private let memo = Memo()
    /// `branch rule 'micro-first-steps' for micro firms`, by rule name.
    private let branchLabels: [String: String]

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
        closeText = close.isoText
        recentSince = input.activity.firstDay.subtracting(months: input.rules.priority.rotation.lookbackMonths)
        branchLabels = Dictionary(
            input.rules.branches.map { ($0.name, "branch rule '\($0.name)' for \($0.firms)") },
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
            components.append(
                .init(label: "newcomer: no study visit with the programme yet", points: rotation.newcomerPoints))
        } else {
            let recent = trips.filter { $0.lastDay >= recentSince }
            if !recent.isEmpty {
                let visits = recent.map { "\($0.activityID), ended \($0.lastDay.isoText)" }.joined(separator: "; ")
                components.append(
                    .init(
                        label:
                            "\(AmountText.count(recent.count, "study visit")) in the last \(rotation.lookbackMonths) "
                            + "months (\(visits))",
                        points: recent.count * rotation.pointsPerRecentTrip))
            }
        }
        if priority.pointsPerWeekBeforeClose != 0 {
            components.append(weekLine(max(0, closeDay - submittedDay) / 7))
        }
        for branch in branches where branch.priorityPoints != 0 {
            components.append(.init(label: branchLabels[branch.name] ?? branch.name, points: branch.priorityPoints))
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
                        let which = key == sector ? "" : " (key sector \(key))"
                        components.append(
                            .init(
                                label: "sector \(sector) matches a key sector of \(city.name)\(which)",
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
                let names = AmountText.list(interested.map(\.name))
                components.append(
                    .init(
                        label: "\(AmountText.count(interested.count, "partner enterprise")) "
                            + "\(interested.count == 1 ? "wants" : "want") contacts in its sectors (\(names))",
                        points: points))
            }
        }
        memo.sectorLines[sectors] = components
        return components
    }

    /// Points for applying `weeks` full weeks before applications closed.
    private func weekLine(_ weeks: Int) -> PriorityScore.Component {
        if let known = memo.weekLines[weeks] { return known }
        let priority = rules.priority
        let line = PriorityScore.Component(
            label: "applied \(AmountText.count(weeks, "full week")) before applications closed on \(closeText)",
            points: min(priority.applicationTimeMax, weeks * priority.pointsPerWeekBeforeClose))
        memo.weekLines[weeks] = line
        return line
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
