/// A bar that has closed. Delivered at `closeTime`, never earlier: a strategy cannot see a bar
/// before the market has finished drawing it.
public struct BarEvent: Sendable, Hashable {
    public var symbol: String
    public var timeframe: Timeframe
    public var bar: Bar
    /// When the bar closed (its open time plus the timeframe, or the next bar's open for MN1).
    public var closeTime: Timestamp

    public init(symbol: String, timeframe: Timeframe, bar: Bar, closeTime: Timestamp) {
        self.symbol = symbol
        self.timeframe = timeframe
        self.bar = bar
        self.closeTime = closeTime
    }

    /// The event for `bar` closing one timeframe after it opened.
    public init(symbol: String, timeframe: Timeframe, bar: Bar) {
        self.init(symbol: symbol, timeframe: timeframe, bar: bar,
                  closeTime: bar.time + timeframe.seconds * Timestamp.nanosPerSecond)
    }
}
