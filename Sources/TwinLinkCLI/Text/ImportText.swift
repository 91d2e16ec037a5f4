import Foundation
import TwinLinkApp
import TwinLinkStore

// What an import changed, for people on a terminal: one line per table.

extension ImportRegistry {
    /// One line per table: `smes: 3 new, 1 updated, 60 unchanged`.
    static func describe(_ changes: RegistryChanges) -> String {
        changes.tables.map { table in
            var parts: [String] = []
            if table.inserted > 0 { parts.append("\(table.inserted) new") }
            if table.updated > 0 { parts.append("\(table.updated) updated") }
            if table.unchanged > 0 { parts.append("\(table.unchanged) unchanged") }
            parts += history(table)
            return "  \(table.name): " + (parts.isEmpty ? "none" : parts.joined(separator: ", "))
        }.joined(separator: "\n")
    }

    /// What the import found no longer listed, and what it retired, for its report.
    private static func history(_ table: RegistryChanges.Table) -> [String] {
        var parts: [String] = []
        if !table.retiredIDs.isEmpty {
            parts.append("\(table.retiredIDs.count) retired (\(list(table.retiredIDs)))")
        }
        if table.notInFiles > 0 {
            let ids = table.notInFilesIDs.isEmpty ? "" : " (\(list(table.notInFilesIDs)))"
            parts.append(
                "\(table.notInFiles) kept that the files no longer list\(ids); 'twinlink import --prune' retires them")
        }
        if table.returned > 0 { parts.append("\(table.returned) listed again and back in use") }
        return parts
    }

    private static func list(_ ids: [String]) -> String {
        ids.count <= 10 ? ids.joined(separator: ", ") : ids.prefix(10).joined(separator: ", ") + ", …"
    }
}

extension AttendanceImport {
    /// `attendance: 3 new, 1 corrected, 40 unchanged`, one line per table the files had rows for.
    static func describe(_ changes: RegistryChanges) -> String {
        changes.tables.filter { $0.inserted + $0.updated + $0.unchanged > 0 }.map { table in
            var parts: [String] = []
            if table.inserted > 0 { parts.append("\(table.inserted) new") }
            if table.updated > 0 { parts.append("\(table.updated) corrected") }
            if table.unchanged > 0 { parts.append("\(table.unchanged) unchanged") }
            return "  \(table.name): " + parts.joined(separator: ", ")
        }.joined(separator: "\n")
    }
}
