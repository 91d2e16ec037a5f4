import Foundation
import PropertyBased
import TwinLinkAllocation
import TwinLinkDomain

/// A generated allocation problem: a handful of firms of every size class in three sectors (IT,
/// food, machinery), some ineligible, asking for one to three seats, under rules with or without
/// reserved seats for micro firms and food producers and a maximum share for IT firms.
struct Scenario: Sendable, CustomStringConvertible {
    struct Firm: Sendable {
        static let sizes: [(staff: Int, turnoverCents: Int64)] = [
            (3, 300_000_00), (20, 4_000_000_00), (120, 30_000_000_00), (400, 90_000_000_00),
        ]
        static let sectors = ["62.01", "10.71", "28.99"]

        /// 0 micro, 1 small, 2 medium, 3 large (not an SME).
        var size: Int
        /// 0 IT (section J), 1 food (division 10), 2 machinery.
        var sector: Int
        var delegates: Int
        /// Full weeks before applications close: the priority score.
        var weeks: Int
        /// 0: no consent to share the profile; 1: outside the city; 2: cost not acknowledged; else none.
        var flaw: Int

        var isMicro: Bool { size == 0 }
        var isFood: Bool { sector == 1 }
        var isIT: Bool { sector == 0 }
        var isEligible: Bool { size < 3 && flaw > 2 }
    }

    var seats: Int
    var delegatesDefault: Int
    var delegatesMax: Int
    var microReserve: Int
    var foodReserve: Int
    /// 0: no maximum share; else the share of seats IT firms may hold.
    var itPercent: Int
    var keepEmpty: Bool
    var firms: [Firm]

    var description: String {
        let list = firms.enumerated().map { index, firm in
            "f\(index)(size \(firm.size), sector \(firm.sector), \(firm.delegates) del, \(firm.weeks) wk, "
                + "flaw \(firm.flaw))"
        }
        return "seats \(seats), delegates \(delegatesDefault)/\(delegatesMax), micro \(microReserve), food "
            + "\(foodReserve), IT \(itPercent) %, \(keepEmpty ? "keep empty" : "open pool"): "
            + list.joined(separator: ", ")
    }

    var itLimit: Int? { itPercent > 0 ? seats * itPercent / 100 : nil }

    /// The delegates of `firm` that may fill reserved seats: the first `delegatesDefault` of
    /// those it may send.
    func firstDelegates(of firm: Int) -> Int {
        min(firms[firm].delegates, delegatesMax, delegatesDefault)
    }

    var rules: ActivityRules {
        var reserved: [ReservedSeats] = []
        if microReserve > 0 { reserved.append(ReservedSeats(name: "micro", firms: Build.micro, seats: microReserve)) }
        if foodReserve > 0 {
            reserved.append(
                ReservedSeats(name: "food", firms: FirmSelector(sectors: [Build.nace("10")]), seats: foodReserve))
        }
        let shares =
            itPercent > 0
            ? [MaximumShare(name: "it", firms: FirmSelector(sectors: [Build.nace("J")]), percent: itPercent)] : []
        return Build.rules(
            seats: seats, delegatesDefault: delegatesDefault, delegatesMax: delegatesMax, reserved: reserved,
            shares: shares, unused: keepEmpty ? .keepEmpty : .openPool,
            priority: PriorityRules(pointsPerWeekBeforeClose: 1, applicationTimeMax: 52))
    }

    func applicant(_ index: Int) -> Applicant {
        let firm = firms[index]
        let size = Firm.sizes[firm.size]
        let name = "f\(index < 10 ? "0" : "")\(index)"
        let enterprise = Build.firm(
            "sme-\(name)", staff: size.staff, turnoverCents: size.turnoverCents, balanceCents: size.turnoverCents,
            sectors: [Firm.sectors[firm.sector]], postcode: firm.flaw == 1 ? "32-020" : "30-001",
            consent: firm.flaw != 0)
        let submitted = Build.day("2026-11-30").adding(days: -7 * firm.weeks)
        return Build.applicant(
            "app-\(name)", firm: enterprise, submitted: "\(submitted.iso)T10:00:00+01:00", delegates: firm.delegates,
            acknowledged: firm.flaw != 2)
    }

    var applicants: [Applicant] { firms.indices.map(applicant) }

    func input(seed: UInt64 = 42, previous: PreviousAllocation? = nil, withdrawn: Set<Int> = []) -> AllocationInput {
        var applicants = self.applicants
        for index in withdrawn {
            applicants[index].withdrawal = Withdrawal(
                at: Build.instant("2026-12-02T10:00:00+01:00"), recordedBy: "Test", reason: "generated")
        }
        return Build.input(applicants, rules: rules, previous: previous, seed: seed)
    }

    /// The index of the firm an application id names.
    static func index(of id: Identifier<Application>) -> Int { Int(id.rawValue.dropFirst(5))! }
}

extension Scenario {
    static let firm = zip(
        Gen.int(in: 0...3), Gen.int(in: 0...2), Gen.int(in: 1...3), Gen.int(in: 0...10), Gen.int(in: 0...9)
    ).map { size, sector, delegates, weeks, flaw in
        Firm(size: size, sector: sector, delegates: delegates, weeks: weeks, flaw: flaw)
    }

    /// Rules: seats, default and maximum delegates, micro and food reserves, IT share, policy.
    static let rules = zip(
        Gen.int(in: 1...8), Gen.int(in: 1...2), Gen.int(in: 1...3), Gen.int(in: 0...3), Gen.int(in: 0...2),
        Gen.int(in: 0...4), Gen.bool
    )

    /// Any scenario, of up to 14 firms.
    static let all = zip(rules, firm.array(of: 0...14)).map { rules, firms in
        let (seats, defaultCount, maximum, micro, food, itStep, keepEmpty) = rules
        return Scenario(
            seats: seats, delegatesDefault: min(defaultCount, maximum), delegatesMax: maximum,
            microReserve: min(micro, seats), foodReserve: min(food, seats - min(micro, seats)),
            itPercent: itStep * 20, keepEmpty: keepEmpty, firms: firms)
    }

    /// The same scenario with some rules turned off and at most `firms` firms.
    func restricted(reserves: Bool = true, share: Bool = true, delegates: Bool = true, firms count: Int = 14)
        -> Scenario
    {
        var scenario = self
        if !reserves {
            scenario.microReserve = 0
            scenario.foodReserve = 0
        }
        if !share { scenario.itPercent = 0 }
        if !delegates {
            scenario.delegatesDefault = 1
            scenario.delegatesMax = 1
        }
        scenario.firms = Array(firms.prefix(count))
        return scenario
    }
}
