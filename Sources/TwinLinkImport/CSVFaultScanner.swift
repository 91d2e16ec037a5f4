/// Diagnosis and recovery only: SwiftCSV parses the registry's CSV files (`CSVTable`). When
/// SwiftCSV rejects a file, or a quote is never closed, this scanner finds the faulty records (a
/// quote inside an unquoted field, text after a closing quote, a quote never closed: reported where
/// it opened) and the line each starts on, and cuts out the raw text of the well-formed records, so
/// that SwiftCSV reads those and every row's problems are found in one run. It does not produce
/// field values.
struct CSVFaultScanner {
    /// A well-formed record: the line it starts on and its raw text (without the line end), for
    /// SwiftCSV to read.
    struct Record {
        let line: Int
        let text: String
    }

    struct Problem {
        let line: Int
        let fieldIndex: Int
        let value: String
        let problem: String
        /// A quote never closed: the lines after it may be the rest of the broken record.
        var unclosed = false
    }

    private let bytes: [UInt8]
    private let delimiter: UInt8
    private var index = 0
    private var line = 1
    private(set) var records: [Record] = []
    private(set) var problems: [Problem] = []

    static func scan(_ text: String, delimiter: UInt8) -> (records: [Record], problems: [Problem]) {
        var scanner = CSVFaultScanner(bytes: Array(text.utf8), delimiter: delimiter)
        scanner.run()
        return (scanner.records, scanner.problems)
    }

    private init(bytes: [UInt8], delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
    }

    private static let quote = UInt8(ascii: "\"")
    private static let lf: UInt8 = 0x0A
    private static let cr: UInt8 = 0x0D

    private mutating func run() {
        while index < bytes.count {
            readRecord()
        }
    }

    private func text(_ slice: ArraySlice<UInt8>) -> String { String(decoding: slice, as: UTF8.self) }

    /// Consumes a line end at `index` (CRLF, LF or CR), if there is one.
    private mutating func consumeLineEnd() -> Bool {
        guard index < bytes.count else { return false }
        if bytes[index] == Self.cr {
            index += 1
            if index < bytes.count, bytes[index] == Self.lf { index += 1 }
        } else if bytes[index] == Self.lf {
            index += 1
        } else {
            return false
        }
        line += 1
        return true
    }

    /// Skips the rest of the physical line after a fault.
    private mutating func skipLine() {
        while index < bytes.count, bytes[index] != Self.lf, bytes[index] != Self.cr { index += 1 }
        _ = consumeLineEnd()
    }

    private mutating func readRecord() {
        let start = line
        let recordStart = index
        var fieldCount = 0
        while true {
            // Blanks before an opening quote are allowed, as spreadsheets write them.
            var probe = index
            while probe < bytes.count, bytes[probe] == 0x20 || bytes[probe] == 0x09, bytes[probe] != delimiter {
                probe += 1
            }
            if probe < bytes.count, bytes[probe] == Self.quote {
                index = probe
                guard quotedField(fieldIndex: fieldCount) else { return }
            } else {
                let fieldStart = index
                while index < bytes.count, bytes[index] != delimiter, bytes[index] != Self.lf, bytes[index] != Self.cr {
                    if bytes[index] == Self.quote {
                        problems.append(
                            Problem(
                                line: line, fieldIndex: fieldCount, value: text(bytes[fieldStart...index]),
                                problem: "a quote inside an unquoted field; quote the whole field and double the "
                                    + "quote (\"\")"))
                        skipLine()
                        return
                    }
                    index += 1
                }
            }
            fieldCount += 1
            if index < bytes.count, bytes[index] == delimiter {
                index += 1
                continue
            }
            records.append(Record(line: start, text: text(bytes[recordStart..<index])))
            _ = consumeLineEnd()
            return
        }
    }

    /// Skips a quoted field at `index`; `false` after reporting a fault (the input is then
    /// positioned at the next line to read).
    private mutating func quotedField(fieldIndex: Int) -> Bool {
        let openingLine = line
        let openingIndex = index
        index += 1
        var value: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Self.quote {
                if index + 1 < bytes.count, bytes[index + 1] == Self.quote {
                    value.append(Self.quote)
                    index += 2
                    continue
                }
                index += 1
                // Blanks after the closing quote are allowed, as SwiftCSV allows them.
                while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09, bytes[index] != delimiter {
                    index += 1
                }
                guard index < bytes.count, bytes[index] != delimiter, bytes[index] != Self.lf,
                    bytes[index] != Self.cr
                else { return true }
                var shown = value
                shown.insert(Self.quote, at: 0)
                shown += [Self.quote, bytes[index]]
                problems.append(
                    Problem(
                        line: line, fieldIndex: fieldIndex, value: String(decoding: shown, as: UTF8.self),
                        problem: "text follows the closing quote; a quote inside a quoted field must be doubled (\"\")"
                    ))
                skipLine()
                return false
            }
            if byte == Self.lf || (byte == Self.cr && (index + 1 >= bytes.count || bytes[index + 1] != Self.lf)) {
                line += 1
            }
            value.append(byte)
            index += 1
        }
        // Never closed: report it where it opened and read on from the next line.
        var shown = value.prefix { $0 != Self.lf && $0 != Self.cr }
        shown.insert(Self.quote, at: shown.startIndex)
        problems.append(
            Problem(
                line: openingLine, fieldIndex: fieldIndex, value: String(decoding: shown, as: UTF8.self),
                problem: "the quoted field opened on this line is never closed; add the closing quote (\")",
                unclosed: true))
        index = openingIndex
        line = openingLine
        skipLine()
        return false
    }
}
