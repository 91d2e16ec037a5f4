public import TwinLinkDomain

/// Every rule that applies to one activity: the programme's rules with the activity's overrides
/// already applied.
public struct ActivityRules: Hashable, Sendable, Codable {
    public var eligibility: EligibilityRules
    public var branches: [BranchRule]
    public var capacity: CapacityRules
    public var quotas: QuotaRules
    public var priority: PriorityRules
    public var costs: CostRules
    public var deadlines: DeadlineRules

    public init(
        eligibility: EligibilityRules, branches: [BranchRule] = [], capacity: CapacityRules,
        quotas: QuotaRules = QuotaRules(), priority: PriorityRules = PriorityRules(), costs: CostRules,
        deadlines: DeadlineRules
    ) {
        self.eligibility = eligibility
        self.branches = branches
        self.capacity = capacity
        self.quotas = quotas
        self.priority = priority
        self.costs = costs
        self.deadlines = deadlines
    }

    /// The branch rules that apply to a firm, in the order the regulations list them.
    public func branches(for sizeClass: SizeClass, mainSector: NACECode?) -> [BranchRule] {
        branches.filter { $0.firms.matches(sizeClass: sizeClass, mainSector: mainSector) }
    }

    /// The most delegates a firm may send: the general maximum, or less under a branch rule.
    public func delegatesMax(for sizeClass: SizeClass, mainSector: NACECode?) -> Int {
        branches(for: sizeClass, mainSector: mainSector).compactMap(\.delegatesMax).reduce(capacity.delegatesMax, min)
    }
}
