public import Foundation

/// Where each record of a registry folder is: the line of every id in every CSV file, for
/// messages about records that the database compares with the files (a renamed id that breaks
/// a unique rule). Read after a successful import read, so the files are known to be sound.
public struct RegistryLines: Sendable {
    /// Per file name (`people.csv`), the line of each id.
    private var lines: [String: [String: Int]] = [:]

    public init(directory: URL, format: CSVFormat = .standard) {
        self.init(files: (try? RegistryFiles.folder(directory, displayPath: directory.path)), format: format)
    }

    /// The same for files given as data.
    public init(files: RegistryFiles?, format: CSVFormat = .standard) {
        for schema in TableSchema.all {
            guard
                let data = files?[schema.fileName],
                let table = CSVTable.load(
                    data: data, file: schema.fileName, schema: schema, format: format, log: IssueLog())
            else { continue }
            var ids: [String: Int] = [:]
            for record in table.records {
                if let id = record.values["id"]?.trimmingCharacters(in: .whitespacesAndNewlines), ids[id] == nil {
                    ids[id] = record.line
                }
            }
            lines[schema.fileName] = ids
        }
    }

    /// The line the record `id` is on in `file`, if the file lists it.
    public func line(of id: String, in file: String) -> Int? {
        lines[file]?[id]
    }
}
