import Foundation

/// Reads the tables back out of the report's HTML: for each `<table data-csv="FILE">`, the header
/// cells and the rows, each cell as a person's browser shows it and with the CSV value it carries
/// (`data-value`), entities decoded. Only for the markup the report template writes (no nested
/// tables).
struct HTMLTables {
    struct Cell: Equatable {
        let shown: String
        let value: String
    }

    struct Table {
        let csvFile: String
        let header: [Cell]
        let rows: [[Cell]]
    }

    let tables: [Table]

    init(_ html: String) {
        let tableRegex = try! Regex(#"<table data-csv="([^"]*)">(.*?)</table>"#).dotMatchesNewlines()
        let rowRegex = try! Regex(#"<tr[^>]*>(.*?)</tr>"#).dotMatchesNewlines()
        let cellRegex = try! Regex(#"<t[hd][^>]*? data-value="([^"]*)"[^>]*>(.*?)</t[hd]>"#).dotMatchesNewlines()
        tables = html.matches(of: tableRegex).map { match in
            let file = String(match.output[1].substring!)
            let rows = String(match.output[2].substring!).matches(of: rowRegex).map { row in
                String(row.output[1].substring!).matches(of: cellRegex).map {
                    Cell(
                        shown: Self.decode(String($0.output[2].substring!)),
                        value: Self.decode(String($0.output[1].substring!)))
                }
            }
            return Table(csvFile: file, header: rows.first ?? [], rows: Array(rows.dropFirst()))
        }
    }

    static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#x2F;", with: "/").replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// Reads RFC 4180 CSV text: quoted fields with doubled quotes, commas and line breaks inside.
enum CSVText {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" {
                            field.append("\"")
                        } else {
                            quoted = false
                            pending = next
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\r\n", "\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default: field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
        return rows
    }
}

/// Whether the HTML shows the CSV value `value` as `shown`: the same text, the dash for no value,
/// or the same figure in the locale's digits, groups, decimal sign and currency (the digits agree),
/// or an ISO day written out.
func shows(_ shown: String, _ value: String) -> Bool {
    if shown == value { return true }
    if value.isEmpty { return shown == "\u{2013}" }
    let digits = { (text: String) in text.filter { $0.isASCII && $0.isNumber } }
    if value.wholeMatch(of: try! Regex(#"-?\d+(\.\d+)?"#)) != nil { return digits(shown) == digits(value) }
    if value.wholeMatch(of: try! Regex(#"\d{4}-\d{2}-\d{2}"#)) != nil {
        return shown.contains(String(Int(value.suffix(2))!)) && shown.contains(String(value.prefix(4)))
    }
    return false
}
