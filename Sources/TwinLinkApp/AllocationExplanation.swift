public import Foundation
public import TwinLinkAllocation
public import TwinLinkDomain
import TwinLinkStore

/// Use case: everything behind one application's decision, for the firm or an auditor: the
/// latest decision and its sentence, the firm's size with the figures behind it, the priority
/// score line by line, the checks it failed, its draw, and its outcome in every version, with the
/// withdrawals and overrides that concern it.
public struct AllocationExplanation: Sendable {
    /// The application's outcome in one version.
    public struct Step: Sendable {
        public var version: Int
        public var ranAt: Date
        public var cause: String
        public var outcome: AllocationDecision.Outcome
        public var reason: ReasonCode
    }

    public var application: Application
    public var enterprise: LocalEnterprise
    public var activityID: Identifier<Activity>
    /// The latest version that decided the application, and its decision.
    public var latest: AllocationVersion?
    public var decision: ApplicationDecision?
    public var history: [Step]
    public var withdrawal: Withdrawal?
    public var overrides: [ManualOverride]
    /// The home city's zone, in which people read the times.
    public var zone: TimeZoneID

    /// Gathers the explanation of `id` from the registry and every stored version of its visit.
    public static func make(application id: Identifier<Application>, workspace: Workspace) async throws(TwinLinkError)
        -> AllocationExplanation
    {
        let registry = try await workspace.registry()
        let application = try AllocationLookup.application(id, in: registry)
        guard let enterprise = registry.enterprises.first(where: { $0.id == application.enterpriseID }) else {
            throw .notReady("the application's firm \(application.enterpriseID) is not in the registry")
        }
        let activity = Activity.plannedID(.outgoingStudyVisit, for: application.eventID)
        do {
            let versions = try await workspace.store.reading({ try $0.allocationVersions(for: activity) })
            let history = versions.compactMap { version -> Step? in
                guard let decision = version.decision(for: id) else { return nil }
                return Step(
                    version: version.run.version, ranAt: version.run.ranAt, cause: version.trigger,
                    outcome: decision.outcome, reason: decision.reason)
            }
            let latest = versions.last { $0.decision(for: id) != nil }
            return AllocationExplanation(
                application: application, enterprise: enterprise, activityID: activity, latest: latest,
                decision: latest?.decision(for: id), history: history,
                withdrawal: AllocationInputs.withdrawal(
                    of: application, recorded: try await workspace.store.reading({ try $0.recordedWithdrawals() })[id]),
                overrides: try await workspace.store.reading({ try $0.overrides(of: [id]) }),
                zone: registry.programme.homeCity.timeZone)
        } catch {
            throw .store(error)
        }
    }
}

extension AllocationExplanation {
    // Shared by the command line and the web desk (shown preformatted).
    /// The explanation for people.
    public func text() -> String {
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
