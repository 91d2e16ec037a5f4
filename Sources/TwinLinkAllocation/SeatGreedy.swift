import TwinLinkDomain
import TwinLinkLocalization

/// The seat rule: take delegates' seats one by one in processing order and keep each one whose
/// addition still leaves a feasible assignment in the seat network (`SeatModel`). The feasible
/// sets form a matroid, so this greedy gives the priority-best feasible set, and a refused unit
/// can never take the seat of a unit kept after it (once a unit of a type is refused, every later
/// unit of that type is refused without asking the network again).
///
/// The order: first the seats kept from the previous version (a re-run takes no seat away), then
/// the seats a coordinator granted by override (they take the next free seats, never one held),
/// then everyone else. Within each, every firm's first `default` delegates before further
/// delegates ("rounds"), and within a round the priority order.
struct SeatGreedy {
    /// How an applicant takes part in the seat steps.
    enum Participation: Equatable {
        /// Rejected before the seat steps (a failed check or an override).
        case rejected
        /// Its first `seats` units are granted by a coordinator.
        case granted(seats: Int)
        /// Competes; its first `kept` units were seated in the previous version.
        case competing(kept: Int)
    }

    /// Why one unit was refused, with what the explanation needs to know about that moment.
    struct Refusal {
        var ordinal: Int
        var reason: SeatModel.Refusal
        /// Units seated then, and how many of them were granted or kept rather than won on priority.
        var seated: Int
        var kept: Int
        /// The lowest score among units seated on priority then (overall, and within the unit's share).
        var lowestScore: Int?
        var lowestScoreInShare: Int?
    }

    struct Outcome {
        var seats: [Int]
        /// Per applicant: why its first unit without a seat was refused.
        var firstRefusal: [Refusal?]
        /// Applicants whose first delegate holds a reserved seat, with the category.
        var reservedHolders: [Int?]
        var requiredFill: Int
        var reservedUse: [Int]
        var shareUse: [Int]
        var notes: [(message: Message, text: String)]
    }

    private struct Unit {
        var applicant: Int
        var ordinal: Int
        var round: Int
        var phase: Int
        var type: Int
    }

    let assessments: [ApplicantAssessment]
    /// Each applicant's place in the priority order (0 first).
    let place: [Int]
    let participation: [Participation]
    let rules: ActivityRules
    private(set) var model: SeatModel
    /// Per applicant: the reserved categories and the maximum share it falls under.
    private let categoryMask: [UInt64]
    private let share: [Int?]

    init(
        assessments: [ApplicantAssessment], kinds: [FirmKind], place: [Int], participation: [Participation],
        rules: ActivityRules
    ) {
        self.assessments = assessments
        self.place = place
        self.participation = participation
        self.rules = rules
        let quotas = rules.quotas
        model = SeatModel(
            seats: rules.capacity.seats, reserved: quotas.reserved.map(\.seats),
            shareLimits: quotas.maximumShares.map { $0.seatLimit(of: rules.capacity.seats) },
            policy: quotas.unusedReservedSeats)
        // The reserved categories and the maximum share of each kind of firm, then of each applicant.
        let kindMasks = kinds.map { kind in
            var mask: UInt64 = 0
            for (index, reserve) in quotas.reserved.enumerated()
            where reserve.firms.matches(sizeClass: kind.sizeClass, mainSector: kind.mainSector) {
                mask |= 1 << UInt64(index)
            }
            return mask
        }
        let kindShares = kinds.map { kind in
            quotas.maximumShares.firstIndex { $0.firms.matches(sizeClass: kind.sizeClass, mainSector: kind.mainSector) }
        }
        categoryMask = assessments.map { kindMasks[$0.kind] }
        share = assessments.map { kindShares[$0.kind] }
    }

    mutating func run() -> Outcome {
        let units = orderedUnits()
        var counts = model.emptyCounts()
        var notes: [(message: Message, text: String)] = []
        let english = MessageRenderer(CatalogueSet.shippedCatalogue("en"))
        // Seat the kept and granted units in the fill computation, dropping the granted ones
        // (then the kept ones) if the rules no longer let them all sit.
        let forcedPhases = [[0, 1], [0], []]
        for phases in forcedPhases {
            var forced = model.emptyCounts()
            for unit in units where phases.contains(unit.phase) {
                forced.add(type: unit.type, share: model.types[unit.type].share, eligible: isEligible(unit))
            }
            if let fill = model.bestFill(forced) {
                model.requiredFill = model.policy == .openPool ? fill : 0
                if phases.count < 2 {
                    let note = Message("alloc_note_forced_seats_dropped")
                    notes.append((note, english.render(note)))
                }
                break
            }
        }

        var seats = Array(repeating: 0, count: assessments.count)
        var firstRefusal: [Refusal?] = Array(repeating: nil, count: assessments.count)
        var refusedTypes: Set<Int> = []
        var keptSeated = 0
        var lowest: Int?
        var lowestInShare: [Int?] = Array(repeating: nil, count: model.shareLimits.count)
        for unit in units {
            guard unit.ordinal == seats[unit.applicant] else { continue }  // an earlier delegate has no seat
            let eligible = isEligible(unit)
            var refusal: SeatModel.Refusal?
            if refusedTypes.contains(unit.type) && eligible {
                refusal = model.refusal(adding: unit.type, eligible: eligible, to: counts, knownInfeasible: true)
            } else {
                refusal = model.refusal(adding: unit.type, eligible: eligible, to: counts)
            }
            let unitShare = model.types[unit.type].share
            if let refusal {
                if refusal == .seatsReserved && eligible { refusedTypes.insert(unit.type) }
                if firstRefusal[unit.applicant] == nil {
                    firstRefusal[unit.applicant] = Refusal(
                        ordinal: unit.ordinal, reason: refusal, seated: counts.total, kept: keptSeated,
                        lowestScore: lowest, lowestScoreInShare: unitShare.flatMap { lowestInShare[$0] })
                }
                continue
            }
            counts.add(type: unit.type, share: unitShare, eligible: eligible)
            seats[unit.applicant] += 1
            if unit.phase < 2 {
                keptSeated += 1
            } else {
                let score = assessments[unit.applicant].score.total
                lowest = min(lowest ?? score, score)
                if let unitShare { lowestInShare[unitShare] = min(lowestInShare[unitShare] ?? score, score) }
            }
        }
        if let note = lostKeptSeats(seats) { notes.append((note, english.render(note))) }

        let placement = model.reservedPlacement(counts)
        var reservedHolders: [Int?] = Array(repeating: nil, count: assessments.count)
        var reservedUse = Array(repeating: 0, count: model.reserved.count)
        for (type, categories) in placement.enumerated() {
            // The reserved seats go to the type's lowest-priority first delegates: the ones the
            // reservation helps.
            var holders = units.filter { $0.type == type && $0.ordinal == 0 && seats[$0.applicant] > 0 }
                .map(\.applicant)
            holders.sort { place[$1] < place[$0] }
            var next = 0
            for (category, count) in categories {
                reservedUse[category] += count
                for _ in 0..<count where next < holders.count {
                    reservedHolders[holders[next]] = category
                    next += 1
                }
            }
        }
        return Outcome(
            seats: seats, firstRefusal: firstRefusal, reservedHolders: reservedHolders,
            requiredFill: model.requiredFill, reservedUse: reservedUse, shareUse: counts.perShare, notes: notes)
    }

    private func isEligible(_ unit: Unit) -> Bool { assessments[unit.applicant].isEligible }

    private mutating func orderedUnits() -> [Unit] {
        var units: [Unit] = []
        let defaultDelegates = rules.capacity.delegatesDefault
        for (index, assessment) in assessments.enumerated() {
            let count: Int
            let forced: Int
            switch participation[index] {
            case .rejected: continue
            case .granted(let seats):
                count = seats
                forced = seats
            case .competing(let kept):
                count = assessment.seatsRequested
                forced = min(kept, count)
            }
            for ordinal in 0..<count {
                let round = ordinal < defaultDelegates ? 0 : ordinal - defaultDelegates + 1
                let type = model.type(
                    SeatModel.UnitType(reservedMask: round == 0 ? categoryMask[index] : 0, share: share[index]))
                if round == 0 && assessment.isEligible { model.addSupply(type: type) }
                let phase: Int
                if case .granted = participation[index] {
                    phase = 1
                } else {
                    phase = ordinal < forced ? 0 : 2
                }
                units.append(Unit(applicant: index, ordinal: ordinal, round: round, phase: phase, type: type))
            }
        }
        return units.sorted { a, b in
            if a.phase != b.phase { return a.phase < b.phase }
            if a.round != b.round { return a.round < b.round }
            if a.applicant != b.applicant { return place[a.applicant] < place[b.applicant] }
            return a.ordinal < b.ordinal
        }
    }

    private func lostKeptSeats(_ seats: [Int]) -> Message? {
        let lost = participation.indices.filter { index in
            if case .competing(let kept) = participation[index] {
                return seats[index] < min(kept, assessments[index].seatsRequested)
            }
            return false
        }
        guard !lost.isEmpty else { return nil }
        return Message(
            "alloc_note_seats_lost",
            ["applications": .verbatim(lost.map { assessments[$0].id.rawValue }.joined(separator: ", "))])
    }
}
