import Foundation
import Yams

/// A mapping of `regulations.yaml` seen through its layers: an activity's override first, then
/// the programme-wide section, so that a key the override leaves out comes from the programme.
/// Lists are taken whole from the first layer that has them. Every problem is reported to the log
/// with the line and the key path as the file spells it (`activities.visit-x.capacity.seats`).
struct RegulationsSection {
    /// One mapping node, the path that leads to it in the file and the line of its key.
    struct Layer {
        let path: String
        let line: Int
        let node: Node
        let entries: [String: Node]
        /// The line of each key: where a problem with its value is reported.
        let keyLines: [String: Int]
    }

    /// A value found for a key, with where it was found.
    struct Entry {
        let path: String
        let node: Node
        /// The line of the key.
        let line: Int
        var text: String { node.scalar?.string ?? "" }
    }

    let file: String
    let log: IssueLog
    /// The schema path (`capacity`, `quotas.reserved_seats[]`): which keys are known.
    let schemaPath: String
    /// Override first; never empty.
    let layers: [Layer]

    init(file: String, log: IssueLog, schemaPath: String, layers: [Layer]) {
        precondition(!layers.isEmpty, "a section has at least one layer")
        self.file = file
        self.log = log
        self.schemaPath = schemaPath
        self.layers = layers
    }

    /// A section made of `nodes` (override first, each with the line of its key), each checked to
    /// be a mapping of known keys; `nil` when none is a mapping.
    init?(file: String, log: IssueLog, schemaPath: String, nodes: [(path: String, line: Int, node: Node)]) {
        self.file = file
        self.log = log
        self.schemaPath = schemaPath
        var layers: [Layer] = []
        for (path, line, node) in nodes {
            guard let mapping = node.mapping else {
                log.report(
                    file, line, field: path, value: node.scalar?.string ?? "",
                    "expected a mapping of keys to values")
                continue
            }
            let known = RegulationsSchema.keys[schemaPath] ?? []
            var entries: [String: Node] = [:]
            var keyLines: [String: Int] = [:]
            for (keyNode, value) in mapping {
                let key = keyNode.scalar?.string ?? ""
                guard known.contains(key) else {
                    log.report(
                        file, keyNode.mark?.line ?? 1, field: Self.join(path, key), value: value.scalar?.string ?? "",
                        "unknown key; expected one of \(known.sorted().joined(separator: ", "))")
                    continue
                }
                entries[key] = value
                keyLines[key] = keyNode.mark?.line ?? line
            }
            layers.append(Layer(path: path, line: line, node: node, entries: entries, keyLines: keyLines))
        }
        guard !layers.isEmpty else { return nil }
        self.layers = layers
    }

    /// The line of the section's key, in its first layer.
    var line: Int { layers[0].line }

    /// The path of the section in its first layer.
    var path: String { layers[0].path }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The value of `key` in the first layer that has it.
    func entry(_ key: String) -> Entry? {
        for layer in layers {
            if let node = layer.entries[key] {
                return Entry(path: Self.join(layer.path, key), node: node, line: layer.keyLines[key] ?? layer.line)
            }
        }
        return nil
    }

    /// The sub-section under `key`, merged across the layers that have it.
    func section(_ key: String) -> RegulationsSection? {
        let nodes = layers.compactMap { layer in
            layer.entries[key].map {
                (path: Self.join(layer.path, key), line: layer.keyLines[key] ?? layer.line, node: $0)
            }
        }
        guard !nodes.isEmpty else { return nil }
        return RegulationsSection(file: file, log: log, schemaPath: Self.join(schemaPath, key), nodes: nodes)
    }

    /// Where a problem about `keyPath` (`quotas.reserved_seats`) belongs: the line of the deepest
    /// key found along it, in the first layer that has its first key.
    func locate(_ keyPath: String) -> (path: String, line: Int) {
        let keys = keyPath.split(separator: ".").map(String.init)
        guard let first = keys.first, let layer = layers.first(where: { $0.entries[first] != nil }) else {
            return (Self.join(layers.last!.path, keyPath), layers.last!.line)
        }
        var node = layer.entries[first]!
        var line = layer.keyLines[first] ?? layer.line
        for key in keys.dropFirst() {
            guard let (keyNode, next) = node.mapping?.first(where: { $0.key.scalar?.string == key }) else { break }
            node = next
            line = keyNode.mark?.line ?? line
        }
        return (Self.join(layer.path, keyPath), line)
    }

    // MARK: - Reporting

    func report(_ entry: Entry, _ problem: String) {
        log.report(file, entry.line, field: entry.path, value: entry.text, problem)
    }

    /// A required key that no layer has: reported at the programme-wide section, which every
    /// activity without an override uses.
    func reportMissing(_ key: String, expected: String) {
        let base = layers.last!
        log.report(
            file, base.line, field: Self.join(base.path, key), value: "",
            "required key is missing; expected \(expected)")
    }

    // MARK: - Values

    /// The text of a scalar value; `nil` (reported) for a list or mapping.
    func scalar(_ key: String, expected: String) -> (entry: Entry, text: String)? {
        guard let entry = entry(key) else { return nil }
        guard let scalar = entry.node.scalar else {
            report(entry, "expected a single value: \(expected)")
            return nil
        }
        return (entry, scalar.string.trimmingCharacters(in: .whitespaces))
    }

    /// The parsed value of `key`; `nil` when absent or malformed (reported).
    func value<T>(_ key: String, expected: String, _ parse: (String) -> T?) -> T? {
        guard let (entry, text) = scalar(key, expected: expected) else { return nil }
        guard let value = parse(text) else {
            report(entry, "expected \(expected)")
            return nil
        }
        return value
    }

    /// Like `value`, and reports a missing key.
    func required<T>(_ key: String, expected: String, _ parse: (String) -> T?) -> T? {
        guard entry(key) != nil else {
            reportMissing(key, expected: expected)
            return nil
        }
        return value(key, expected: expected, parse)
    }

    /// A list of scalars (`[micro, small]`), each parsed; `nil` when absent or when any item is
    /// malformed (each reported).
    func list<T>(_ key: String, expected: String, allowEmpty: Bool = false, _ parse: (String) -> T?) -> [T]? {
        guard let entry = entry(key) else { return nil }
        guard let sequence = entry.node.sequence, allowEmpty || !sequence.isEmpty else {
            report(entry, "expected a list\(allowEmpty ? "" : " of at least one item"), each \(expected)")
            return nil
        }
        var values: [T] = []
        for (index, item) in sequence.enumerated() {
            let itemPath = "\(entry.path)[\(index + 1)]"
            guard let text = item.scalar?.string.trimmingCharacters(in: .whitespaces), let value = parse(text) else {
                log.report(
                    file, item.mark?.line ?? entry.line, field: itemPath, value: item.scalar?.string ?? "",
                    "expected \(expected)")
                continue
            }
            values.append(value)
        }
        return values.count == sequence.count ? values : nil
    }

    /// A list of mappings, each a section of its own; `nil` when absent.
    func items(_ key: String) -> [RegulationsSection]? {
        guard let entry = entry(key) else { return nil }
        guard let sequence = entry.node.sequence else {
            report(entry, "expected a list of mappings, each item starting with '- '")
            return nil
        }
        return sequence.enumerated().compactMap { index, item in
            RegulationsSection(
                file: file, log: log, schemaPath: Self.join(schemaPath, key) + "[]",
                nodes: [(path: "\(entry.path)[\(index + 1)]", line: item.mark?.line ?? entry.line, node: item)])
        }
    }
}
