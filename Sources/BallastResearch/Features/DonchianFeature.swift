import BallastCore

/// Where the close sits in the Donchian channel of the last `period` bars (this one included):
/// `donchian_pos_n = (close − lowest low) / (highest high − lowest low)`, 0...1, and 0.5 when
/// the channel is flat. Wraps BallastCore's exact `Donchian`; ready after `period` bars.
public struct DonchianFeature: FeatureCalculator {
    public let columnNames: [String]
    private var channel: Donchian
    private var close: Int64 = 0

    public init(period: Int) {
        columnNames = ["donchian_pos_\(period)"]
        channel = Donchian(period: period)
    }

    public var isReady: Bool { channel.isReady }

    public mutating func update(_ bar: Bar) {
        channel.update(bar)
        close = bar.close.raw
    }

    public func value(_ column: Int) -> Double {
        guard let c = channel.value else { return .nan }
        let width = c.upper.raw - c.lower.raw
        return width > 0 ? Double(close - c.lower.raw) / Double(width) : 0.5
    }
}
