import Foundation
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkDomain

// Allocations for people on a terminal: aligned tables and the sentence for every firm.

extension AllocationReport {
    /// The activity, the version, every decision in reading order with its reason, and what
    /// changed since the version before.
    static func text(_ outcome: AllocationOutcome, zone: TimeZoneID) -> String {
        let version = outcome.version
        let run = version.run
        let taken = version.decisions.reduce(0) { $0 + $1.seats }
        var lines = ["\(outcome.activity.id): \(outcome.activity.title)"]
        let state =
            switch outcome.status {
            case .stored: "stored"
            case .unchanged: "unchanged: the inputs are those of the latest version, nothing was stored"
            case .dryRun: "dry run: nothing was stored"
            case .latest:
                "the latest, made \(Format.local(ZonedInstant(instant: run.ranAt, zone: zone), in: zone)) by "
                    + "\(run.actor) (\(version.trigger))"
            }
        lines.append("Version \(run.version) (\(state)).")
        lines.append("\(taken) of \(version.seats) seats taken; \(version.counts.summary).")
        if version.provisional {
            lines.append("Provisional: applications are still open; the allocation after they close decides.")
        }
        for quota in version.quotas {
            switch quota.kind {
            case .reservedSeats:
                lines.append(
                    "Reserved '\(quota.name)': \(quota.seats) for \(quota.firms), \(quota.used) taken by them.")
            case .maximumShare:
                lines.append(
                    "Maximum share '\(quota.name)': \(quota.firms) may hold \(quota.seats), hold \(quota.used).")
            }
        }
        lines.append("Seed \(run.seed); inputs sha256 \(run.inputsHash).")
        lines += version.notes.map { "Note: \($0)" }
        let ordered = ApplicationDecision.inReadingOrder(version.decisions)
        let table = TextTable(
            headers: ["Application", "Firm", "Size", "Outcome", "Score", "Reason"],
            rows: ordered.map { decision in
                [
                    decision.applicationID.rawValue, decision.enterpriseID.rawValue, decision.sizeClass.rawValue,
                    AllocationChange.text(decision.outcome),
                    decision.score.map { String($0.total) } ?? "", decision.reason.rawValue,
                ]
            }, rightAligned: [4])
        var text = lines.joined(separator: "\n") + "\n\n" + table.render() + "\nWhy:\n"
        let width = ordered.map(\.applicationID.rawValue.count).max() ?? 0
        for decision in ordered {
            let id = decision.applicationID.rawValue
            text += "  \(id)\(String(repeating: " ", count: width - id.count))  \(decision.explanation)\n"
        }
        if let previous = outcome.previous, outcome.status != .unchanged {
            text += "\nChanges since version \(previous.run.version):\n"
            text += outcome.changes.isEmpty ? "  none\n" : outcome.changes.map { "  \($0)\n" }.joined()
        }
        return text
    }
}

extension AllocationExplanation {
    /// The explanation for people.
    func text() -> String {
        var lines = [
            "\(application.id): \(enterprise.legalName) (\(enterprise.id)), for \(activityID)"
        ]
        guard let decision, let latest else {
            lines.append("Not decided yet: \(activityID) has not been allocated (twinlink allocate \(activityID)).")
            return lines.joined(separator: "\n") + "\n"
        }
        let run = latest.run
        lines.append(
            "Decision of version \(run.version) (\(local(run.ranAt)), \(latest.trigger)"
                + "\(latest.provisional ? ", provisional" : "")): \(AllocationChange.text(decision.outcome)), "
                + "reason \(decision.reason.rawValue)")
        lines.append("  \(decision.explanation)")
        let size = decision.size
        let counted = size.countsLinks ? " (partner and linked enterprises counted)" : ""
        lines.append(
            "Size under Recommendation 2003/361/EC: \(size.sizeClass.adjective)\(counted); \(size.figuresText)")
        if let score = decision.score {
            lines.append("Priority score: \(score)")
        }
        lines.append(
            "Tie-break draw: \(decision.draw) with seed \(run.seed) (among equal scores the lower number goes first)")
        if decision.failedChecks.isEmpty {
            lines.append("Checks: all passed")
        } else {
            lines.append("Checks failed, in the published order:")
            lines += decision.failedChecks.map { "  \($0.step.rawValue): \($0.sentence)" }
        }
        lines.append("Seats asked for: \(decision.seatsRequested) (within the rules' maximum per company)")
        if let withdrawal {
            let by = withdrawal.recordedBy.map { "recorded by \($0)" } ?? "by the applicant"
            lines.append(
                "Withdrawn \(local(withdrawal.at)) \(by)\(withdrawal.reason.map { ": \($0)" } ?? "")")
        }
        for override in overrides {
            let action =
                switch override.action {
                case .accept(let seats): "accept with \(seats == 1 ? "1 seat" : "\(seats) seats")"
                case .reject: "reject"
                }
            lines.append(
                "Override \(local(override.at)) by \(override.actor): \(action): \(override.reason)")
        }
        let table = TextTable(
            headers: ["Version", "Ran at", "Cause", "Outcome", "Reason"],
            rows: history.map { step in
                [
                    String(step.version), local(step.ranAt), step.cause,
                    AllocationChange.text(step.outcome), step.reason.rawValue,
                ]
            }, rightAligned: [0])
        return lines.joined(separator: "\n") + "\n\nHistory:\n" + table.render()
    }

    /// `2026-12-01 12:00` in the home zone.
    private func local(_ instant: Date) -> String {
        Format.local(ZonedInstant(instant: instant, zone: zone), in: zone)
    }
}
