public import Foundation
public import TwinLinkAllocation
public import TwinLinkDomain
public import TwinLinkLocalization
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
        let activity = application.seatActivityID
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
    /// The explanation in one language, as lines and a history table for the command line to lay
    /// out as text and the web desk as HTML: the firm's sentences, score lines and checks as the
    /// engine meant them, in `catalogue`'s language.
    public struct View: Sendable {
        /// The heading line: the application, its firm and activity.
        public var heading: String
        /// The decision and the facts behind it, one line each (a sentence for the firm at `sentenceIndex`).
        public var lines: [String]
        /// The line that is the firm's sentence, if decided.
        public var sentenceIndex: Int?
        /// `Checks: all passed`, or the heading of the failed checks.
        public var checksHeading: String
        /// Each failed check: its step and its sentence.
        public var checks: [(step: String, sentence: String)]
        /// The seats asked for.
        public var seatsLine: String
        /// Withdrawal and overrides, one line each.
        public var events: [String]
        public var historyHeading: String
        public var historyHeaders: [String]
        public var history: [[String]]
    }

    /// The explanation in `catalogue`'s language.
    public func view(in catalogue: Catalogue) -> View {
        let words = MessageRenderer(catalogue)
        func say(_ key: String, _ values: [String: Message.Argument] = [:]) -> String {
            words.render(Message(key, values))
        }
        let heading = say(
            "explain_heading",
            [
                "application": .verbatim(application.id.rawValue), "firm": .verbatim(enterprise.legalName),
                "firm_id": .verbatim(enterprise.id.rawValue), "activity": .verbatim(activityID.rawValue),
            ])
        var view = View(
            heading: heading, lines: [], sentenceIndex: nil, checksHeading: "", checks: [], seatsLine: "", events: [],
            historyHeading: say("explain_history"),
            historyHeaders: ["version", "ran_at", "cause", "outcome", "reason"].map { say("explain_col_\($0)") },
            history: history.map { step in
                [
                    words.render(.number(step.version)), local(step.ranAt), words.render(Self.cause(step.cause)),
                    words.render(step.outcome.message),
                    step.reason.rawValue,
                ]
            })
        guard let decision, let latest else {
            view.lines.append(say("explain_not_decided", ["activity": .verbatim(activityID.rawValue)]))
            return view
        }
        let run = latest.run
        view.lines.append(
            say(
                latest.provisional ? "explain_decision_provisional" : "explain_decision",
                [
                    "version": .number(run.version), "ran_at": .verbatim(local(run.ranAt)),
                    "cause": .message(Self.cause(latest.trigger)), "outcome": .message(decision.outcome.message),
                    "reason": .verbatim(decision.reason.rawValue),
                ]))
        view.sentenceIndex = view.lines.count
        view.lines.append(decision.explanation(in: words))
        let size = decision.size
        view.lines.append(
            say(
                "explain_size",
                [
                    "enterprise": .message(size.sizeClass.enterpriseMessage),
                    "counted": .optional(size.countsLinks ? Message("alloc_links_counted") : nil),
                    "figures": .message(size.figuresMessage),
                ]))
        if let score = decision.score {
            view.lines.append(say("explain_score", ["score": .verbatim(score.text(in: words))]))
        }
        view.lines.append(
            say("explain_draw", ["draw": .verbatim(String(decision.draw)), "seed": .verbatim(String(run.seed))]))
        view.seatsLine = say("explain_seats_asked", ["seats": .number(decision.seatsRequested)])
        view.checksHeading = say(decision.failedChecks.isEmpty ? "explain_checks_passed" : "explain_checks_failed")
        view.checks = decision.failedChecks.map { ($0.step.rawValue, $0.sentence(in: words)) }
        if let withdrawal {
            let reason: Message.Argument = .optional(
                withdrawal.reason.map { Message("alloc_colon_reason", ["reason": .verbatim($0)]) })
            if let recorder = withdrawal.recordedBy {
                view.events.append(
                    say(
                        "explain_withdrawn_recorded",
                        ["at": .verbatim(local(withdrawal.at)), "recorder": .verbatim(recorder), "reason": reason]))
            } else {
                view.events.append(
                    say("explain_withdrawn_applicant", ["at": .verbatim(local(withdrawal.at)), "reason": reason]))
            }
        }
        for override in overrides {
            let action =
                switch override.action {
                case .accept(let seats): Message("explain_override_accept", ["seats": .message(.seats(seats))])
                case .reject: Message("explain_override_reject")
                }
            view.events.append(
                say(
                    "explain_override",
                    [
                        "at": .verbatim(local(override.at)), "actor": .verbatim(override.actor),
                        "action": .message(action), "reason": .verbatim(override.reason),
                    ]))
        }
        return view
    }

    /// What started a version, for the reader: the causes the use cases store (`allocate`, `main job`,
    /// `withdrawal of app-0103`, `override of app-0103`); any other as written.
    public static func cause(_ text: String) -> Message {
        switch text {
        case "allocate": return Message("explain_cause_allocate")
        case "main job": return Message("explain_cause_main_job")
        default:
            for (prefix, key) in [
                ("withdrawal of ", "explain_cause_withdrawal"), ("override of ", "explain_cause_override"),
            ]
            where text.hasPrefix(prefix) {
                return Message(key, ["application": .verbatim(String(text.dropFirst(prefix.count)))])
            }
            return Message("engine_as_written", ["text": .verbatim(text)])
        }
    }

    /// `2026-12-01 12:00` in the home zone.
    private func local(_ instant: Date) -> String {
        Format.local(ZonedInstant(instant: instant, zone: zone), in: zone)
    }
}
