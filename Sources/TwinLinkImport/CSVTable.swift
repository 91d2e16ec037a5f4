import Foundation
import SwiftCSV

/// A CSV file read with SwiftCSV: its header and its records, each with the line it starts on.
/// Faulty text (SwiftCSV throws, or a quote is never closed) is diagnosed by `CSVFaultScanner`,
/// and SwiftCSV still reads the well-formed records.
struct CSVTable {
    struct Record {
        let line: Int
        let values: [String: String]
    }

    let file: String
    let columns: [String]
    let records: [Record]
    /// Whether some rows could not be read (encoding, quoting): their ids are unknown.
    let hasUnreadableRows: Bool

    /// Reads and checks a file against its schema. Problems go to `log`; `nil` when the file
    /// cannot be read as a table at all (a bad header, a file in another delimiter). A bad row
    /// (encoding, quoting, field count) is reported and left out, and the other rows are read, so
    /// that every row's problems are reported at once.
    static func load(
        data: Data, file: String, schema: TableSchema, format: CSVFormat = .standard, log: IssueLog
    ) -> CSVTable? {
        let (text, badLines) = decode(data, file: file, format: format, log: log)
        let (parsed, problems) = rows(of: text, delimiter: format.delimiter)
        let rows = parsed.filter { !($0.fields.count == 1 && $0.fields[0].isEmpty) }
        guard let header = rows.first else {
            if problems.isEmpty && badLines.isEmpty {
                log.report(
                    file, 1, field: "(header)", value: "",
                    "the file is empty; expected a header row with the columns \(schema.columnList)")
            }
            report(problems, header: [], file: file, log: log)
            return nil
        }
        if let (hint, delimiter) = otherDelimiter(header.fields, format: format, schema: schema) {
            log.report(
                file, header.line, field: "(header)", value: String(text.prefix { !$0.isNewline }), hint,
                remedy: .delimiter(delimiter))
            return nil
        }
        report(problems, header: header.fields, file: file, log: log)
        guard let columns = checkHeader(header.fields, line: header.line, file: file, schema: schema, log: log) else {
            return nil
        }
        var records: [Record] = []
        // After a quote that is never closed, the lines up to the next complete row are most likely
        // the rest of the broken record: they are not reported again.
        let unclosedLines = problems.filter(\.unclosed).map(\.line)
        for row in rows.dropFirst() where !badLines.contains(row.line) {
            if row.fields.count != columns.count, let opened = unclosedLines.last(where: { $0 < row.line }),
                (records.last?.line ?? 0) < opened
            {
                continue
            }
            if row.fields.count != columns.count {
                let extra = row.fields.count > columns.count
                let index = extra ? columns.count : row.fields.count - 1
                log.report(
                    file, row.line, field: extra ? "#\(index + 1)" : columns[index], value: row.fields[index],
                    "the row has \(row.fields.count) fields but the header has \(columns.count); "
                        + (extra
                            ? "quote fields that contain \(Self.name(of: format.delimiter))s"
                            : "every row needs a value (maybe empty) for every column"))
                continue
            }
            records.append(Record(line: row.line, values: Dictionary(uniqueKeysWithValues: zip(columns, row.fields))))
        }
        return CSVTable(
            file: file, columns: columns, records: records, hasUnreadableRows: !problems.isEmpty || !badLines.isEmpty)
    }

    private static func report(_ problems: [CSVFaultScanner.Problem], header: [String], file: String, log: IssueLog) {
        for problem in problems {
            let column =
                problem.fieldIndex < header.count
                ? header[problem.fieldIndex].trimmingCharacters(in: .whitespaces) : "#\(problem.fieldIndex + 1)"
            log.report(file, problem.line, field: column, value: problem.value, problem.problem)
        }
    }

    /// The rows SwiftCSV reads, each with the line it starts on. When SwiftCSV rejects the text or a
    /// quote is never closed, `CSVFaultScanner` finds the faulty records and SwiftCSV reads the
    /// others one by one.
    private static func rows(
        of text: String, delimiter: UInt8
    ) -> (rows: [(line: Int, fields: [String])], problems: [CSVFaultScanner.Problem]) {
        if text.utf8.reduce(0, { $0 + ($1 == UInt8(ascii: "\"") ? 1 : 0) }) % 2 == 0,
            let rows = try? swiftCSVRows(text, delimiter: delimiter)
        {
            return (rows, [])
        }
        let (records, problems) = CSVFaultScanner.scan(text, delimiter: delimiter)
        var rows: [(line: Int, fields: [String])] = []
        for record in records {
            // The scanner's well-formed records are well-formed for SwiftCSV too; one it still
            // rejects is left out, as the scanner's problems already mark the file as not whole.
            guard let read = try? swiftCSVRows(record.text, delimiter: delimiter) else { continue }
            rows += read.map { (record.line + $0.line - 1, $0.fields) }
        }
        return (rows, problems)
    }

    /// SwiftCSV's rows of `text`, each with the line it starts on (counting the line ends inside
    /// quoted fields).
    private static func swiftCSVRows(_ text: String, delimiter: UInt8) throws -> [(line: Int, fields: [String])] {
        // A last line without a line end would lose an empty last field.
        let text = text.last?.isNewline == false ? text + "\n" : text
        var rows: [(line: Int, fields: [String])] = []
        var nextLine = 1
        let csv = try EnumeratedCSV(
            string: text, delimiter: .character(Character(Unicode.Scalar(delimiter))), loadColumns: false)
        try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { fields in
            rows.append((nextLine, fields))
            nextLine += 1 + fields.reduce(0) { $0 + $1.reduce(0) { $0 + ($1.isNewline ? 1 : 0) } }
        }
        return rows
    }

    private static func name(of delimiter: UInt8) -> String {
        switch delimiter {
        case 0x3B: "semicolon"
        case 0x09: "tab"
        default: "comma"
        }
    }

    /// A hint when the header is one field that splits into known columns at another separator:
    /// Excel set to Polish, Czech or German saves "CSV" with semicolons.
    private static func otherDelimiter(_ header: [String], format: CSVFormat, schema: TableSchema) -> (
        String, String
    )? {
        guard header.count == 1 else { return nil }
        for (separator, name) in [(";", ";"), ("\t", "tab"), (",", ",")]
        where separator.utf8.first != format.delimiter {
            let columns = header[0].split(separator: Character(separator)).map {
                $0.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\"")))
            }
            guard columns.count >= 2, columns.filter({ schema.column(named: $0) != nil }).count >= 2 else { continue }
            let spreadsheet =
                separator == ";"
                ? "the columns are separated by semicolons, as a spreadsheet set to Polish, Czech or German saves "
                    + "CSV; save the file as \"CSV UTF-8 (comma delimited)\""
                : "the columns are separated by \(separator == "," ? "commas" : "tabs")"
            return (spreadsheet, name)
        }
        return nil
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

    /// The text of the file. Strict UTF-8 (unless the user named Windows-1250): every line with
    /// invalid bytes is reported with the column it falls in, and the lines are returned so that
    /// their rows are left out; the other rows are still read. Bytes that read as Windows-1250
    /// letters get the remedy of reading them as Windows-1250.
    private static func decode(_ data: Data, file: String, format: CSVFormat, log: IssueLog) -> (String, Set<Int>) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if format.encoding == .windows1250 {
            // Every byte has a meaning in Windows-1250 except five; those are reported as UTF-8 ones are.
            if let text = String(data: Data(bytes), encoding: .windowsCP1250) { return (text, []) }
        } else if let text = String(validating: bytes, as: UTF8.self) {
            return (text, [])
        }
        let looksCentralEuropean = format.encoding == .utf8 && looksLikeWindows1250(bytes)
        let advice =
            looksCentralEuropean
            ? "the bytes are not valid UTF-8 (shown as \u{FFFD}) and read as Windows-1250 (Central European) "
                + "letters; save the file as UTF-8 (\"CSV UTF-8\" in a spreadsheet)"
            : format.encoding == .utf8
                ? "the bytes are not valid UTF-8 (shown as \u{FFFD}); save the file as UTF-8 (\"CSV UTF-8\" in a "
                    + "spreadsheet)"
                : "the bytes are not Windows-1250 text (shown as \u{FFFD}); check the file's encoding"
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let header = lines.first.map { fields(String(decoding: $0, as: UTF8.self), format) } ?? []
        var bad: Set<Int> = []
        var text = ""
        for (index, line) in lines.enumerated() {
            let decoded =
                format.encoding == .utf8
                ? String(validating: line, as: UTF8.self) : String(data: Data(line), encoding: .windowsCP1250)
            if index > 0 { text += "\n" }
            guard let decoded else {
                bad.insert(index + 1)
                let lossy = String(decoding: line, as: UTF8.self)
                text += lossy
                let fields = fields(lossy, format)
                let fieldIndex = fields.firstIndex { $0.contains("\u{FFFD}") } ?? 0
                let column =
                    fieldIndex < header.count
                    ? header[fieldIndex].trimmingCharacters(in: .whitespacesAndNewlines) : "#\(fieldIndex + 1)"
                log.report(
                    file, index + 1, field: column, value: String(fields[fieldIndex]), advice,
                    remedy: looksCentralEuropean ? .encoding("windows-1250") : nil)
                continue
            }
            text += decoded
        }
        return (text, bad)
    }

    /// The fields of one line, read as far as its quoting allows (a quoted cell may go on in
    /// the next line).
    private static func fields(_ line: String, _ format: CSVFormat) -> [String] {
        let closed = line.utf8.reduce(0, { $0 + ($1 == UInt8(ascii: "\"") ? 1 : 0) }) % 2 == 0 ? line : line + "\""
        return (try? swiftCSVRows(closed, delimiter: format.delimiter))?.first?.fields ?? [line]
    }

    /// Whether the bytes that are not UTF-8 are mostly letters of Czech, Polish, Slovak, Slovenian,
    /// Croatian or Hungarian in Windows-1250 (š ž ą ę ł č ř ě ő ű …).
    static func looksLikeWindows1250(_ bytes: [UInt8]) -> Bool {
        let letters: Set<UInt8> = [
            0x8A, 0x8C, 0x8D, 0x8E, 0x8F, 0x9A, 0x9C, 0x9D, 0x9E, 0x9F, 0xA3, 0xA5, 0xAA, 0xAF, 0xB3, 0xB9, 0xBA,
            0xBC, 0xBE, 0xBF, 0xC1, 0xC4, 0xC8, 0xC9, 0xCC, 0xCD, 0xD3, 0xD5, 0xD6, 0xD8, 0xD9, 0xDA, 0xDB, 0xDC,
            0xDD, 0xE1, 0xE4, 0xE6, 0xE8, 0xE9, 0xEA, 0xEC, 0xED, 0xF1, 0xF2, 0xF3, 0xF5, 0xF6, 0xF8, 0xF9, 0xFA,
            0xFB, 0xFC, 0xFD, 0xC6, 0xD1, 0xCA, 0xD2,
        ]
        func isLetter(_ index: Int) -> Bool {
            guard bytes.indices.contains(index) else { return false }
            let byte = bytes[index]
            return byte >= 0x80 || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        let high = bytes.indices.filter { bytes[$0] >= 0x80 }
        guard !high.isEmpty else { return false }
        // A letter inside a word: next to another letter.
        let inWords = high.filter { letters.contains(bytes[$0]) && (isLetter($0 - 1) || isLetter($0 + 1)) }
        return inWords.count * 10 >= high.count * 8
    }
}
