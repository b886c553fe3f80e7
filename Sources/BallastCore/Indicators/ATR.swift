/// Wilder's average true range over `period` bars (default 14), in price units.
///
/// The true range is `max(high − low, |high − previous close|, |low − previous close|)`, and
/// `high − low` for the first bar. The first ATR is the simple mean of the first `period` true
/// ranges; after that `atr = (atr · (period − 1) + tr) / period`. O(1) per update.
public struct ATR: Sendable, Hashable {
    public let period: Int
    @usableFromInline var previousClose: Int64?
    @usableFromInline var seen = 0
    @usableFromInline var rangeSum: Int64 = 0
    @usableFromInline var average = 0.0
    /// The latest true range in price units; nil before the first bar.
    public private(set) var trueRange: Double?

    public init(period: Int = 14) {
        precondition(period > 0, "an ATR period must be positive")
        self.period = period
    }

    public var isReady: Bool { seen >= period }

    /// The ATR in price units; nil until `period` bars have been seen.
    public var value: Double? { isReady ? average / Double(Price.scale) : nil }

    public mutating func update(_ bar: Bar) {
        var range = bar.high.raw - bar.low.raw
        if let close = previousClose {
            range = max(range, abs(bar.high.raw - close), abs(bar.low.raw - close))
        }
        previousClose = bar.close.raw
        trueRange = Double(range) / Double(Price.scale)
        seen += 1
        let n = Double(period)
        if seen < period {
            rangeSum += range
        } else if seen == period {
            average = Double(rangeSum + range) / n
        } else {
            average = (average * (n - 1) + Double(range)) / n
        }
    }
}
