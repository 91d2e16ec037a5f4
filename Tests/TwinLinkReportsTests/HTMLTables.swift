import Foundation

/// Reads the tables back out of the report's HTML, as a person's browser shows them: for each
/// `<table data-csv="FILE">`, the header cells and the rows of cell texts, entities decoded. Only
/// for the markup the report template writes (no nested tables).
struct HTMLTables {
    struct Table {
        let csvFile: String
        let header: [String]
        let rows: [[String]]
    }

    let tables: [Table]

    init(_ html: String) {
        let tableRegex = try! Regex(#"<table data-csv="([^"]*)">(.*?)</table>"#).dotMatchesNewlines()
        let rowRegex = try! Regex(#"<tr[^>]*>(.*?)</tr>"#).dotMatchesNewlines()
        let cellRegex = try! Regex(#"<t[hd][^>]*>(.*?)</t[hd]>"#).dotMatchesNewlines()
        tables = html.matches(of: tableRegex).map { match in
            let file = String(match.output[1].substring!)
            let rows = String(match.output[2].substring!).matches(of: rowRegex).map { row in
                String(row.output[1].substring!).matches(of: cellRegex).map {
                    Self.decode(String($0.output[1].substring!))
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

/// The CSV value of a figure as the HTML shows it: digit groups' spaces removed, the dash for no
/// value read as empty.
func csvValue(ofDisplayed text: String) -> String {
    if text == "\u{2013}" { return "" }
    let grouped = try! Regex(#"^-?\d{1,3}( \d{3})+(\.\d+)?$"#)
    return text.wholeMatch(of: grouped) != nil ? text.replacingOccurrences(of: " ", with: "") : text
}
