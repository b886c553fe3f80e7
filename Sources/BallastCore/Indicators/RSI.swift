/// Wilder's relative strength index over `period` changes (default 14), 0...100.
///
/// The first averages of gains and losses are the simple means of the first `period` changes
/// (exact integer sums); after that each average moves by Wilder's smoothing,
/// `avg = (avg · (period − 1) + x) / period`. O(1) per update. With no losses the RSI is 100,
/// with neither gains nor losses 50.
public struct RSI: Sendable, Hashable {
    public let period: Int
    @usableFromInline var previous: Int64?
    @usableFromInline var changes = 0
    @usableFromInline var gainSum: Int64 = 0
    @usableFromInline var lossSum: Int64 = 0
    @usableFromInline var averageGain = 0.0
    @usableFromInline var averageLoss = 0.0
    /// The RSI; nil until `period + 1` prices have been seen.
    public private(set) var value: Double?

    public init(period: Int = 14) {
        precondition(period > 0, "an RSI period must be positive")
        self.period = period
    }

    public var isReady: Bool { value != nil }

    public mutating func update(_ price: Price) {
        defer { previous = price.raw }
        guard let previous else { return }
        let change = price.raw - previous
        let gain = max(change, 0), loss = max(-change, 0)
        changes += 1
        let n = Double(period)
        if changes < period {
            gainSum += gain
            lossSum += loss
            return
        } else if changes == period {
            averageGain = Double(gainSum + gain) / n
            averageLoss = Double(lossSum + loss) / n
        } else {
            averageGain = (averageGain * (n - 1) + Double(gain)) / n
            averageLoss = (averageLoss * (n - 1) + Double(loss)) / n
        }
        value = Self.index(gain: averageGain, loss: averageLoss)
    }

    static func index(gain: Double, loss: Double) -> Double {
        if loss == 0 { return gain == 0 ? 50 : 100 }
        return 100 - 100 / (1 + gain / loss)
    }
}
