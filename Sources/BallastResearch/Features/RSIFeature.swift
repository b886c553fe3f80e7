import BallastCore

/// Wilder's RSI of the close, 0...100 (`rsi_n`). Wraps BallastCore's `RSI`; ready after
/// `period + 1` bars.
public struct RSIFeature: FeatureCalculator {
    public let columnNames: [String]
    private var rsi: RSI

    public init(period: Int) {
        columnNames = ["rsi_\(period)"]
        rsi = RSI(period: period)
    }

    public var isReady: Bool { rsi.isReady }
    public mutating func update(_ bar: Bar) { rsi.update(bar.close) }
    public func value(_ column: Int) -> Double { rsi.value ?? .nan }
}
