import Foundation
import Testing
import TwinLinkAllocation
import TwinLinkDomain
import TwinLinkLocalization

/// Worked examples of the seat rule, each decision checked with the sentence the firm reads.
@Suite("Seat allocation examples")
struct SeatAllocatorTests {
    /// Score = full weeks between the application and the close of applications (2026-11-30).
    static let byWeeks = PriorityRules(pointsPerWeekBeforeClose: 1, applicationTimeMax: 30)

    /// Submitted `score` weeks before applications close: that many points.
    static func scored(_ name: String, _ score: Int, staff: Int = 20, sectors: [String] = ["62.01"], delegates: Int = 1)
        -> Applicant
    {
        let day = Build.day("2026-11-30").adding(days: -7 * score)
        return Build.simple(
            name, staff: staff, sectors: sectors, submitted: "\(day.iso)T10:00:00+01:00", delegates: delegates)
    }

    static let cost =
        "Self-paid cost: €1,030.00 per delegate (travel €450.00, accommodation €480.00, fees €100.00); "
        + "confirm by 31 January 2027."

    @Test("the best scores take the seats; the rest wait in rank order with the numbers that decided")
    func plainWaitlist() {
        let applicants = [10, 9, 8, 7, 6].enumerated().map { Self.scored("f\($0.offset)", $0.element) }
        let result = SeatAllocator().allocateSeats(
            for: Build.input(applicants, rules: Build.rules(seats: 3, priority: Self.byWeeks)))
        #expect(result["app-f0"].outcome == .accepted(seats: 1))
        #expect(result["app-f0"].explanation == "Accepted with 1 seat (priority score 10). " + Self.cost)
        #expect(result["app-f2"].outcome == .accepted(seats: 1))
        #expect(result["app-f3"].outcome == .waitlisted(rank: 1))
        #expect(result["app-f3"].reason == .seatsTaken)
        #expect(
            result["app-f3"].explanation
                == "Waitlisted, rank 1: all 3 seats went to applicants with a higher priority score (yours 7, lowest "
                + "seated 8).")
        #expect(result["app-f4"].outcome == .waitlisted(rank: 2))
        #expect(result.seatsTaken == 3)
        #expect(
            result["app-f0"].score?.description
                == "+10 applied 10 full weeks before applications closed on 30 November 2026 = 10")
    }

    @Test("equal scores are ordered by the seeded draw, and the sentence says so")
    func tieBreak() {
        let applicants = [Self.scored("a", 5), Self.scored("b", 5)]
        let result = SeatAllocator().allocateSeats(
            for: Build.input(applicants, rules: Build.rules(seats: 1, priority: Self.byWeeks)))
        let (winner, loser) = result["app-a"].draw < result["app-b"].draw ? ("app-a", "app-b") : ("app-b", "app-a")
        #expect(result[winner].outcome == .accepted(seats: 1))
        #expect(
            result[loser].explanation
                == "Waitlisted, rank 1: the only seat went to applicants with a higher priority score or, at an equal "
                + "score, an earlier place in the seeded draw (yours 5, lowest seated 5).")
        let other = SeatAllocator().allocateSeats(
            for: Build.input(applicants, rules: Build.rules(seats: 1, priority: Self.byWeeks), seed: 7))
        #expect(other.seed == 7)
        #expect(other["app-a"].draw == SeededDraw.number(seed: 7, applicationID: "app-a"))
    }

    @Test("a reserved seat goes to the best micro firm even with a lower score")
    func reservedSeat() {
        var applicants = [10, 9, 8, 7].enumerated().map { Self.scored("f\($0.offset)", $0.element) }
        applicants.append(Self.scored("micro", 5, staff: 3))
        let rules = Build.rules(
            seats: 3, reserved: [ReservedSeats(name: "micro-firms", firms: Build.micro, seats: 1)],
            priority: Self.byWeeks)
        let result = SeatAllocator().allocateSeats(for: Build.input(applicants, rules: rules))
        #expect(result["app-micro"].outcome == .accepted(seats: 1))
        #expect(result["app-micro"].reason == .acceptedReserved)
        #expect(
            result["app-micro"].explanation
                == "Accepted with 1 seat, on the 1 seat reserved for micro firms (priority score 5). "
                + Self.cost)
        #expect(result["app-f2"].outcome == .waitlisted(rank: 1))
        #expect(result["app-f2"].reason == .seatsReserved)
        #expect(
            result["app-f2"].explanation
                == "Waitlisted, rank 1: the 2 seats open to every firm went to applicants with a higher priority score "
                + "(yours 8, lowest seated 9); the others are reserved for micro firms (1 seat).")
        #expect(
            result.quotas == [
                QuotaUse(
                    name: "micro-firms", kind: .reservedSeats, firms: "micro firms", seats: 1, used: 1,
                    firmsMessage: Message(
                        "alloc_firms_of_classes", ["classes": .list([.message(Message("alloc_class_micro"))])]))
            ])
    }

    @Test("reserved seats no micro firm takes go to the open pool, or stay empty if the rules say so")
    func unusedReservedSeats() {
        let applicants = [10, 9, 8, 7].enumerated().map { Self.scored("f\($0.offset)", $0.element) }
        let reserve = [ReservedSeats(name: "micro-firms", firms: Build.micro, seats: 1)]
        let pooled = SeatAllocator().allocateSeats(
            for: Build.input(applicants, rules: Build.rules(seats: 3, reserved: reserve, priority: Self.byWeeks)))
        #expect(pooled.seatsTaken == 3)
        #expect(pooled["app-f2"].outcome == .accepted(seats: 1))
        let empty = SeatAllocator().allocateSeats(
            for: Build.input(
                applicants, rules: Build.rules(seats: 3, reserved: reserve, unused: .keepEmpty, priority: Self.byWeeks))
        )
        #expect(empty.seatsTaken == 2)
        #expect(
            empty["app-f2"].explanation
                == "Waitlisted, rank 1: the 2 seats open to every firm went to applicants with a higher priority score "
                + "(yours 8, lowest seated 9); the others are reserved for micro firms (1 seat), and stay empty if "
                + "they cannot fill them.")
    }

    @Test("a maximum share stops a sector at its limit while other firms take the remaining seats")
    func maximumShare() {
        let applicants = [
            Self.scored("it1", 10), Self.scored("it2", 9), Self.scored("it3", 8),
            Self.scored("food", 5, sectors: ["10.71"]),
        ]
        let rules = Build.rules(
            seats: 4, shares: [MaximumShare(name: "it", firms: FirmSelector(sectors: [Build.nace("62")]), percent: 50)],
            priority: Self.byWeeks)
        let result = SeatAllocator().allocateSeats(for: Build.input(applicants, rules: rules))
        #expect(result["app-food"].outcome == .accepted(seats: 1))
        #expect(result["app-it3"].reason == .maximumShareReached)
        #expect(
            result["app-it3"].explanation
                == "Waitlisted, rank 1: firms in division 62 may hold at most 2 of the 4 seats (50 %, 'it'), and "
                + "those went to "
                + "applicants with a higher priority score (yours 8, lowest seated 9).")
        #expect(result.seatsTaken == 3)
    }

    @Test("every firm's first delegate is seated before any second delegate")
    func secondDelegates() {
        let applicants = [
            Self.scored("a", 10, delegates: 2), Self.scored("b", 9), Self.scored("c", 8, delegates: 2),
            Self.scored("d", 7),
        ]
        let tight = SeatAllocator().allocateSeats(
            for: Build.input(applicants, rules: Build.rules(seats: 3, priority: Self.byWeeks)))
        #expect(tight["app-a"].outcome == .accepted(seats: 1))
        #expect(tight["app-a"].reason == .acceptedPartly)
        #expect(
            tight["app-a"].explanation
                == "Accepted with 1 of the 2 seats asked for (priority score 10): every firm's first delegate is "
                + "seated before further delegates, and no seat was left for another delegate (all 3 seats are "
                + "taken). " + Self.cost)
        #expect(tight["app-d"].outcome == .waitlisted(rank: 1))
        let roomy = SeatAllocator().allocateSeats(
            for: Build.input(applicants, rules: Build.rules(seats: 5, priority: Self.byWeeks)))
        #expect(roomy["app-a"].outcome == .accepted(seats: 2))
        #expect(roomy["app-c"].outcome == .accepted(seats: 1))
        #expect(roomy["app-d"].outcome == .accepted(seats: 1))
        let single = SeatAllocator().allocateSeats(
            for: Build.input(applicants, rules: Build.rules(seats: 5, delegatesMax: 1, priority: Self.byWeeks)))
        #expect(single["app-a"].outcome == .accepted(seats: 1))
        #expect(
            single["app-a"].explanation
                == "Accepted with 1 seat (2 delegates named; at most 1 per company) (priority score 10). " + Self.cost)
    }

    @Test("a coordinator's override seats or rejects an application, with who and why")
    func overrides() {
        let applicants = [Self.scored("a", 10), Self.scored("b", 9), Self.scored("c", 2)]
        let at = Build.instant("2026-12-02T09:00:00+01:00")
        let overrides = [
            ManualOverride(
                applicationID: Identifier(trusted: "app-c"), action: .accept(seats: 1), actor: "Ewa Nowak",
                reason: "speaker at the forum", at: at),
            ManualOverride(
                applicationID: Identifier(trusted: "app-a"), action: .reject, actor: "Ewa Nowak",
                reason: "unpaid fees from 2026", at: at),
        ]
        let result = SeatAllocator().allocateSeats(
            for: Build.input(applicants, rules: Build.rules(seats: 1, priority: Self.byWeeks), overrides: overrides))
        #expect(result["app-c"].outcome == .accepted(seats: 1))
        #expect(
            result["app-c"].explanation
                == "Accepted with 1 seat by decision of Ewa Nowak on 2 December 2026: speaker at the forum. "
                + Self.cost)
        #expect(result["app-a"].outcome == .rejected)
        #expect(
            result["app-a"].explanation
                == "Rejected by decision of Ewa Nowak on 2 December 2026: unpaid fees from 2026.")
        #expect(
            result["app-b"].explanation
                == "Waitlisted, rank 1: the only seat is taken, 1 by applicants who keep seats given in an earlier "
                + "version or by a coordinator.")
    }

    @Test("a re-run keeps every seat given before, and a withdrawal's seat goes to the first waitlisted")
    func rerunAfterWithdrawal() {
        var applicants = [10, 9, 8, 7, 6].enumerated().map { Self.scored("f\($0.offset)", $0.element) }
        let rules = Build.rules(seats: 3, priority: Self.byWeeks)
        let first = SeatAllocator().allocateSeats(for: Build.input(applicants, rules: rules))
        applicants[1].withdrawal = Withdrawal(
            at: Build.instant("2026-12-03T10:00:00+01:00"), recordedBy: "Ewa Nowak", reason: "illness")
        let previous = PreviousAllocation(
            version: 1, seats: Dictionary(uniqueKeysWithValues: first.decisions.map { ($0.applicationID, $0.seats) }))
        let second = SeatAllocator().allocateSeats(for: Build.input(applicants, rules: rules, previous: previous))
        #expect(second["app-f1"].outcome == .rejected)
        #expect(
            second["app-f1"].explanation
                == "Withdrawn on 3 December 2026, recorded by Ewa Nowak: illness; the application takes no seat.")
        #expect(second["app-f3"].outcome == .accepted(seats: 1))
        #expect(second["app-f4"].outcome == .waitlisted(rank: 1))
        let changes = AllocationDiff.changes(
            from: first.decisions.map { $0.stored(in: Identifier(trusted: "run-1")) },
            to: second.decisions.map { $0.stored(in: Identifier(trusted: "run-2")) })
        #expect(
            changes.map(\.description) == [
                "app-f1: withdrawn, accepted (1 seat) → rejected (withdrawn)",
                "app-f3: promoted, waitlisted (rank 1) → accepted (1 seat)",
                "app-f4: rank changed, waitlisted (rank 2) → waitlisted (rank 1)",
            ])
        #expect(first.inputsHash != second.inputsHash)
    }

    @Test("the inputs hash covers what decides the result and not the seats kept")
    func inputsHash() {
        let applicants = [Self.scored("a", 10), Self.scored("b", 9)]
        let input = Build.input(applicants, rules: Build.rules(seats: 1, priority: Self.byWeeks))
        var kept = input
        kept.previous = PreviousAllocation(version: 1, seats: [Identifier(trusted: "app-a"): 1])
        #expect(input.inputsHash == kept.inputsHash)
        #expect(input.inputsHash.count == 64)
        var reseeded = input
        reseeded.seed = 43
        #expect(input.inputsHash != reseeded.inputsHash)
        var bigger = input
        bigger.applicants[0].enterprise.staffHeadcount += 1
        #expect(input.inputsHash != bigger.inputsHash)
    }

    @Test("the priority score is added up line by line: sectors, partners, rotation, time, branch rules")
    func priorityLines() {
        let priority = PriorityRules(
            keySectorPoints: 20, partnerInterestPoints: 5, partnerInterestMax: 15,
            rotation: .init(lookbackMonths: 24, pointsPerRecentTrip: -10, newcomerPoints: 10),
            pointsPerWeekBeforeClose: 1, applicationTimeMax: 8)
        let bonus = BranchRule(name: "micro-first-steps", firms: Build.micro, priorityPoints: 5)
        let history = TravelHistory(trips: [
            .init(
                enterpriseID: Identifier(trusted: "sme-metal"), activityID: Identifier(trusted: "visit-ev-recent"),
                lastDay: Build.day("2026-10-15")),
            .init(
                enterpriseID: Identifier(trusted: "sme-metal"), activityID: Identifier(trusted: "visit-ev-old"),
                lastDay: Build.day("2024-01-20")),
        ])
        let applicants = [
            Build.simple("it", staff: 20, sectors: ["62.01"], submitted: "2026-11-09T10:00:00+01:00"),
            Build.simple("metal", staff: 3, sectors: ["28.99"], submitted: "2026-09-16T10:00:00+02:00"),
        ]
        let result = SeatAllocator().allocateSeats(
            for: Build.input(applicants, rules: Build.rules(priority: priority, branches: [bonus]), history: history))
        #expect(
            result["app-it"].score?.description
                == "+20 sector 62.01 matches a key sector of Nuremberg; +5 1 partner enterprise wants contacts in the "
                + "firm's sectors (Dürer Digital); +10 newcomer: no study visit with the programme yet; +3 applied 3 "
                + "full weeks before applications closed on 30 November 2026 = 38")
        #expect(
            result["app-metal"].score?.description
                == "+20 sector 28.99 matches a key sector of Nuremberg (key sector 28); +5 1 partner enterprise wants "
                + "contacts in the firm's sectors (Frankenmetall); −10 1 study visit in the last 24 months "
                + "(visit-ev-recent, ended 15 October 2026); +8 applied 10 full weeks before applications closed on "
                + "30 November 2026; +5 branch rule 'micro-first-steps' for micro firms = 28")
    }
}
