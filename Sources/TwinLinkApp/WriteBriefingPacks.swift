public import Foundation
import TwinLinkAllocation
import TwinLinkDocuments
public import TwinLinkDomain
import TwinLinkLocalization
import TwinLinkStore

extension WriteDocuments {
    /// Briefing packs for one activity or for every study visit with a final allocation: the
    /// coordinator's and delegation's pack, and a personal pack for every seated delegate.
    public static func briefingPacks(
        for activity: Identifier<Activity>? = nil, workspace: Workspace, output: any OutputSink, now: Date,
        pdf: Bool = false, language: LanguageCode? = nil
    ) async throws(TwinLinkError) -> Written {
        let path = workspace.databasePath
        // One snapshot: the packs show the allocation and the schedule as they are at one instant.
        // Of the allocations only what the packs show: each decision's outcome, not its detail.
        let (registry, activities, regulations, allocations, meetings) = try await workspace.read { access in
            (
                try Workspace.registry(in: access, databasePath: path), try access.activities(),
                try access.regulations(), try access.latestAllocationOutcomes(), try access.allScheduledMeetings()
            )
        }
        let today = Format.referenceDate(registry.programme, now: now)
        let chosen: [Activity]
        if let activity {
            guard let found = activities.first(where: { $0.id == activity }) else {
                throw .notReady("no activity '\(activity)'", next: .plan)
            }
            guard found.isStudyVisit else {
                throw .invalidArgument("'\(activity)' is a \(found.kind.rawValue); briefing packs are for study visits")
            }
            chosen = [found]
        } else {
            chosen = activities.filter {
                $0.isStudyVisit && $0.status != .cancelled
                    && allocations[$0.id].map { !$0.provisional } == true
            }
        }
        let renderer = try renderer()
        if let language {
            do {
                try renderer.checkLanguages([language])
            } catch {
                throw .invalidValue(field: "language", value: language.rawValue, problem: "\(error)")
            }
        }
        let sessionsByEvent = Dictionary(grouping: activities, by: \.eventID).mapValues { Set($0.map(\.id)) }
        let meetingsByActivity = Dictionary(grouping: meetings, by: \.activityID)
        let lookup = BriefingPackLookup(registry)
        var fingerprint = StageFingerprint("briefing-packs")
        fingerprint.add(registry)
        fingerprint.add(activities)
        fingerprint.add(regulations)
        fingerprint.add(allocations.sorted { $0.key < $1.key }.map(\.value))
        fingerprint.add(meetings)
        fingerprint.add(today)
        fingerprint.add(chosen.map(\.id))
        return try await renderAndWrite(
            chosen, to: output, pdf: pdf, label: "briefing packs", fingerprint: fingerprint.hex()
        ) {
            visit throws(TwinLinkError) in
            let allocation = allocations[visit.id]
            let decisions = allocation?.decisions ?? []
            let sessionIDs = sessionsByEvent[visit.eventID] ?? []
            let rules = regulations?.rules(for: visit.id)
            do {
                let input = try BriefingPackInput(
                    registry: registry, lookup: lookup, activity: visit, decisions: decisions,
                    schedule: sessionIDs.sorted().flatMap { meetingsByActivity[$0] ?? [] }, activities: activities,
                    costs: rules.map(costs) ?? DelegateCosts(cityPaysFor: cityPaysFor),
                    regulations: rules.map { regulationLines($0, allocation: allocation) } ?? [], preparedOn: today)
                return renderer.briefingPacks(input, options: DocumentOptions(coordinatorLanguage: language))
            } catch {
                throw .internalFailure("briefing pack for \(visit.id): \(error)")
            }
        }
    }

    static let cityPaysFor = [
        "Preparation of the visit and of the information material",
        "Meeting rooms and the 1:1 meeting session (hall, service)",
        "Coordination before, during and after the visit",
    ]

    static func costs(_ rules: ActivityRules) -> DelegateCosts {
        DelegateCosts(
            items: [
                .init(.travel, rules.costs.travel), .init(.accommodation, rules.costs.accommodation),
                .init(.fees, rules.costs.fees),
            ], cityPaysFor: cityPaysFor)
    }

    /// The rules that applied, one message each, for each reader's language; the allocation's own
    /// notes as the allocation wrote them.
    static func regulationLines(_ rules: ActivityRules, allocation: AllocationOutcomes?) -> [Message] {
        var lines = [
            Message(
                "engine_rule_seats",
                [
                    "seats": .number(rules.capacity.seats), "default": .number(rules.capacity.delegatesDefault),
                    "max": .number(rules.capacity.delegatesMax),
                ]),
            Message("engine_rule_sme"),
        ]
        if rules.eligibility.locationRequired { lines.append(Message("engine_rule_location")) }
        if rules.eligibility.profileConsentRequired { lines.append(Message("engine_rule_consent")) }
        if rules.eligibility.informationMaterialBy != nil {
            lines.append(Message("engine_rule_information_material"))
        }
        if rules.costs.acknowledgementRequired {
            let money = { (amount: Money) in
                Message.Argument.money(cents: amount.cents, currency: amount.currency.rawValue)
            }
            lines.append(
                Message(
                    "engine_rule_costs",
                    [
                        "total": money(rules.costs.perDelegate), "travel": money(rules.costs.travel),
                        "accommodation": money(rules.costs.accommodation), "fees": money(rules.costs.fees),
                    ]))
        }
        if let allocation {
            // Versions stored before the notes were messages show them as written.
            lines.append(
                contentsOf: allocation.noteMessages.isEmpty
                    ? allocation.notes.map { Message("engine_as_written", ["text": .verbatim($0)]) }
                    : allocation.noteMessages)
        }
        return lines
    }
}
