/// Fixed-point results of a division, rounded half up, so that every figure is exact and the
/// same on every machine: a percentage in tenths (`25.0`) and an average in hundredths (`3.67`).
enum Ratio {
    /// `part / whole` as a percentage in tenths of a percent; `nil` when `whole` is 0.
    static func percentTenths(_ part: Int, of whole: Int) -> Int? {
        guard whole > 0 else { return nil }
        return (1000 * part + whole / 2) / whole
    }

    /// `sum / count` in hundredths; `nil` when `count` is 0.
    static func averageHundredths(sum: Int, count: Int) -> Int? {
        guard count > 0 else { return nil }
        return (100 * sum + count / 2) / count
    }
}
