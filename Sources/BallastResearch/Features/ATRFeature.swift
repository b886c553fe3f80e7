import BallastCore

/// Wilder's average true range relative to the close (`atr_n = ATR_n / close`), so it compares
/// across price levels. Wraps BallastCore's exact `ATR`; ready after `period` bars.
public struct ATRFeature: FeatureCalculator {
    public let columnNames: [String]
    private var atr: ATR
    private var close = Double.nan

    public init(period: Int) {
        columnNames = ["atr_\(period)"]
        atr = ATR(period: period)
    }

    public var isReady: Bool { atr.isReady }

    public mutating func update(_ bar: Bar) {
        atr.update(bar)
        close = bar.close.doubleValue
    }

    public func value(_ column: Int) -> Double { (atr.value ?? .nan) / close }
}
