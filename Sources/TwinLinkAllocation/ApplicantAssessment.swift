import Foundation
import TwinLinkDomain

/// What the rules say about one applicant before any seat is handed out: its size, the checks
/// it fails (in the published order), its priority score and its place in the seeded draw.
struct ApplicantAssessment {
    let id: Identifier<Application>
    let enterpriseID: Identifier<LocalEnterprise>
    let isWithdrawn: Bool
    /// The delegates the application names.
    let delegatesNamed: Int
    let size: EnterpriseSize
    let mainSector: NACECode?
    /// The firm's kind (size class and main sector), as an index into the run's list of kinds.
    let kind: Int
    let failures: [CheckFailure]
    /// The priority score; empty for an application rejected before the seat steps (unless a
    /// coordinator overrides the rules for it), which is never ranked.
    let score: PriorityScore
    let draw: UInt64
    /// Seats the firm asks for, within the rules' maximum.
    let seatsRequested: Int
    let override: ManualOverride?

    var isEligible: Bool { failures.isEmpty }

    /// The priority order compares these: higher score first, then the lower draw, then the id
    /// (only if two draws collide).
    var priorityKey: PriorityKey { PriorityKey(score: score.total, draw: draw, id: id.rawValue) }
}

extension ApplicantAssessment {
    /// Assesses `applicant`, of a firm of `size` and `kind` to which `branches` apply.
    init(
        _ applicant: borrowing Applicant, size: EnterpriseSize, kind: Int, branches: [BranchRule],
        input: AllocationInput, checks: EligibilityChecks, scoring: PriorityScoring, override: ManualOverride?
    ) {
        self.kind = kind
        let mainSector = applicant.enterprise.mainSector
        id = applicant.application.id
        enterpriseID = applicant.enterprise.id
        isWithdrawn = applicant.withdrawal != nil
        delegatesNamed = applicant.application.delegateIDs.count
        self.size = size
        self.mainSector = mainSector
        let submittedDay = DayArithmetic.dayNumber(of: applicant.application.submittedAt, in: checks.zone)
        failures = checks.failures(of: applicant, size: size, branches: branches, submittedDay: submittedDay)
        score =
            failures.isEmpty || override != nil
            ? scoring.score(applicant, branches: branches, submittedDay: submittedDay) : PriorityScore(components: [])
        draw = SeededDraw.number(seed: input.seed, applicationID: applicant.application.id.rawValue)
        let maximum = branches.compactMap(\.delegatesMax).reduce(input.rules.capacity.delegatesMax, min)
        seatsRequested = min(max(1, delegatesNamed), maximum)
        self.override = override
    }
}

/// An applicant's place in the priority order, as the seat steps compare it.
struct PriorityKey: Comparable {
    let score: Int
    let draw: UInt64
    let id: String

    static func < (lhs: Self, rhs: Self) -> Bool {
        (-lhs.score, lhs.draw, lhs.id) < (-rhs.score, rhs.draw, rhs.id)
    }
}
