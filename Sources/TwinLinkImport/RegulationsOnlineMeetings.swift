import TwinLinkAllocation
import TwinLinkDomain

/// The `online_meetings` section of `regulations.yaml`: the rules for firms that apply to an
/// event's online meeting rather than its study visit. They are the programme-wide rules
/// (eligibility, branches, quotas, priority, deadlines counted from the meeting's day) with the
/// meeting's own `capacity` (its seats: the connections it takes) and no travel or accommodation
/// costs; `costs.fees` may set a fee, which applicants then acknowledge as visit costs (unless
/// `acknowledgement_required: no`). An override of one online meeting (`activities.intro-<event
/// id>`) is layered over this section.
struct RegulationsOnlineMeetings {
    static let key = "online_meetings"

    let top: RegulationsSection
    let references: RegulationsFileReader.References
    /// The contradictions the programme-wide rules have already (reported once, there).
    let inherited: Set<RuleProblem>
    /// The section's own layer; `nil` when the file has none.
    let layer: RegulationsSection.Layer?

    init(top: RegulationsSection, references: RegulationsFileReader.References, inherited: Set<RuleProblem>) {
        self.top = top
        self.references = references
        self.inherited = inherited
        if let entry = top.entry(Self.key),
            let section = RegulationsSection(
                file: top.file, log: top.log, schemaPath: Self.key,
                nodes: [(path: entry.path, line: entry.line, node: entry.node)])
        {
            layer = section.layers[0]
        } else {
            layer = nil
        }
    }

    /// Whether an override's id names an online meeting (`intro-…`, `follow-up-…`).
    static func isOnlineMeeting(_ id: Identifier<Activity>) -> Bool {
        [Activity.Kind.onlineIntroduction, .onlineFollowUp].contains { id.rawValue.hasPrefix($0.idPrefix + "-") }
    }

    /// The rules of every online meeting without an override; `nil` without the section (or when
    /// it has a problem, reported).
    func defaults() -> ActivityRules? {
        guard let layer else { return nil }
        return read(layers: [layer], overridePath: nil)
    }

    /// The rules of one online meeting with an override (`activities.intro-x`).
    func rules(override: RegulationsSection.Layer) -> ActivityRules? {
        read(layers: [override] + (layer.map { [$0] } ?? []), overridePath: override.path)
    }

    /// Reads `layers` (the most specific first) over the programme-wide rules, then puts in the
    /// online costs: no travel or accommodation, the fee of the online layers only.
    private func read(layers: [RegulationsSection.Layer], overridePath: String?) -> ActivityRules? {
        let before = top.log.issues.count
        let root = RegulationsSection(file: top.file, log: top.log, schemaPath: "", layers: layers + top.layers)
        var reader = RegulationsRulesReader(
            root: root, enterpriseIDs: references.enterpriseIDs, currency: references.currency,
            override: (overridePath ?? Self.key, inherited))
        let read = reader.read()
        let own = RegulationsSection(file: top.file, log: top.log, schemaPath: "", layers: layers)
        if own.section("capacity")?.entry("seats") == nil {
            own.reportMissing(
                "capacity", expected: "a mapping with seats: how many people one online meeting takes (its connections)"
            )
        }
        let costs = own.section("costs")
        for key in ["travel", "accommodation"] {
            if let costs, let entry = costs.entry(key) {
                costs.report(
                    entry, "an online meeting has no \(key) costs; expected only fees (and acknowledgement_required)")
            }
        }
        guard var rules = read, top.log.issues.count == before else { return nil }
        let zero = Money(cents: 0, currency: references.currency ?? rules.costs.travel.currency)
        let fees = costs?.value("fees", expected: RegulationsValues.moneyRule, RegulationsValues.money) ?? zero
        let acknowledgement =
            costs?.value("acknowledgement_required", expected: RegulationsValues.yesNo, RegulationsValues.bool)
            ?? (fees.cents > 0)
        rules.costs = CostRules(
            travel: zero, accommodation: zero, fees: fees, acknowledgementRequired: acknowledgement)
        return rules
    }
}
