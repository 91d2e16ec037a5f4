import Foundation
import SwiftCSV

/// A CSV file read with SwiftCSV: its header and its records, each with the line it starts on.
struct CSVTable {
    struct Record {
        let line: Int
        let values: [String: String]
    }

    let file: String
    let columns: [String]
    let records: [Record]

    /// Reads and checks a file against its schema. Problems go to `log`; `nil` when the file
    /// cannot be read as a table at all (bad encoding, broken quoting, bad header).
    static func load(data: Data, file: String, schema: TableSchema, log: IssueLog) -> CSVTable? {
        guard let text = decodeUTF8(data, file: file, log: log) else { return nil }
        var rows: [(line: Int, fields: [String])] = []
        var nextLine = 1
        var parseError: (any Error)?
        do {
            let csv = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false)
            try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { fields in
                rows.append((nextLine, fields))
                nextLine += 1 + fields.reduce(0) { $0 + $1.reduce(0) { $0 + ($1.isNewline ? 1 : 0) } }
            }
        } catch {
            parseError = error
        }
        if parseError != nil || text.reduce(0, { $0 + ($1 == "\"" ? 1 : 0) }) % 2 == 1 {
            let problem =
                CSVQuoteDiagnosis.firstProblem(in: text)
                ?? .init(
                    line: nextLine, fieldIndex: 0, value: "", problem: "the CSV text cannot be read: \(parseError!)")
            let headerLine = String(text.prefix { !$0.isNewline })
            let header = (try? EnumeratedCSV(string: headerLine, delimiter: .comma, loadColumns: false))?.header ?? []
            let column = problem.fieldIndex < header.count ? header[problem.fieldIndex] : nil
            log.report(
                file, problem.line, field: column ?? "#\(problem.fieldIndex + 1)", value: problem.value, problem.problem
            )
            return nil
        }
        let nonEmpty = rows.filter { !($0.fields.count == 1 && $0.fields[0].isEmpty) }
        guard let header = nonEmpty.first else {
            log.report(
                file, 1, field: "(header)", value: "",
                "the file is empty; expected a header row with the columns \(schema.columnList)")
            return nil
        }
        guard let columns = checkHeader(header.fields, line: header.line, file: file, schema: schema, log: log) else {
            return nil
        }
        var records: [Record] = []
        for row in nonEmpty.dropFirst() {
            if row.fields.count != columns.count {
                let extra = row.fields.count > columns.count
                let index = extra ? columns.count : row.fields.count - 1
                log.report(
                    file, row.line, field: extra ? "#\(index + 1)" : columns[index], value: row.fields[index],
                    "the row has \(row.fields.count) fields but the header has \(columns.count); "
                        + (extra
                            ? "quote fields that contain commas"
                            : "every row needs a value (maybe empty) for every column"))
                continue
            }
            records.append(Record(line: row.line, values: Dictionary(uniqueKeysWithValues: zip(columns, row.fields))))
        }
        return CSVTable(file: file, columns: columns, records: records)
    }

    private static func checkHeader(
        _ fields: [String], line: Int, file: String, schema: TableSchema, log: IssueLog
    ) -> [String]? {
        let columns = fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var ok = true
        var seen: Set<String> = []
        for column in columns {
            if !seen.insert(column).inserted {
                log.report(
                    file, line, field: column, value: column, "the column appears twice; expected each column once")
                ok = false
            } else if schema.column(named: column) == nil {
                log.report(
                    file, line, field: column, value: column, "unknown column; expected one of \(schema.columnList)")
                ok = false
            }
        }
        for required in schema.columns where required.required && !seen.contains(required.name) {
            log.report(file, line, field: required.name, value: "", "required column is missing from the header")
            ok = false
        }
        return ok ? columns : nil
    }

    /// Strict UTF-8: every line with invalid bytes is reported, with the column it falls in.
    private static func decodeUTF8(_ data: Data, file: String, log: IssueLog) -> String? {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let header =
            lines.first.map { String(decoding: $0, as: UTF8.self).split(separator: ",").map(String.init) } ?? []
        for (index, line) in lines.enumerated() where String(validating: line, as: UTF8.self) == nil {
            let lossy = String(decoding: line, as: UTF8.self)
            let fields = lossy.split(separator: ",", omittingEmptySubsequences: false)
            let fieldIndex = fields.firstIndex { $0.contains("\u{FFFD}") } ?? 0
            let column =
                fieldIndex < header.count
                ? header[fieldIndex].trimmingCharacters(in: .whitespacesAndNewlines) : "#\(fieldIndex + 1)"
            log.report(
                file, index + 1, field: column, value: String(fields[fieldIndex]),
                "the bytes are not valid UTF-8 (shown as \u{FFFD}); save the file as UTF-8 (\"CSV UTF-8\" in a spreadsheet)"
            )
        }
        return nil
    }
}
