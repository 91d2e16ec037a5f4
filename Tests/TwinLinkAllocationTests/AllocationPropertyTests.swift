import PropertyBased
import Testing
import TwinLinkAllocation
import TwinLinkDomain

/// The promises of the seat rule, checked on many generated problems rather than a few examples.
@Suite("Seat allocation properties")
struct AllocationPropertyTests {
    @Test("capacity, the delegates per company and the maximum share are never exceeded")
    func limits() async {
        await propertyCheck(count: 300, input: Scenario.all) { scenario in
            let result = SeatAllocator().allocateSeats(for: scenario.input())
            #expect(result.seatsTaken <= scenario.seats, "\(scenario)")
            for decision in result.decisions {
                let firm = scenario.firms[Scenario.index(of: decision.applicationID)]
                #expect(decision.seats <= min(firm.delegates, scenario.delegatesMax), "\(scenario)")
            }
            if let limit = scenario.itLimit {
                let it = result.decisions.filter { scenario.firms[Scenario.index(of: $0.applicationID)].isIT }
                #expect(it.reduce(0) { $0 + $1.seats } <= limit, "\(scenario)")
            }
            if scenario.keepEmpty {
                let onReserved = result.quotas.filter { $0.kind == .reservedSeats }.reduce(0) { $0 + $1.used }
                let reservedTotal = scenario.microReserve + scenario.foodReserve
                #expect(result.seatsTaken - onReserved <= scenario.seats - reservedTotal, "\(scenario)")
            }
        }
    }

    @Test("no ineligible applicant holds a seat, and every eligible one is accepted or waitlisted")
    func eligibility() async {
        await propertyCheck(count: 300, input: Scenario.all) { scenario in
            let result = SeatAllocator().allocateSeats(for: scenario.input())
            for decision in result.decisions {
                let firm = scenario.firms[Scenario.index(of: decision.applicationID)]
                if firm.isEligible {
                    #expect(decision.failedChecks.isEmpty && decision.outcome != .rejected, "\(scenario)")
                } else {
                    #expect(decision.outcome == .rejected && !decision.failedChecks.isEmpty, "\(scenario)")
                }
            }
        }
    }

    @Test("reserved seats are filled as far as the eligible applicants of their categories can fill them")
    func reservesHonoured() async {
        await propertyCheck(count: 300, input: Scenario.all.map { $0.restricted(share: false) }) { scenario in
            let result = SeatAllocator().allocateSeats(for: scenario.input())
            let reserved = result.quotas.filter { $0.kind == .reservedSeats }
            for quota in reserved {
                #expect(quota.used <= quota.seats, "\(scenario)")
            }
            let eligible = Set(scenario.firms.indices.filter { scenario.firms[$0].isEligible })
            let possible = BruteForceSeats(scenario: scenario, order: []).fill(eligible)
            #expect(reserved.reduce(0) { $0 + $1.used } == possible, "\(scenario)")
            // Each reserve alone, where no firm belongs to both: up to what its firms' first
            // delegates can fill.
            if !eligible.contains(where: { scenario.firms[$0].isMicro && scenario.firms[$0].isFood }) {
                func units(_ firms: [Int]) -> Int { firms.reduce(0) { $0 + scenario.firstDelegates(of: $1) } }
                func seatedUnits(_ belongs: (Scenario.Firm) -> Bool) -> Int {
                    result.decisions.reduce(0) { sum, decision in
                        let index = Scenario.index(of: decision.applicationID)
                        guard belongs(scenario.firms[index]) else { return sum }
                        return sum + min(decision.seats, scenario.firstDelegates(of: index))
                    }
                }
                let micro = units(eligible.filter { scenario.firms[$0].isMicro })
                let food = units(eligible.filter { scenario.firms[$0].isFood })
                #expect(seatedUnits(\.isMicro) >= min(scenario.microReserve, micro), "\(scenario)")
                #expect(seatedUnits(\.isFood) >= min(scenario.foodReserve, food), "\(scenario)")
            }
        }
    }

    @Test("no justified envy: nobody waits while a lower-priority firm of the same category holds a seat")
    func noJustifiedEnvy() async {
        await propertyCheck(count: 300, input: Scenario.all) { scenario in
            let result = SeatAllocator().allocateSeats(for: scenario.input())
            func category(_ decision: ApplicationDecision) -> [Bool] {
                let firm = scenario.firms[Scenario.index(of: decision.applicationID)]
                return [
                    scenario.microReserve > 0 && firm.isMicro, scenario.foodReserve > 0 && firm.isFood,
                    scenario.itPercent > 0 && firm.isIT,
                ]
            }
            let waiting = result.decisions.filter { if case .waitlisted = $0.outcome { true } else { false } }
            let seated = result.decisions.filter { $0.seats > 0 }
            for waiter in waiting {
                for holder in seated where category(holder) == category(waiter) {
                    #expect(
                        !Self.isAhead(waiter, of: holder),
                        "\(waiter.applicationID) envies \(holder.applicationID): \(scenario)")
                }
            }
        }
    }

    @Test("the waitlist is ranked 1, 2, 3 … in priority order")
    func ranks() async {
        await propertyCheck(count: 200, input: Scenario.all) { scenario in
            let result = SeatAllocator().allocateSeats(for: scenario.input())
            let waiting = result.decisions.compactMap { decision -> (Int, ApplicationDecision)? in
                if case .waitlisted(let rank) = decision.outcome { return (rank, decision) }
                return nil
            }.sorted { $0.0 < $1.0 }
            #expect(waiting.map(\.0) == Array(waiting.indices.map { $0 + 1 }), "\(scenario)")
            for (first, second) in zip(waiting, waiting.dropFirst()) {
                #expect(Self.isAhead(first.1, of: second.1), "\(scenario)")
            }
        }
    }

    @Test("the same inputs give the same result, in whatever order the applications come")
    func determinism() async {
        await propertyCheck(count: 200, input: Scenario.all, Gen.int(in: 0...1_000_000)) { scenario, seed in
            let input = scenario.input(seed: UInt64(seed))
            let first = SeatAllocator().allocateSeats(for: input)
            let reversed = AllocationInput(
                activity: input.activity, rules: input.rules, homeCity: input.homeCity,
                applicants: input.applicants.reversed(), seed: input.seed, runDay: input.runDay)
            #expect(first == SeatAllocator().allocateSeats(for: input), "\(scenario)")
            #expect(first == SeatAllocator().allocateSeats(for: reversed), "\(scenario)")
            #expect(first.inputsHash == reversed.inputsHash)
        }
    }

    @Test("one delegate per firm: the engine seats exactly whom the slow, obvious rule seats")
    func matchesBruteForce() async {
        await propertyCheck(count: 150, input: Scenario.all.map { $0.restricted(delegates: false, firms: 9) }) {
            scenario in
            let result = SeatAllocator().allocateSeats(for: scenario.input())
            let order = result.decisions.filter { $0.failedChecks.isEmpty }.sorted { Self.isAhead($0, of: $1) }
                .map { Scenario.index(of: $0.applicationID) }
            let expected = BruteForceSeats(scenario: scenario, order: order).seated()
            let seated = Set(result.decisions.filter { $0.seats > 0 }.map { Scenario.index(of: $0.applicationID) })
            #expect(seated == expected, "\(scenario)")
        }
    }

    @Test("a withdrawal promotes the first waitlisted, and nobody else moves, where no reserve or share is involved")
    func withdrawalPromotesFirstWaitlisted() async {
        let scenarios = Scenario.all.map { $0.restricted(reserves: false, share: false, delegates: false, firms: 12) }
        await propertyCheck(count: 300, input: scenarios, Gen.int(in: 0...100)) { scenario, pick in
            let first = SeatAllocator().allocateSeats(for: scenario.input())
            let accepted = first.decisions.filter { $0.seats > 0 }
            guard !accepted.isEmpty else { return }
            let leaving = accepted[pick % accepted.count].applicationID
            let second = SeatAllocator().allocateSeats(
                for: scenario.input(previous: Self.previous(first), withdrawn: [Scenario.index(of: leaving)]))
            let firstWaiting = first.decisions.first { $0.outcome == .waitlisted(rank: 1) }?.applicationID
            for decision in second.decisions {
                let before = first.decision(for: decision.applicationID)!.outcome
                switch decision.applicationID {
                case leaving:
                    #expect(decision.outcome == .rejected && decision.reason == .withdrawn)
                case firstWaiting:
                    #expect(decision.outcome == .accepted(seats: 1), "\(scenario)")
                default:
                    if case .waitlisted(let rank) = before {
                        #expect(decision.outcome == .waitlisted(rank: rank - 1), "\(scenario)")
                    } else {
                        #expect(decision.outcome == before, "\(scenario)")
                    }
                }
            }
        }
    }

    @Test("after a withdrawal nobody who held a seat loses it, with reserves, shares and second delegates")
    func rerunKeepsSeats() async {
        await propertyCheck(count: 300, input: Scenario.all.map { $0.restricted(firms: 12) }, Gen.int(in: 0...100)) {
            scenario, pick in
            let first = SeatAllocator().allocateSeats(for: scenario.input())
            let accepted = first.decisions.filter { $0.seats > 0 }
            guard !accepted.isEmpty else { return }
            let leaving = accepted[pick % accepted.count].applicationID
            let second = SeatAllocator().allocateSeats(
                for: scenario.input(previous: Self.previous(first), withdrawn: [Scenario.index(of: leaving)]))
            for decision in second.decisions where decision.applicationID != leaving {
                #expect(decision.seats >= first.decision(for: decision.applicationID)!.seats, "\(scenario)")
            }
            #expect(second.seatsTaken <= scenario.seats)
            #expect(second.decision(for: leaving)!.seats == 0)
            // Without reserves and shares, a freed seat goes to the first waitlisted before any
            // further delegate.
            if scenario.itPercent == 0 && scenario.microReserve == 0 && scenario.foodReserve == 0,
                let firstWaiting = first.decisions.first(where: { $0.outcome == .waitlisted(rank: 1) })
            {
                #expect(second.decision(for: firstWaiting.applicationID)!.seats > 0, "\(scenario)")
            }
        }
    }

    /// The order of the seat steps: higher score, then the lower draw, then the id.
    static func isAhead(_ a: ApplicationDecision, of b: ApplicationDecision) -> Bool {
        let scoreA = a.score?.total ?? Int.min
        let scoreB = b.score?.total ?? Int.min
        return (-scoreA, a.draw, a.applicationID.rawValue) < (-scoreB, b.draw, b.applicationID.rawValue)
    }

    static func previous(_ result: AllocationResult) -> PreviousAllocation {
        PreviousAllocation(
            version: 1,
            seats: Dictionary(
                uniqueKeysWithValues: result.decisions.filter { $0.seats > 0 }.map { ($0.applicationID, $0.seats) }))
    }
}
