/// One OHLC bar. `time` is the bar's open time in UTC.
public struct Bar: Hashable, Sendable, Codable {
    public var time: Timestamp
    public var open: Price
    public var high: Price
    public var low: Price
    public var close: Price
    /// Number of ticks in the bar (MT5 `<TICKVOL>`), 0 when the source has none.
    public var tickVolume: Int64
    /// Traded volume (MT5 `<VOL>`, exchange volume, base-asset volume), 0 when unknown.
    public var volume: Double
    /// Spread in points (MT5 `<SPREAD>`), 0 when the source has none.
    public var spread: Int32

    public init(time: Timestamp, open: Price, high: Price, low: Price, close: Price,
                tickVolume: Int64 = 0, volume: Double = 0, spread: Int32 = 0) {
        self.time = time
        self.open = open
        self.high = high
        self.low = low
        self.close = close
        self.tickVolume = tickVolume
        self.volume = volume
        self.spread = spread
    }

    /// Whether high and low bound open and close.
    public var isConsistent: Bool {
        low <= high && low <= open && low <= close && high >= open && high >= close
    }
}
