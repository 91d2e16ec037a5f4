public import Foundation
public import TwinLinkAllocation
public import TwinLinkDomain
import Yams

/// Reads the programme's regulations (`regulations.yaml`, see docs/regulations-format.md): the
/// programme-wide rules, per-activity overrides and the published processing order. Every
/// problem is reported as `FILE:LINE: field 'KEY' value 'VALUE': what is expected`, and nothing
/// is returned unless the whole file is right.
public struct RegulationsFileReader: Sendable {
    public static let fileName = "regulations.yaml"

    /// What the registry knows, to check the file's references against; `nil` sets skip the check.
    public struct References: Sendable {
        /// Ids of the activities an override may name: every activity planned from an event.
        public var activityIDs: Set<String>?
        public var enterpriseIDs: Set<String>?
        /// The programme's currency (programme.yaml): every amount must be in it.
        public var currency: CurrencyCode?

        public init(activityIDs: Set<String>? = nil, enterpriseIDs: Set<String>? = nil, currency: CurrencyCode? = nil) {
            self.activityIDs = activityIDs
            self.enterpriseIDs = enterpriseIDs
            self.currency = currency
        }

        /// The activities that can be planned from the registry's events, and its enterprises.
        public init(registry: Registry) {
            activityIDs = Set(
                registry.events.flatMap { event in
                    Activity.Kind.allCases.map { Activity.plannedID($0, for: event.id).rawValue }
                })
            enterpriseIDs = Set(registry.enterprises.map(\.id.rawValue))
            currency = registry.programme.currency
        }
    }

    public init() {}

    /// Reads `regulations.yaml` in `directory`; `nil` when the folder has none.
    public func read(directory: URL, displayPath: String, references: References = References())
        throws(ImportFailure) -> Regulations?
    {
        try read(RegistryFiles.folder(directory, displayPath: displayPath), references: references)
    }

    /// Reads `regulations.yaml` among a registry's files; `nil` when there is none.
    public func read(_ files: RegistryFiles, references: References = References()) throws(ImportFailure)
        -> Regulations?
    {
        let file = files.name(Self.fileName)
        guard files.names.contains(Self.fileName) else { return nil }
        guard let data = files[Self.fileName] else {
            throw ImportFailure(issues: [
                ImportIssue(
                    file: file, line: 0, field: "(file)", value: Self.fileName, problem: "the file cannot be read")
            ])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ImportFailure(issues: [
                ImportIssue(file: file, line: 1, field: "(file)", value: "", problem: "the file is not valid UTF-8")
            ])
        }
        return try read(text, file: file, references: references)
    }

    /// Reads the text of a regulations file named `file` in messages.
    public func read(_ text: String, file: String, references: References = References()) throws(ImportFailure)
        -> Regulations
    {
        let log = IssueLog()
        let regulations = parse(text, file: file, references: references, log: log)
        guard log.isEmpty, let regulations else { throw ImportFailure(issues: Self.unique(log.issues)) }
        return regulations
    }

    private func parse(_ text: String, file: String, references: References, log: IssueLog) -> Regulations? {
        let document: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                log.report(file, 1, field: "(document)", value: "", "the file is empty; expected the regulations")
                return nil
            }
            document = node
        } catch {
            let (line, problem) = YAMLErrorText.describe(error, text: text)
            log.report(file, line, field: "(syntax)", value: "", "not valid YAML: \(problem)")
            return nil
        }
        guard
            let top = RegulationsSection(
                file: file, log: log, schemaPath: "",
                nodes: [(path: "", line: document.mark?.line ?? 1, node: document)])
        else { return nil }

        let version = top.required(
            "version", expected: "\(Regulations.formatVersion), the version of the format",
            RegulationsValues.wholeNumber(in: Regulations.formatVersion...Regulations.formatVersion))
        let title = top.value("title", expected: "a non-empty text", RegulationsValues.text)
        let order = processingOrder(top)
        var programmeReader = RegulationsRulesReader(
            root: top, enterpriseIDs: references.enterpriseIDs, currency: references.currency)
        let defaults = programmeReader.read()
        var activities: [Identifier<Activity>: ActivityRules] = [:]
        let online = RegulationsOnlineMeetings(
            top: top, references: references, inherited: programmeReader.problems)
        let onlineDefaults = online.defaults()
        for (id, layer) in overrideLayers(top, references: references) {
            if RegulationsOnlineMeetings.isOnlineMeeting(id) {
                if let rules = online.rules(override: layer) { activities[id] = rules }
                continue
            }
            let root = RegulationsSection(file: file, log: log, schemaPath: "", layers: [layer] + top.layers)
            var reader = RegulationsRulesReader(
                root: root, enterpriseIDs: references.enterpriseIDs, currency: references.currency,
                override: (layer.path, programmeReader.problems))
            if let rules = reader.read() { activities[id] = rules }
        }
        guard version != nil, let order, let defaults else { return nil }
        return Regulations(
            title: title, processingOrder: order, defaults: defaults, activities: activities,
            onlineMeetings: onlineDefaults)
    }

    /// The published processing order: every check in the order its failures are reported, then
    /// the seat steps. Absent: the standard order.
    private func processingOrder(_ top: RegulationsSection) -> [ProcessingStep]? {
        guard top.entry("processing_order") != nil else { return ProcessingStep.standardOrder }
        guard let steps = top.list("processing_order", expected: RegulationsValues.stepRule, RegulationsValues.step)
        else { return nil }
        guard ProcessingStep.isValidOrder(steps) else {
            let entry = top.entry("processing_order")!
            let missing = ProcessingStep.allCases.filter { !steps.contains($0) }.map(\.rawValue)
            let repeated = Dictionary(grouping: steps, by: { $0 }).filter { $0.value.count > 1 }.keys.map(\.rawValue)
            var found: [String] = []
            if !missing.isEmpty { found.append("missing \(missing.sorted().joined(separator: ", "))") }
            if !repeated.isEmpty { found.append("repeated \(repeated.sorted().joined(separator: ", "))") }
            if found.isEmpty { found.append("the seat steps are not last") }
            top.log.report(
                top.file, entry.line, field: entry.path, value: steps.map(\.rawValue).joined(separator: ", "),
                "\(found.joined(separator: "; ")); expected \(ProcessingStep.orderRule)")
            return nil
        }
        return steps
    }

    /// The `activities` mapping: one layer per overridden activity, with its id checked.
    private func overrideLayers(_ top: RegulationsSection, references: References)
        -> [(Identifier<Activity>, RegulationsSection.Layer)]
    {
        guard let entry = top.entry("activities") else { return [] }
        guard let mapping = entry.node.mapping else {
            top.report(entry, "expected a mapping from activity ids (visit-<event id>) to the rules they change")
            return []
        }
        var layers: [(Identifier<Activity>, RegulationsSection.Layer)] = []
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            let path = "activities.\(key)"
            let line = keyNode.mark?.line ?? entry.line
            guard let id = Identifier<Activity>(rawValue: key) else {
                top.log.report(
                    top.file, line, field: path, value: key, "expected an activity id: \(Identifier<Activity>.rule)")
                continue
            }
            if let known = references.activityIDs, !known.contains(key) {
                top.log.report(
                    top.file, line, field: path, value: key,
                    "no activity has this id; expected visit-<event id> of an event in events.csv")
                continue
            }
            guard
                let section = RegulationsSection(
                    file: top.file, log: top.log, schemaPath: "activity", nodes: [(path: path, line: line, node: value)]
                )
            else { continue }
            layers.append((id, section.layers[0]))
        }
        return layers
    }

    /// Problems in the programme-wide rules are found again under every override: keep the first.
    private static func unique(_ issues: [ImportIssue]) -> [ImportIssue] {
        var seen: Set<ImportIssue> = []
        return issues.filter { seen.insert($0).inserted }
    }
}
