import Foundation
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkLocalization

// Allocations for people on a terminal: aligned tables and the sentence for every firm, in the
// coordinator's language (ids, reason codes and the regulations' quota names as written).

extension AllocationReport {
    /// One line per visit. `withRunState` adds what this run did (stored, unchanged): right for
    /// a command's output, wrong for a document that must read the same on every run.
    static func table(_ batch: AllocationBatch, withRunState: Bool = true, words: CLIWords = .english) -> TextTable {
        var table = TextTable(
            headers: [
                words("alloc_activity"), words("alloc_version"), words("alloc_seats"), words("alloc_accepted"),
                words("alloc_waitlisted"), words("alloc_rejected"), words("alloc_state"),
            ],
            rows: batch.outcomes.map { outcome in
                let version = outcome.version
                let counts = version.counts
                let taken = version.decisions.reduce(0) { $0 + $1.seats }
                let state = words("alloc_status_" + outcome.status.rawValue)
                return [
                    outcome.activity.id.rawValue, words.number(version.run.version),
                    "\(words.number(taken))/\(words.number(version.seats))", words.number(counts.accepted),
                    words.number(counts.waitlisted), words.number(counts.rejected),
                    version.provisional ? words("alloc_state_provisional", ["state": state]) : state,
                ]
            }, rightAligned: [1, 2, 3, 4, 5])
        if !withRunState {
            table.headers[6] = words("alloc_final")
            table.rows = zip(table.rows, batch.outcomes).map { row, outcome in
                Array(row.prefix(6)) + [outcome.version.provisional ? words("alloc_final_no") : words("yes")]
            }
        }
        return table
    }

    /// The activity, the version, every decision in reading order with its reason, and what
    /// changed since the version before; everything but ids and codes in `words`' language.
    static func text(_ outcome: AllocationOutcome, zone: TimeZoneID, words: CLIWords = .english) -> String {
        let version = outcome.version
        let run = version.run
        let taken = version.decisions.reduce(0) { $0 + $1.seats }
        var lines = ["\(outcome.activity.id): \(words.title(outcome.activity))"]
        let state =
            switch outcome.status {
            case .stored: words("alloc_state_stored")
            case .unchanged: words("alloc_state_unchanged")
            case .dryRun: words("alloc_state_dry_run")
            case .latest:
                words(
                    "alloc_state_latest",
                    [
                        "at": Format.local(ZonedInstant(instant: run.ranAt, zone: zone), in: zone), "actor": run.actor,
                        "trigger": words.render(AllocationExplanation.cause(version.trigger)),
                    ])
            }
        lines.append(words("alloc_version_line", ["version": words.number(run.version), "state": state]))
        lines.append(
            words.count(
                "seats_taken", version.seats,
                ["taken": words.number(taken), "counts": counts(version.counts, words: words)]))
        if version.provisional { lines.append(words("alloc_provisional")) }
        for quota in version.quotas {
            let values = [
                "name": quota.name, "firms": quota.firmsMessage.map(words.render) ?? quota.firms,
                "seats": words.number(quota.seats),
                "used": words.number(quota.used),
            ]
            switch quota.kind {
            case .reservedSeats: lines.append(words("alloc_quota_reserved", values))
            case .maximumShare: lines.append(words("alloc_quota_share", values))
            }
        }
        lines.append(words("alloc_seed", ["seed": String(run.seed), "hash": run.inputsHash]))
        lines += version.notes(in: words.renderer).map { words("note", ["note": $0]) }
        let ordered = ApplicationDecision.inReadingOrder(version.decisions)
        let table = TextTable(
            headers: [
                words("alloc_application"), words("alloc_firm"), words("alloc_size"), words("alloc_outcome"),
                words("alloc_score"), words("alloc_reason"),
            ],
            rows: ordered.map { decision in
                [
                    decision.applicationID.rawValue, decision.enterpriseID.rawValue,
                    words.value("size", decision.sizeClass.rawValue), outcomeText(decision.outcome, words: words),
                    decision.score.map { words.number($0.total) } ?? "", decision.reason.rawValue,
                ]
            }, rightAligned: [4])
        var text = lines.joined(separator: "\n") + "\n\n" + table.terminalText + "\n" + words("alloc_why") + "\n"
        let width = ordered.map(\.applicationID.rawValue.count).max() ?? 0
        for decision in ordered {
            let id = decision.applicationID.rawValue
            text +=
                "  \(id)\(String(repeating: " ", count: width - id.count))  "
                + "\(decision.explanation(in: words.renderer))\n"
        }
        if let previous = outcome.previous, outcome.status != .unchanged {
            text += changesText(outcome.changes, since: previous.run.version, words: words)
        }
        return text
    }

    /// `12 accepted, 8 waitlisted, 10 rejected`.
    static func counts(_ counts: OutcomeCounts, words: CLIWords) -> String {
        words(
            "alloc_counts",
            [
                "accepted": words.number(counts.accepted), "waitlisted": words.number(counts.waitlisted),
                "rejected": words.number(counts.rejected),
            ])
    }

    /// `Changes since version 2:` and a line per change (`  none` without any), after a blank line.
    static func changesText(_ changes: [AllocationChange], since version: Int, words: CLIWords) -> String {
        "\n" + words("alloc_changes_since", ["version": words.number(version)]) + "\n"
            + (changes.isEmpty
                ? "  \(words("none"))\n" : changes.map { "  \(changeText($0, words: words))\n" }.joined())
    }

    /// `app-0110: promoted, waitlisted (rank 1) → accepted (1 seat)`; a rejection always says
    /// why (its reason code), a seat or rank only when its reason is what changed.
    static func changeText(_ change: AllocationChange, words: CLIWords) -> String {
        func shown(_ outcome: AllocationDecision.Outcome, _ reason: String?) -> String? {
            if case .rejected = outcome { return reason }
            return change.before == change.after ? reason : nil
        }
        let from =
            change.before.map { outcomeText($0, shown($0, change.reasonBefore), words: words) }
            ?? words("alloc_not_decided")
        let to = outcomeText(change.after, shown(change.after, change.reasonAfter), words: words)
        return "\(change.applicationID): \(words("alloc_change_" + change.kind.rawValue)), \(from) → \(to)"
    }

    /// `accepted (2 seats)`, `waitlisted (rank 3)`, `rejected`; with a reason `rejected (withdrawn)`.
    static func outcomeText(_ outcome: AllocationDecision.Outcome, _ reason: String? = nil, words: CLIWords)
        -> String
    {
        let more = reason.map { ", \($0)" } ?? ""
        return switch outcome {
        case .accepted(let seats):
            words("alloc_outcome_accepted", ["seats": words.count("seats", seats), "more": more])
        case .waitlisted(let rank):
            words("alloc_outcome_waitlisted", ["rank": words.number(rank), "more": more])
        case .rejected:
            reason.map { words("alloc_outcome_rejected_because", ["reason": $0]) } ?? words("alloc_outcome_rejected")
        }
    }
}

extension AllocationAudit {
    /// The trail as a table, times in `zone`; the actions and details as the audit trail keeps them.
    static func table(_ entries: [AuditEntry], zone: TimeZoneID, words: CLIWords = .english) -> TextTable {
        TextTable(
            headers: [
                words("audit_at"), words("audit_actor"), words("audit_action"), words("audit_subject"),
                words("audit_detail"),
            ],
            rows: entries.map { entry in
                [
                    Format.local(ZonedInstant(instant: entry.at, zone: zone), in: zone), entry.actor, entry.action,
                    entry.subject, entry.detail,
                ]
            })
    }
}
