import TwinLinkDomain
import TwinLinkLocalization

/// The allocation engine: applies an activity's rules to its applications and decides each one
/// — accepted with seats, waitlisted with a rank, or rejected — with a reason code and a
/// sentence for the firm. Pure and deterministic: the same input gives the same result.
public struct SeatAllocator: Sendable {
    public init() {}

    /// Decides every application of `input` under its rules, in the published processing order.
    public func allocateSeats(for input: AllocationInput) -> AllocationResult {
        let rules = input.rules
        let (assessments, kinds) = assess(input)
        let participation = assessments.map { assessment -> SeatGreedy.Participation in
            switch assessment.override?.action {
            case .reject?: return .rejected
            case .accept(let seats)? where !assessment.isWithdrawn:
                return .granted(seats: max(1, min(seats, max(1, assessment.delegatesNamed))))
            default:
                guard assessment.isEligible else { return .rejected }
                return .competing(kept: input.previous?.seats[assessment.id] ?? 0)
            }
        }
        // Every applicant's place in the priority order, computed once: comparisons are by place.
        let keys = assessments.map(\.priorityKey)
        var place = Array(repeating: 0, count: assessments.count)
        for (position, index) in assessments.indices.sorted(by: { keys[$0] < keys[$1] }).enumerated() {
            place[index] = position
        }
        var greedy = SeatGreedy(
            assessments: assessments, kinds: kinds, place: place, participation: participation, rules: rules)
        let outcome = greedy.run()
        let decisions = decide(
            assessments, participation: participation, place: place, outcome: outcome, input: input)
        let seats = rules.capacity.seats
        let quotas =
            rules.quotas.reserved.enumerated().map { index, reserve in
                QuotaUse(
                    name: reserve.name, kind: .reservedSeats, firms: reserve.firms.description, seats: reserve.seats,
                    used: outcome.reservedUse[index], firmsMessage: reserve.firms.message)
            }
            + rules.quotas.maximumShares.enumerated().map { index, share in
                QuotaUse(
                    name: share.name, kind: .maximumShare, firms: share.firms.description,
                    seats: share.seatLimit(of: seats), used: outcome.shareUse[index], firmsMessage: share.firms.message)
            }
        return AllocationResult(
            activityID: input.activity.id, seed: input.seed, inputsHash: input.inputsHash, seats: seats,
            decisions: decisions, quotas: quotas, deadlines: input.deadlines, costs: rules.costs,
            provisional: input.isProvisional, notes: outcome.notes.map(\.text),
            noteMessages: outcome.notes.map(\.message))
    }

    /// What the rules say about every applicant before any seat is handed out, and the kinds of
    /// firm (size class and main sector) that branch rules and quotas tell apart.
    private func assess(_ input: AllocationInput) -> ([ApplicantAssessment], [FirmKind]) {
        let checks = EligibilityChecks(input: input)
        let scoring = PriorityScoring(input: input)
        var latestOverride: [Identifier<Application>: ManualOverride] = [:]
        for override in input.overrides.sorted(by: { $0.at < $1.at }) {
            latestOverride[override.applicationID] = override
        }
        var kinds: [FirmKind] = []
        var kindIndex: [FirmKind: Int] = [:]
        var branchesByKind: [[BranchRule]] = []
        let assessments = input.applicants.withUnsafeBufferPointer { applicants in
            applicants.indices.map { index in
                let size = EnterpriseSize.assess(applicants[index].enterprise, links: applicants[index].links)
                let kind = FirmKind(sizeClass: size.sizeClass, mainSector: applicants[index].enterprise.mainSector)
                let number: Int
                if let known = kindIndex[kind] {
                    number = known
                } else {
                    number = kinds.count
                    kinds.append(kind)
                    kindIndex[kind] = number
                    branchesByKind.append(input.rules.branches(for: kind.sizeClass, mainSector: kind.mainSector))
                }
                let override = latestOverride.isEmpty ? nil : latestOverride[applicants[index].application.id]
                return ApplicantAssessment(
                    applicants[index], size: size, kind: number, branches: branchesByKind[number], input: input,
                    checks: checks, scoring: scoring, override: override)
            }
        }
        return (assessments, kinds)
    }

    /// Every application's decision with its reason and sentence, in the applicants' order.
    private func decide(
        _ assessments: [ApplicantAssessment], participation: [SeatGreedy.Participation], place: [Int],
        outcome: SeatGreedy.Outcome, input: AllocationInput
    ) -> [ApplicationDecision] {
        let rules = input.rules
        let writer = ExplanationWriter(
            rules: rules, deadlines: input.deadlines, zone: input.homeCity.timeZone.timeZone,
            reservedSeatsTotal: rules.quotas.reservedTotal, requiredFill: outcome.requiredFill,
            provisional: input.isProvisional)
        let waiting = assessments.indices.filter { index in
            outcome.seats[index] == 0 && participation[index] != .rejected
        }.sorted { place[$0] < place[$1] }
        var rank = Array(repeating: 0, count: assessments.count)
        for (position, index) in waiting.enumerated() { rank[index] = position + 1 }
        // The best applicant kept waiting by the reservation: a reserved seat held by someone
        // below it is one the reservation gave.
        let bestHeldBack = waiting.first { outcome.firstRefusal[$0]?.reason == .seatsReserved }

        return assessments.indices.map { index in
            let assessment = assessments[index]
            let granted = outcome.seats[index]
            let decided: AllocationDecision.Outcome
            let written: (reason: ReasonCode, message: Message?, text: String)
            if participation[index] == .rejected {
                decided = .rejected
                if let override = assessment.override, override.action == .reject, !assessment.isWithdrawn {
                    let (reason, message, text) = writer.rejectedByOverride(override)
                    written = (reason, message, text)
                } else {
                    let failure = assessment.failures[0]
                    written = (failure.reason, failure.message, failure.sentence)
                }
            } else if granted > 0 {
                let helped = bestHeldBack.map { place[$0] < place[index] } ?? false
                let (reason, message, text) = writer.accepted(
                    assessment, seats: granted, reserved: outcome.reservedHolders[index], reservationHelped: helped,
                    extraRefusal: outcome.firstRefusal[index])
                decided = .accepted(seats: granted)
                written = (reason, message, text)
            } else {
                let (reason, message, text) = writer.waitlisted(
                    assessment, rank: rank[index], refusal: outcome.firstRefusal[index]!)
                decided = .waitlisted(rank: rank[index])
                written = (reason, message, text)
            }
            return ApplicationDecision(
                applicationID: assessment.id, enterpriseID: assessment.enterpriseID, outcome: decided,
                reason: written.reason, explanation: written.text, seatsRequested: assessment.seatsRequested,
                size: assessment.size, score: participation[index] == .rejected ? nil : assessment.score,
                failedChecks: assessment.failures, draw: assessment.draw, message: written.message)
        }
    }
}
