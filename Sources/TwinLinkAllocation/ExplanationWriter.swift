import Foundation
import TwinLinkDomain

/// Writes the sentence each firm reads about its decision: what happened, the numbers behind it,
/// and for a seat what it costs and when to confirm.
struct ExplanationWriter {
    let rules: ActivityRules
    let deadlines: Deadlines
    let zone: TimeZone
    let reservedSeatsTotal: Int
    let requiredFill: Int
    /// Said after every seat and rank while applications are open: every one may still change.
    private let provisionalNote: String
    /// Said to every firm that gets a seat.
    private let costAndConfirmation: String
    /// `all 12 seats`, or `the only seat`.
    private let allSeats: String

    init(
        rules: ActivityRules, deadlines: Deadlines, zone: TimeZone, reservedSeatsTotal: Int, requiredFill: Int,
        provisional: Bool
    ) {
        self.rules = rules
        self.deadlines = deadlines
        self.zone = zone
        self.reservedSeatsTotal = reservedSeatsTotal
        self.requiredFill = requiredFill
        provisionalNote =
            provisional
            ? " Provisional: applications are open until \(deadlines.applicationsClose.iso), and the allocation "
                + "made after they close decides." : ""
        costAndConfirmation =
            "Self-paid cost: \(rules.costs.summary); confirm by \(deadlines.confirmation.iso).\(provisionalNote)"
        let seats = rules.capacity.seats
        allSeats = seats == 1 ? "the only seat" : "all \(seats) seats"
    }

    private var seats: Int { rules.capacity.seats }

    func accepted(
        _ assessment: ApplicantAssessment, seats granted: Int, reserved category: Int?, reservationHelped: Bool,
        extraRefusal: SeatGreedy.Refusal?
    ) -> (ReasonCode, String) {
        let score = assessment.score.total
        if let override = assessment.override, case .accept = override.action {
            let day = LocalDate(override.at, in: zone).iso
            return (
                .acceptedByOverride,
                "Accepted with \(AmountText.count(granted, "seat")) by decision of \(override.actor) on \(day): "
                    + "\(override.reason). \(costAndConfirmation)"
            )
        }
        let named = assessment.delegatesNamed
        var seatsText = AmountText.count(granted, "seat")
        var after = ""
        if granted < assessment.seatsRequested {
            let firsts = rules.capacity.delegatesDefault
            let why = extraRefusal.map { " (\(seatLimitClause($0.reason)))" } ?? ""
            seatsText = "\(granted) of the \(assessment.seatsRequested) seats asked for"
            after =
                ": every firm's first \(firsts == 1 ? "delegate is" : "\(firsts) delegates are") seated before "
                + "further delegates, and no seat was left for another delegate\(why)"
        } else if named > assessment.seatsRequested {
            seatsText += " (\(named) delegates named; at most \(assessment.seatsRequested) per company)"
        }
        if let category, reservationHelped {
            let reserve = rules.quotas.reserved[category]
            return (
                .acceptedReserved,
                "Accepted with \(seatsText), on one of the \(reserve.seats) seats reserved for \(reserve.firms) "
                    + "(priority score \(score))\(after). \(costAndConfirmation)"
            )
        }
        return (
            granted < assessment.seatsRequested ? .acceptedPartly : .accepted,
            "Accepted with \(seatsText) (priority score \(score))\(after). \(costAndConfirmation)"
        )
    }

    func waitlisted(_ assessment: ApplicantAssessment, rank: Int, refusal: SeatGreedy.Refusal) -> (ReasonCode, String) {
        let yours = assessment.score.total
        switch refusal.reason {
        case .seatsTaken:
            let ranked = refusal.seated - refusal.kept
            let numbers = scoreComparison(yours: yours, lowest: refusal.lowestScore)
            if refusal.kept == 0 {
                return (
                    .seatsTaken,
                    "Waitlisted, rank \(rank): \(allSeats) went to applicants with a higher priority score"
                        + "\(numbers).\(provisionalNote)"
                )
            }
            let rest = ranked > 0 ? " and \(ranked) by applicants with a higher priority score\(numbers)" : ""
            return (
                .seatsTaken,
                "Waitlisted, rank \(rank): \(allSeats) \(seats == 1 ? "is" : "are") taken, \(refusal.kept) by "
                    + "applicants who keep seats given in an earlier version or by a coordinator\(rest)."
                    + provisionalNote
            )
        case .shareReached(let index):
            let share = rules.quotas.maximumShares[index]
            let numbers = scoreComparison(yours: yours, lowest: refusal.lowestScoreInShare)
            return (
                .maximumShareReached,
                "Waitlisted, rank \(rank): \(share.firms) may hold at most \(share.seatLimit(of: seats)) of the "
                    + "\(seats) seats (\(share.percent) %, '\(share.name)'), and those went to applicants with a "
                    + "higher priority score\(numbers).\(provisionalNote)"
            )
        case .seatsReserved:
            let open = rules.quotas.unusedReservedSeats == .openPool ? seats - requiredFill : seats - reservedSeatsTotal
            let numbers = scoreComparison(yours: yours, lowest: refusal.lowestScore)
            let categories = AmountText.list(
                rules.quotas.reserved.map { "\($0.firms) (\(AmountText.count($0.seats, "seat")))" })
            let empty =
                rules.quotas.unusedReservedSeats == .keepEmpty ? ", and stay empty if they cannot fill them" : ""
            return (
                .seatsReserved,
                "Waitlisted, rank \(rank): the \(AmountText.count(open, "seat")) open to every firm went to "
                    + "applicants with a higher priority score\(numbers); the others are reserved for \(categories)"
                    + "\(empty).\(provisionalNote)"
            )
        }
    }

    /// ` (yours 41, lowest seated 47)`, with a word on the draw when the scores are equal.
    private func scoreComparison(yours: Int, lowest: Int?) -> String {
        guard let lowest else { return " (yours \(yours))" }
        if lowest == yours {
            return " or, at an equal score, an earlier place in the seeded draw (yours \(yours), lowest seated "
                + "\(lowest))"
        }
        return " (yours \(yours), lowest seated \(lowest))"
    }

    private func seatLimitClause(_ reason: SeatModel.Refusal) -> String {
        switch reason {
        case .seatsTaken: "\(allSeats) \(seats == 1 ? "is" : "are") taken"
        case .shareReached(let index):
            "\(rules.quotas.maximumShares[index].firms) may hold at most "
                + "\(rules.quotas.maximumShares[index].seatLimit(of: seats)) seats"
        case .seatsReserved: "the remaining seats are reserved"
        }
    }

    func rejectedByOverride(_ override: ManualOverride) -> String {
        "Rejected by decision of \(override.actor) on \(LocalDate(override.at, in: zone).iso): \(override.reason)."
    }
}
