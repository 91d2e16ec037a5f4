extension ActivityRules {
    /// Contradictions between the rules, with the key each one is about; empty when consistent.
    public func problems() -> [RuleProblem] {
        var problems: [RuleProblem] = []
        func add(_ key: String, _ value: any CustomStringConvertible, _ problem: String) {
            problems.append(RuleProblem(key: key, value: value.description, problem: problem))
        }
        if capacity.seats < 1 { add("capacity.seats", capacity.seats, "expected at least 1 seat") }
        if capacity.delegatesDefault < 1 {
            add("capacity.delegates_per_company.default", capacity.delegatesDefault, "expected at least 1")
        }
        if capacity.delegatesMax < capacity.delegatesDefault {
            add(
                "capacity.delegates_per_company.max", capacity.delegatesMax,
                "expected at least the default (\(capacity.delegatesDefault))")
        }
        if eligibility.sizeClasses.isEmpty {
            add("eligibility.size_classes", "", "expected at least one of micro, small, medium")
        }
        if quotas.reserved.count > 64 {
            add("quotas.reserved_seats", quotas.reserved.count, "at most 64 categories of reserved seats")
        }
        if quotas.reservedTotal > capacity.seats {
            add(
                "quotas.reserved_seats", quotas.reservedTotal,
                "\(quotas.reservedTotal) seats are reserved but the activity has only \(capacity.seats)")
        }
        for (index, share) in quotas.maximumShares.enumerated() {
            for other in quotas.maximumShares[..<index] where share.firms.overlaps(other.firms) {
                add(
                    "quotas.maximum_shares", share.name,
                    "a firm can fall under both '\(other.name)' and '\(share.name)'; each firm may fall under at "
                        + "most one maximum share")
            }
            for reserve in quotas.reserved where reserve.firms.isCovered(by: share.firms) {
                let limit = share.seatLimit(of: capacity.seats)
                if reserve.seats > limit {
                    add(
                        "quotas.reserved_seats", reserve.name,
                        "reserves \(reserve.seats) seats for \(reserve.firms) but '\(share.name)' lets them hold at "
                            + "most \(limit)")
                }
            }
        }
        problems += duplicates(quotas.reserved.map(\.name), key: "quotas.reserved_seats")
        problems += duplicates(quotas.maximumShares.map(\.name), key: "quotas.maximum_shares")
        problems += duplicates(branches.map(\.name), key: "branches")
        for branch in branches {
            if let max = branch.delegatesMax, max < 1 {
                add("branches", branch.name, "delegates_max must be at least 1")
            }
        }
        let order: [(String, DeadlineRule, String, DeadlineRule)] = [
            ("applications_open", deadlines.applicationsOpen, "applications_close", deadlines.applicationsClose),
            ("applications_close", deadlines.applicationsClose, "decision", deadlines.decision),
            ("decision", deadlines.decision, "confirmation", deadlines.confirmation),
        ]
        for (earlierKey, earlier, laterKey, later) in order where earlier.isKnownToFall(after: later) {
            add("deadlines.\(laterKey)", later, "expected no earlier than \(earlierKey) (\(earlier))")
        }
        return problems
    }

    private func duplicates(_ names: [String], key: String) -> [RuleProblem] {
        var seen: Set<String> = []
        return names.compactMap { name in
            seen.insert(name).inserted ? nil : RuleProblem(key: key, value: name, problem: "the name is used twice")
        }
    }
}

extension DeadlineRule {
    /// Whether `self` surely falls after `other` for every activity: both fixed dates, or both
    /// counted from the start. A date and a count can only be compared for a given activity.
    fileprivate func isKnownToFall(after other: DeadlineRule) -> Bool {
        switch (self, other) {
        case (.on(let mine), .on(let theirs)): mine > theirs
        case (.daysBeforeStart(let mine), .daysBeforeStart(let theirs)): mine < theirs
        default: false
        }
    }
}
