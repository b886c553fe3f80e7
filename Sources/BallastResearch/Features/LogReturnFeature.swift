import BallastCore
import Foundation

/// Log returns of the close over several horizons: `logret_h = ln(close_t / close_{t−h})`.
/// Ready after `max(horizons) + 1` bars.
public struct LogReturnFeature: FeatureCalculator {
    public let horizons: [Int]
    public let columnNames: [String]
    private let longest: Int
    private var closes: LagRing

    public init(horizons: [Int]) {
        precondition(!horizons.isEmpty && horizons.allSatisfy { $0 > 0 }, "return horizons must be positive")
        self.horizons = horizons
        columnNames = horizons.map { "logret_\($0)" }
        longest = horizons.max()!
        closes = LagRing(capacity: longest + 1)
    }

    public var isReady: Bool { closes.count > longest }

    public mutating func update(_ bar: Bar) { closes.push(bar.close.doubleValue) }

    public func value(_ column: Int) -> Double {
        log(closes.value(lag: 0) / closes.value(lag: horizons[column]))
    }
}
