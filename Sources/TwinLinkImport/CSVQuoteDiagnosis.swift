/// Locates a quoting mistake that the CSV parser has rejected (or, for a quote that is never
/// closed, silently swallowed up to the end of the file), to tell the user the line and column.
enum CSVQuoteDiagnosis {
    struct Problem {
        let line: Int
        let fieldIndex: Int
        let value: String
        let problem: String
    }

    static func firstProblem(in text: String) -> Problem? {
        var line = 1
        var fieldIndex = 0
        var fieldStartLine = 1
        var field = ""
        var inQuotes = false
        var atFieldStart = true
        var afterClosingQuote = false
        for character in text {
            if inQuotes {
                if character == "\"" {
                    inQuotes = false
                    afterClosingQuote = true
                } else {
                    field.append(character)
                    if character.isNewline { line += 1 }
                }
                continue
            }
            if afterClosingQuote {
                afterClosingQuote = false
                if character == "\"" {  // a doubled quote inside a quoted field
                    inQuotes = true
                    field.append(character)
                    continue
                }
                if character != "," && !character.isNewline {
                    return Problem(
                        line: line, fieldIndex: fieldIndex, value: "\"" + field + "\"" + String(character),
                        problem: "text follows the closing quote; a quote inside a quoted field must be doubled (\"\")")
                }
            }
            if character == "," {
                fieldIndex += 1
                field = ""
                atFieldStart = true
            } else if character.isNewline {
                line += 1
                fieldIndex = 0
                field = ""
                atFieldStart = true
            } else if character == "\"" {
                if atFieldStart {
                    inQuotes = true
                    fieldStartLine = line
                    atFieldStart = false
                } else {
                    return Problem(
                        line: line, fieldIndex: fieldIndex, value: field + "\"",
                        problem: "a quote inside an unquoted field; quote the whole field and double the quote (\"\")")
                }
            } else if !(atFieldStart && character.isWhitespace) {
                atFieldStart = false
                field.append(character)
            }
        }
        if inQuotes {
            return Problem(
                line: fieldStartLine, fieldIndex: fieldIndex, value: "\"" + field,
                problem: "the quoted field is never closed; add the closing quote (\")")
        }
        return nil
    }
}
