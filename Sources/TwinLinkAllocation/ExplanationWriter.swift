import Foundation
import TwinLinkDomain
import TwinLinkLocalization

/// Writes what each firm reads about its decision — what happened, the numbers behind it, and for
/// a seat what it costs and when to confirm — as a message for the reader's language, with its
/// English rendering for the store.
struct ExplanationWriter {
    let rules: ActivityRules
    let deadlines: Deadlines
    let zone: TimeZone
    let reservedSeatsTotal: Int
    let requiredFill: Int
    /// Said after every seat and rank while applications are open: every one may still change.
    private let provisionalNote: Message?
    /// Said to every firm that gets a seat.
    private let costAndConfirmation: Message
    /// `all 12 seats`, or `the only seat`.
    private let allSeats: Message
    private let english = MessageRenderer(CatalogueSet.shippedCatalogue("en"))

    init(
        rules: ActivityRules, deadlines: Deadlines, zone: TimeZone, reservedSeatsTotal: Int, requiredFill: Int,
        provisional: Bool
    ) {
        self.rules = rules
        self.deadlines = deadlines
        self.zone = zone
        self.reservedSeatsTotal = reservedSeatsTotal
        self.requiredFill = requiredFill
        let note = provisional ? Message("alloc_provisional", ["until": .day(deadlines.applicationsClose)]) : nil
        provisionalNote = note
        costAndConfirmation = .sentences(
            Message(
                "alloc_cost_confirm",
                ["costs": .message(rules.costs.summaryMessage), "by": .day(deadlines.confirmation)]),
            note)
        let seats = rules.capacity.seats
        allSeats = seats == 1 ? Message("alloc_only_seat") : Message("alloc_all_seats", count: seats)
    }

    private var seats: Int { rules.capacity.seats }

    /// The message and its English text.
    func written(_ reason: ReasonCode, _ message: Message) -> (ReasonCode, Message, String) {
        (reason, message, english.render(message))
    }

    func accepted(
        _ assessment: ApplicantAssessment, seats granted: Int, reserved category: Int?, reservationHelped: Bool,
        extraRefusal: SeatGreedy.Refusal?
    ) -> (ReasonCode, Message, String) {
        let score = assessment.score.total
        if let override = assessment.override, case .accept = override.action {
            return written(
                .acceptedByOverride,
                Message(
                    "alloc_accepted_override",
                    [
                        "seats": .message(.seats(granted)), "actor": .verbatim(override.actor),
                        "day": .day(LocalDate(override.at, in: zone)), "reason": .verbatim(override.reason),
                        "then": .message(costAndConfirmation),
                    ]))
        }
        let named = assessment.delegatesNamed
        var seatsText = Message.seats(granted)
        var after: Message?
        if granted < assessment.seatsRequested {
            let why = extraRefusal.map {
                Message("alloc_in_parentheses", ["text": .message(seatLimitClause($0.reason))])
            }
            seatsText = Message("alloc_seats_of_asked", ["granted": .number(granted)], count: assessment.seatsRequested)
            let firsts = rules.capacity.delegatesDefault
            after =
                firsts == 1
                ? Message("alloc_partial_after_first", ["why": .optional(why)])
                : Message("alloc_partial_after", ["why": .optional(why)], count: firsts)
        } else if named > assessment.seatsRequested {
            seatsText = Message(
                "alloc_seats_named", ["seats": .message(seatsText), "max": .number(assessment.seatsRequested)],
                count: named)
        }
        if let category, reservationHelped {
            let reserve = rules.quotas.reserved[category]
            return written(
                .acceptedReserved,
                Message(
                    "alloc_accepted_reserved",
                    [
                        "seats": .message(seatsText), "firms": .message(reserve.firms.message),
                        "score": .number(score), "after": .optional(after), "then": .message(costAndConfirmation),
                    ], count: reserve.seats))
        }
        return written(
            granted < assessment.seatsRequested ? .acceptedPartly : .accepted,
            Message(
                "alloc_accepted",
                [
                    "seats": .message(seatsText), "score": .number(score), "after": .optional(after),
                    "then": .message(costAndConfirmation),
                ]))
    }

    func waitlisted(_ assessment: ApplicantAssessment, rank: Int, refusal: SeatGreedy.Refusal) -> (
        ReasonCode, Message, String
    ) {
        let yours = assessment.score.total
        switch refusal.reason {
        case .seatsTaken:
            let ranked = refusal.seated - refusal.kept
            let numbers = scoreComparison(yours: yours, lowest: refusal.lowestScore)
            if refusal.kept == 0 {
                return written(
                    .seatsTaken,
                    .sentences(
                        Message(
                            "alloc_waitlisted_taken",
                            ["rank": .number(rank), "all": .message(allSeats), "numbers": .message(numbers)]),
                        provisionalNote))
            }
            let rest =
                ranked > 0
                ? Message("alloc_and_ranked", ["numbers": .message(numbers)], count: ranked) : nil
            return written(
                .seatsTaken,
                .sentences(
                    Message(
                        "alloc_waitlisted_kept",
                        [
                            "rank": .number(rank), "all": .message(allSeats), "kept": .number(refusal.kept),
                            "rest": .optional(rest),
                        ], count: seats),
                    provisionalNote))
        case .shareReached(let index):
            let share = rules.quotas.maximumShares[index]
            let numbers = scoreComparison(yours: yours, lowest: refusal.lowestScoreInShare)
            return written(
                .maximumShareReached,
                .sentences(
                    Message(
                        "alloc_waitlisted_share",
                        [
                            "rank": .number(rank), "firms": .message(share.firms.message),
                            "limit": .number(share.seatLimit(of: seats)), "percent": .number(share.percent),
                            "name": .verbatim(share.name), "numbers": .message(numbers),
                        ], count: seats),
                    provisionalNote))
        case .seatsReserved:
            let open = rules.quotas.unusedReservedSeats == .openPool ? seats - requiredFill : seats - reservedSeatsTotal
            let numbers = scoreComparison(yours: yours, lowest: refusal.lowestScore)
            let categories = rules.quotas.reserved.map { reserve -> Message.Argument in
                .message(
                    Message(
                        "alloc_category",
                        ["firms": .message(reserve.firms.message), "seats": .message(.seats(reserve.seats))]
                    ))
            }
            let empty = rules.quotas.unusedReservedSeats == .keepEmpty ? Message("alloc_keep_empty") : nil
            return written(
                .seatsReserved,
                .sentences(
                    Message(
                        "alloc_waitlisted_reserved",
                        [
                            "rank": .number(rank), "open": .message(.seats(open)), "numbers": .message(numbers),
                            "categories": .list(categories), "empty": .optional(empty),
                        ]),
                    provisionalNote))
        }
    }

    /// ` (yours 41, lowest seated 47)`, with a word on the draw when the scores are equal.
    private func scoreComparison(yours: Int, lowest: Int?) -> Message {
        guard let lowest else { return Message("alloc_score_yours", ["yours": .number(yours)]) }
        return Message(
            lowest == yours ? "alloc_score_draw" : "alloc_score_lowest",
            ["yours": .number(yours), "lowest": .number(lowest)])
    }

    private func seatLimitClause(_ reason: SeatModel.Refusal) -> Message {
        switch reason {
        case .seatsTaken: Message("alloc_clause_taken", ["all": .message(allSeats)], count: seats)
        case .shareReached(let index):
            Message(
                "alloc_clause_share", ["firms": .message(rules.quotas.maximumShares[index].firms.message)],
                count: rules.quotas.maximumShares[index].seatLimit(of: seats))
        case .seatsReserved: Message("alloc_clause_reserved")
        }
    }

    func rejectedByOverride(_ override: ManualOverride) -> (ReasonCode, Message, String) {
        written(
            .rejectedByOverride,
            Message(
                "alloc_rejected_override",
                [
                    "actor": .verbatim(override.actor), "day": .day(LocalDate(override.at, in: zone)),
                    "reason": .verbatim(override.reason),
                ]))
    }
}
