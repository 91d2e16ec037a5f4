import Foundation
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkLocalization

// Allocations for people on a terminal: aligned tables and the sentence for every firm.

extension AllocationReport {
    /// One line per activity, for the main job's summary.
    /// One line per visit. `withRunState` adds what this run did (stored, unchanged): right for
    /// a command's output, wrong for a document that must read the same on every run.
    static func table(_ batch: AllocationBatch, withRunState: Bool = true) -> TextTable {
        var table = TextTable(
            headers: ["Activity", "Version", "Seats", "Accepted", "Waitlisted", "Rejected", "State"],
            rows: batch.outcomes.map { outcome in
                let version = outcome.version
                let counts = version.counts
                let taken = version.decisions.reduce(0) { $0 + $1.seats }
                return [
                    outcome.activity.id.rawValue, String(version.run.version), "\(taken)/\(version.seats)",
                    String(counts.accepted), String(counts.waitlisted), String(counts.rejected),
                    (version.provisional ? "provisional, " : "")
                        + outcome.status.rawValue.replacingOccurrences(
                            of: "_", with: " "),
                ]
            }, rightAligned: [1, 2, 3, 4, 5])
        if !withRunState {
            table.headers[6] = "Final"
            table.rows = zip(table.rows, batch.outcomes).map { row, outcome in
                Array(row.prefix(6)) + [outcome.version.provisional ? "no (applications open)" : "yes"]
            }
        }
        return table
    }

    /// The activity, the version, every decision in reading order with its reason, and what
    /// changed since the version before; the firms' sentences and the notes in `words`' language.
    static func text(
        _ outcome: AllocationOutcome, zone: TimeZoneID,
        words: MessageRenderer = MessageRenderer(CatalogueSet.shippedCatalogue("en"))
    ) -> String {
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
        lines += version.notes(in: words).map { "Note: \($0)" }
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
            text += "  \(id)\(String(repeating: " ", count: width - id.count))  \(decision.explanation(in: words))\n"
        }
        if let previous = outcome.previous, outcome.status != .unchanged {
            text += "\nChanges since version \(previous.run.version):\n"
            text += outcome.changes.isEmpty ? "  none\n" : outcome.changes.map { "  \($0)\n" }.joined()
        }
        return text
    }
}

extension AllocationAudit {
    /// The trail as a table, times in `zone`.
    static func table(_ entries: [AuditEntry], zone: TimeZoneID) -> TextTable {
        TextTable(
            headers: ["At", "Actor", "Action", "Subject", "Detail"],
            rows: entries.map { entry in
                [
                    Format.local(ZonedInstant(instant: entry.at, zone: zone), in: zone), entry.actor, entry.action,
                    entry.subject, entry.detail,
                ]
            })
    }
}
