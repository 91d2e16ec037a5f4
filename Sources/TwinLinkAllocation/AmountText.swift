/// Money and counts as the explanations print them: `1 030.00 EUR`, independent of the locale.
enum AmountText {
    /// `1 250 000.50 EUR` from euro cents.
    static func euros(cents: Int64, currency: String = "EUR") -> String {
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return "\(cents < 0 ? "-" : "")\(grouped(magnitude / 100)).\(fraction < 10 ? "0" : "")\(fraction) \(currency)"
    }

    /// `12 500 000`: thousands separated by spaces.
    static func grouped(_ value: UInt64) -> String {
        let digits = Array(String(value).utf8)
        var out: [UInt8] = []
        out.reserveCapacity(digits.count + digits.count / 3)
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(0x20) }
            out.append(digit)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `1 seat`, `3 seats`.
    static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(value) \(value == 1 ? singular : plural ?? singular + "s")"
    }

    /// `a, b and c`.
    static func list(_ items: [String], conjunction: String = "and") -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
        }
    }
}
