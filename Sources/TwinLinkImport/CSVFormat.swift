import Foundation

/// How the registry's CSV files are written: UTF-8 and commas unless the user says otherwise
/// (`twinlink import --delimiter ';' --encoding windows-1250`), for spreadsheets set to Polish,
/// Czech or German, which save CSV with semicolons and, in older versions, in Windows-1250.
public struct CSVFormat: Sendable, Hashable {
    public enum Encoding: String, Sendable, Hashable, CaseIterable {
        case utf8 = "utf-8"
        case windows1250 = "windows-1250"
    }

    /// The field separator: `,` or `;` (or a tab).
    public var delimiter: UInt8
    public var encoding: Encoding

    public static let standard = CSVFormat(delimiter: UInt8(ascii: ","), encoding: .utf8)

    public init(delimiter: UInt8, encoding: Encoding) {
        self.delimiter = delimiter
        self.encoding = encoding
    }

    /// The format the user named; `nil` with the reason when a value is not one TwinLink reads.
    public static func named(delimiter: String?, encoding: String?) -> Result<CSVFormat, CSVFormatError> {
        var format = CSVFormat.standard
        if let delimiter {
            let allowed: [String: UInt8] = [",": 0x2C, ";": 0x3B, "\t": 0x09, "\\t": 0x09, "tab": 0x09]
            guard let byte = allowed[delimiter] else { return .failure(.delimiter(delimiter)) }
            format.delimiter = byte
        }
        if let encoding {
            let key = encoding.lowercased().replacingOccurrences(of: "_", with: "-")
            let aliases: [String: Encoding] = [
                "utf-8": .utf8, "utf8": .utf8, "windows-1250": .windows1250, "cp1250": .windows1250,
                "win1250": .windows1250,
            ]
            guard let value = aliases[key] else { return .failure(.encoding(encoding)) }
            format.encoding = value
        }
        return .success(format)
    }
}

/// A delimiter or encoding that TwinLink does not read.
public enum CSVFormatError: Error, Sendable, CustomStringConvertible {
    case delimiter(String)
    case encoding(String)

    /// The setting as a field name: `delimiter` or `encoding`.
    public var field: String {
        switch self {
        case .delimiter: "delimiter"
        case .encoding: "encoding"
        }
    }

    /// The value given.
    public var value: String {
        switch self {
        case .delimiter(let value), .encoding(let value): value
        }
    }

    /// What would be right.
    public var expected: String {
        switch self {
        case .delimiter: "expected ',' or ';' (or 'tab')"
        case .encoding: "expected utf-8 or windows-1250"
        }
    }

    public var description: String { "\(field) '\(value)': \(expected)" }
}
