import TwinLinkAllocation
import TwinLinkDomain

/// Reads one complete set of rules from a section of `regulations.yaml` (the programme-wide rules,
/// or an activity's override layered over them). Returns `nil` when anything was reported.
struct RegulationsRulesReader {
    typealias Values = RegulationsValues

    let root: RegulationsSection
    /// Ids of the registry's enterprises, to check the exclusion list; `nil`: not checked.
    let enterpriseIDs: Set<String>?
    /// The programme's currency; `nil`: not checked.
    var currency: CurrencyCode?
    /// For an override: its path (`activities.visit-x`) and the contradictions the programme-wide
    /// rules have already (reported once, there).
    var override: (path: String, inherited: Set<RuleProblem>)?

    /// The contradictions between rules found by the last `read()`.
    private(set) var problems: Set<RuleProblem> = []

    init(
        root: RegulationsSection, enterpriseIDs: Set<String>?, currency: CurrencyCode? = nil,
        override: (path: String, inherited: Set<RuleProblem>)? = nil
    ) {
        self.root = root
        self.enterpriseIDs = enterpriseIDs
        self.currency = currency
        self.override = override
    }

    mutating func read() -> ActivityRules? {
        let before = root.log.issues.count
        let eligibility = readEligibility()
        let branches = readBranches()
        let capacity = readCapacity()
        let quotas = readQuotas()
        let priority = readPriority()
        let costs = readCosts()
        let deadlines = readDeadlines()
        guard root.log.issues.count == before, let capacity, let costs, let deadlines else { return nil }
        let rules = ActivityRules(
            eligibility: eligibility, branches: branches, capacity: capacity, quotas: quotas, priority: priority,
            costs: costs, deadlines: deadlines)
        for problem in rules.problems() where override?.inherited.contains(problem) != true {
            problems.insert(problem)
            let (path, line) = root.locate(problem.key)
            var text = problem.problem
            if let override, !path.hasPrefix(override.path) { text += " (with the changes in \(override.path))" }
            root.log.report(root.file, line, field: path, value: problem.value, text)
        }
        return root.log.issues.count == before ? rules : nil
    }

    // MARK: - Sections

    private func readEligibility() -> EligibilityRules {
        let standard = EligibilityRules()
        guard let section = root.section("eligibility") else { return standard }
        let excluded = section.items("excluded")?.compactMap(readExclusion) ?? []
        return EligibilityRules(
            sizeClasses: section.list("size_classes", expected: Values.sizeClassRule, Values.sizeClass)
                ?? standard.sizeClasses,
            locationRequired: section.value("location_required", expected: Values.yesNo, Values.bool)
                ?? standard.locationRequired,
            postcodes: section.list("postcodes", expected: PostcodePattern.rule, Values.postcode),
            informationMaterialBy: section.value(
                "information_material_by", expected: Values.deadlineRule, Values.deadline),
            profileConsentRequired: section.value("profile_consent_required", expected: Values.yesNo, Values.bool)
                ?? standard.profileConsentRequired,
            admittedSectors: section.list("admitted_sectors", expected: Values.sectorRule, Values.sector),
            excluded: excluded)
    }

    private func readExclusion(_ item: RegulationsSection) -> Exclusion? {
        let id = item.required("enterprise", expected: "the id of a local enterprise in smes.csv") {
            Identifier<LocalEnterprise>(rawValue: $0)
        }
        if let id, let known = enterpriseIDs, !known.contains(id.rawValue), let entry = item.entry("enterprise") {
            item.report(entry, "no local enterprise has this id; expected an id from smes.csv")
        }
        let reason = item.required("reason", expected: "a sentence saying why, for the firm", Values.text)
        let until = item.value("until", expected: LocalDate.rule) { LocalDate(iso: $0) }
        guard let id, let reason else { return nil }
        return Exclusion(enterpriseID: id, reason: reason, until: until)
    }

    private func readBranches() -> [BranchRule] {
        guard let items = root.items("branches") else { return [] }
        return items.compactMap { item in
            let name = item.required("name", expected: Values.nameRule, Values.name)
            let firms = readSelector(item)
            let admitted = item.value("admitted", expected: Values.yesNo, Values.bool) ?? true
            let reason = item.value("reason", expected: "a sentence for the firms it does not admit", Values.text)
            let delegates = item.value(
                "delegates_max", expected: Values.wholeNumberRule(1...20), Values.wholeNumber(in: 1...20))
            let points = item.value(
                "priority_points", expected: Values.wholeNumberRule(-100...100), Values.wholeNumber(in: -100...100))
            if !admitted, reason == nil {
                item.reportMissing("reason", expected: "a sentence for the firms this rule does not admit")
            }
            if admitted, delegates == nil, points == nil {
                item.log.report(
                    item.file, item.line, field: item.path, value: name ?? "",
                    "the rule changes nothing; expected admitted: no, delegates_max or priority_points")
            }
            guard let name, let firms else { return nil }
            return BranchRule(
                name: name, firms: firms, admitted: admitted, reason: reason, delegatesMax: delegates,
                priorityPoints: points ?? 0)
        }
    }

    /// `size_classes` and/or `sectors` of a branch rule or quota: at least one is required.
    private func readSelector(_ item: RegulationsSection) -> FirmSelector? {
        let classes = item.list("size_classes", expected: Values.sizeClassRule, Values.sizeClass)
        let sectors = item.list("sectors", expected: Values.sectorRule, Values.sector)
        guard item.entry("size_classes") != nil || item.entry("sectors") != nil else {
            item.log.report(
                item.file, item.line, field: item.path, value: "",
                "expected size_classes, sectors or both, to say which firms it applies to")
            return nil
        }
        if item.entry("size_classes") != nil, classes == nil { return nil }
        if item.entry("sectors") != nil, sectors == nil { return nil }
        return FirmSelector(sizeClasses: classes, sectors: sectors)
    }

    private func readCapacity() -> CapacityRules? {
        guard let section = root.section("capacity") else {
            root.reportMissing("capacity", expected: "a mapping with seats (and delegates_per_company)")
            return nil
        }
        let seats = section.required(
            "seats", expected: Values.wholeNumberRule(1...10_000), Values.wholeNumber(in: 1...10_000))
        let delegates = section.section("delegates_per_company")
        let defaultCount =
            delegates?.value("default", expected: Values.wholeNumberRule(1...20), Values.wholeNumber(in: 1...20)) ?? 1
        let maximum =
            delegates?.value("max", expected: Values.wholeNumberRule(1...20), Values.wholeNumber(in: 1...20))
            ?? defaultCount
        guard let seats else { return nil }
        return CapacityRules(seats: seats, delegatesDefault: defaultCount, delegatesMax: maximum)
    }

    private func readQuotas() -> QuotaRules {
        guard let section = root.section("quotas") else { return QuotaRules() }
        let reserved =
            section.items("reserved_seats")?.compactMap { item -> ReservedSeats? in
                let name = item.required("name", expected: Values.nameRule, Values.name)
                let firms = readSelector(item)
                let seats = item.required(
                    "seats", expected: Values.wholeNumberRule(1...10_000), Values.wholeNumber(in: 1...10_000))
                guard let name, let firms, let seats else { return nil }
                return ReservedSeats(name: name, firms: firms, seats: seats)
            } ?? []
        let shares =
            section.items("maximum_shares")?.compactMap { item -> MaximumShare? in
                let name = item.required("name", expected: Values.nameRule, Values.name)
                let firms = readSelector(item)
                let percent = item.required(
                    "percent", expected: "a whole percentage from 1 to 100", Values.wholeNumber(in: 1...100))
                guard let name, let firms, let percent else { return nil }
                return MaximumShare(name: name, firms: firms, percent: percent)
            } ?? []
        let unused =
            section.value("unused_reserved_seats", expected: Values.unusedReservedRule, Values.unusedReserved)
            ?? .openPool
        return QuotaRules(reserved: reserved, maximumShares: shares, unusedReservedSeats: unused)
    }

    private func readPriority() -> PriorityRules {
        guard let section = root.section("priority") else { return PriorityRules() }
        let points = Values.wholeNumber(in: -1000...1000)
        let pointsRule = Values.wholeNumberRule(-1000...1000)
        let positive = Values.wholeNumber(in: 0...1000)
        let positiveRule = Values.wholeNumberRule(0...1000)
        let interest = section.section("partner_interest")
        let rotation = section.section("rotation")
        let time = section.section("application_time")
        let standardRotation = PriorityRules.RotationRule()
        return PriorityRules(
            keySectorPoints: section.value("key_sector_points", expected: pointsRule, points) ?? 0,
            partnerInterestPoints: interest?.value("points_per_enterprise", expected: pointsRule, points) ?? 0,
            partnerInterestMax: interest?.value("max", expected: positiveRule, positive) ?? 0,
            rotation: PriorityRules.RotationRule(
                lookbackMonths: rotation?.value(
                    "lookback_months", expected: Values.wholeNumberRule(1...120), Values.wholeNumber(in: 1...120))
                    ?? standardRotation.lookbackMonths,
                pointsPerRecentTrip: rotation?.value("points_per_recent_trip", expected: pointsRule, points) ?? 0,
                newcomerPoints: rotation?.value("newcomer_points", expected: pointsRule, points) ?? 0),
            pointsPerWeekBeforeClose: time?.value("points_per_week_before_close", expected: pointsRule, points) ?? 0,
            applicationTimeMax: time?.value("max", expected: positiveRule, positive) ?? 0,
            seed: section.value("tie_break_seed", expected: Values.seedRule, Values.seed))
    }

    private func readCosts() -> CostRules? {
        guard let section = root.section("costs") else {
            root.reportMissing(
                "costs", expected: "a mapping with the self-paid travel, accommodation and fees per delegate")
            return nil
        }
        let travel = section.required("travel", expected: Values.moneyRule, Values.money)
        let accommodation = section.required("accommodation", expected: Values.moneyRule, Values.money)
        let fees = section.required("fees", expected: Values.moneyRule, Values.money)
        let acknowledgement = section.value("acknowledgement_required", expected: Values.yesNo, Values.bool) ?? true
        guard let travel, let accommodation, let fees else { return nil }
        if let currency {
            for (key, amount) in [("travel", travel), ("accommodation", accommodation), ("fees", fees)]
            where amount.currency != currency {
                if let entry = section.entry(key) {
                    section.report(
                        entry,
                        "expected an amount in \(currency), the programme's currency (currency in programme.yaml)")
                }
            }
        } else {
            for (key, amount) in [("accommodation", accommodation), ("fees", fees)]
            where amount.currency != travel.currency {
                if let entry = section.entry(key) {
                    section.report(entry, "expected an amount in \(travel.currency), the currency of travel")
                }
            }
        }
        return CostRules(
            travel: travel, accommodation: accommodation, fees: fees, acknowledgementRequired: acknowledgement)
    }

    private func readDeadlines() -> DeadlineRules? {
        guard let section = root.section("deadlines") else {
            root.reportMissing(
                "deadlines", expected: "a mapping with applications_open, applications_close, decision, confirmation")
            return nil
        }
        let open = section.required("applications_open", expected: Values.deadlineRule, Values.deadline)
        let close = section.required("applications_close", expected: Values.deadlineRule, Values.deadline)
        let decision = section.required("decision", expected: Values.deadlineRule, Values.deadline)
        let confirmation = section.required("confirmation", expected: Values.deadlineRule, Values.deadline)
        guard let open, let close, let decision, let confirmation else { return nil }
        return DeadlineRules(
            applicationsOpen: open, applicationsClose: close, decision: decision, confirmation: confirmation)
    }
}
