import Foundation
import TwinLinkDomain
import TwinLinkImport
import TwinLinkStore

/// Before an import writes anything: the records the files no longer list and the unique rules
/// a renamed id would break, reported as FILE:LINE like every other problem in the files.
enum RegistryHistoryCheck {
    /// The registry file of each database table.
    static let files: [String: String] = [
        "people": "people.csv", "partner_cities": "partner_cities.csv", "local_enterprises": "smes.csv",
        "enterprise_links": "enterprise_links.csv", "partner_enterprises": "partner_enterprises.csv",
        "mutual_events": "events.csv", "applications": "applications.csv", "meeting_requests": "meeting_requests.csv",
    ]

    /// The CSV column of each database column in a unique rule.
    private static let fields: [String: String] = ["email": "email", "event_id": "event_id", "enterprise_id": "sme_id"]

    /// Refuses the import (nothing written) when a record of the files takes a unique value of a
    /// stored record of another id that the import keeps (without `prune`) or cannot retire, and,
    /// with `prune`, when a record to retire is still in use.
    static func check(
        _ registry: Registry, files input: RegistryFiles, format: CSVFormat = .standard, store: RegistryStore,
        prune: Bool
    ) throws(TwinLinkError) {
        let missing: [MissingRecord]
        let conflicts: [UniqueConflict]
        do {
            missing = try store.missingRecords(from: registry)
            conflicts = try store.uniqueConflicts(in: registry)
        } catch {
            throw .store(error)
        }
        let blocked = Dictionary(
            missing.filter { !$0.dependents.isEmpty }.map { ("\($0.table)/\($0.id)", $0) },
            uniquingKeysWith: { a, _ in a }
        )
        // The files' lines are found (the CSV files parsed again) only to report a conflict.
        let lines = conflicts.isEmpty ? nil : RegistryLines(files: input, format: format)
        var issues: [ImportIssue] = []
        func display(_ file: String) -> String { input.name(file) }
        for conflict in conflicts {
            let file = Self.files[conflict.table] ?? conflict.table
            let record = blocked["\(conflict.table)/\(conflict.otherID)"]
            if prune, record == nil { continue }  // the other record is retired first
            let rule = conflict.columns.map { fields[$0] ?? $0 }.joined(separator: ", ")
            var problem =
                conflict.columns == ["email"]
                ? "already the e-mail address of \(conflict.otherID), which \(file) no longer lists"
                : "\(conflict.otherID), which \(file) no longer lists, has the same \(rule)"
            var remedy: ImportIssue.Remedy?
            if let record {
                problem += "; it cannot be retired: " + record.dependents.joined(separator: "; ")
            } else {
                problem += " (was it renamed to \(conflict.id)?)"
                remedy = .retire(conflict.otherID)
            }
            issues.append(
                ImportIssue(
                    file: display(file), line: lines?.line(of: conflict.id, in: file) ?? 0,
                    field: conflict.columns.count == 1 ? fields[conflict.columns[0]] ?? conflict.columns[0] : "id",
                    value: conflict.columns.count == 1 ? conflict.values[0] : conflict.id, problem: problem,
                    remedy: remedy))
        }
        if prune {
            for record in missing where !record.dependents.isEmpty {
                let file = Self.files[record.table] ?? record.table
                issues.append(
                    ImportIssue(
                        file: display(file), line: 0, field: "id", value: record.id,
                        problem: "no longer in the file, but cannot be retired: "
                            + record.dependents.joined(separator: "; ")))
            }
        }
        guard issues.isEmpty else { throw .badInput(ImportFailure(issues: issues)) }
    }
}
