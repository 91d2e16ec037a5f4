import Foundation

/// ISO 8601 date-times with an offset (`2026-06-10T09:00:00+02:00`, `…T09:00Z`), read strictly:
/// Foundation's parser turns 30 February into 2 March and second 61 into the next minute; here
/// every field must name a day and time that exist.
enum StrictISOInstant {
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count, bytes[range].allSatisfy({ (0x30...0x39).contains($0) }) else {
                return nil
            }
            return bytes[range].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        func byte(_ at: Int, _ ascii: Unicode.Scalar) -> Bool { at < bytes.count && bytes[at] == UInt8(ascii: ascii) }
        guard let year = number(0..<4), byte(4, "-"), let month = number(5..<7), byte(7, "-"),
            let day = number(8..<10), byte(10, "T") || byte(10, "t"), let hour = number(11..<13), byte(13, ":"),
            let minute = number(14..<16)
        else { return nil }
        var cursor = 16
        var second = 0
        if byte(cursor, ":") {
            guard let value = number(17..<19) else { return nil }
            second = value
            cursor = 19
            if byte(cursor, ".") {
                cursor += 1
                let digitsStart = cursor
                while cursor < bytes.count, (0x30...0x39).contains(bytes[cursor]) { cursor += 1 }
                guard cursor > digitsStart else { return nil }
            }
        }
        var offset = 0
        if byte(cursor, "Z") || byte(cursor, "z") {
            cursor += 1
        } else if byte(cursor, "+") || byte(cursor, "-") {
            guard let hours = number((cursor + 1)..<(cursor + 3)), byte(cursor + 3, ":"),
                let minutes = number((cursor + 4)..<(cursor + 6)), hours <= 18, minutes <= 59
            else { return nil }
            offset = (hours * 3600 + minutes * 60) * (byte(cursor, "-") ? -1 : 1)
            cursor += 6
        } else {
            return nil
        }
        guard cursor == bytes.count, (1...12).contains(month), (1...31).contains(day), hour <= 23, minute <= 59,
            second <= 59, let zone = TimeZone(secondsFromGMT: offset)
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else { return nil }
        // Fractions of a second are kept as written.
        guard let dot = text.firstIndex(of: "."),
            let fraction = Double("0" + text[dot...].prefix { $0 == "." || $0.isNumber })
        else { return date }
        return date.addingTimeInterval(fraction)
    }
}
