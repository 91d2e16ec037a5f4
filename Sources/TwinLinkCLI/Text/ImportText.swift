import Foundation
import TwinLinkApp
import TwinLinkStore

// What an import changed, for people on a terminal: one line per table, in the coordinator's
// language (the table names are the registry's file and table names, as written).

extension ImportRegistry {
    /// One line per table: `smes: 3 new, 1 updated, 60 unchanged`.
    static func describe(_ changes: RegistryChanges, words: CLIWords) -> String {
        changes.tables.map { table in
            var parts: [String] = []
            if table.inserted > 0 { parts.append(words("import_new", ["count": words.number(table.inserted)])) }
            if table.updated > 0 { parts.append(words("import_updated", ["count": words.number(table.updated)])) }
            if table.unchanged > 0 {
                parts.append(words("import_unchanged", ["count": words.number(table.unchanged)]))
            }
            parts += history(table, words: words)
            return "  \(table.name): " + (parts.isEmpty ? words("none") : parts.joined(separator: ", "))
        }.joined(separator: "\n")
    }

    /// What the import found no longer listed, and what it retired, for its report.
    private static func history(_ table: RegistryChanges.Table, words: CLIWords) -> [String] {
        var parts: [String] = []
        if !table.retiredIDs.isEmpty {
            parts.append(
                words(
                    "import_retired", ["count": words.number(table.retiredIDs.count), "ids": list(table.retiredIDs)]))
        }
        if table.notInFiles > 0 {
            let ids = table.notInFilesIDs.isEmpty ? "" : " (\(list(table.notInFilesIDs)))"
            parts.append(words("import_not_in_files", ["count": words.number(table.notInFiles), "ids": ids]))
        }
        if table.returned > 0 { parts.append(words("import_returned", ["count": words.number(table.returned)])) }
        return parts
    }

    private static func list(_ ids: [String]) -> String {
        ids.count <= 10 ? ids.joined(separator: ", ") : ids.prefix(10).joined(separator: ", ") + ", …"
    }
}

extension AttendanceImport {
    /// `attendance: 3 new, 1 corrected, 40 unchanged`, one line per table the files had rows for.
    static func describe(_ changes: RegistryChanges, words: CLIWords) -> String {
        changes.tables.filter { $0.inserted + $0.updated + $0.unchanged > 0 }.map { table in
            var parts: [String] = []
            if table.inserted > 0 { parts.append(words("import_new", ["count": words.number(table.inserted)])) }
            if table.updated > 0 { parts.append(words("import_corrected", ["count": words.number(table.updated)])) }
            if table.unchanged > 0 {
                parts.append(words("import_unchanged", ["count": words.number(table.unchanged)]))
            }
            return "  \(table.name): " + parts.joined(separator: ", ")
        }.joined(separator: "\n")
    }
}
