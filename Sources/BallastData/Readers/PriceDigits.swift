import BallastCore

/// Infers a series' display precision: the fewest decimals that write its prices exactly.
enum PriceDigits {
    /// Looks at the first 10,000 bars (a whole import would cost a pass over every price).
    static func infer(_ bars: BarColumns) -> Int {
        let n = min(bars.count, 10_000)
        var digits = 0
        for column in [bars.open, bars.high, bars.low, bars.close] {
            digits = max(digits, infer(column[0..<n]))
        }
        return digits
    }

    static func infer(_ raws: ArraySlice<Int64>) -> Int {
        var digits = 0
        for raw in raws where raw != TickColumns.missing {
            while digits < Price.decimals, raw % FixedDecimal.power10[Price.decimals - digits] != 0 { digits += 1 }
        }
        return digits
    }
}
