import BallastCore
import Foundation

/// Another instrument's log returns over its own last `h` bars, aligned without look-ahead:
/// at a primary bar closing at time T only the other instrument's bars that close at or before T
/// count (`x_<name>_logret_h`). A bar's close time is its open time plus its timeframe.
///
/// Bars of the other instrument may be observed early (a whole series before the first primary
/// bar, or in any interleaving): they wait in a queue until a primary bar closes at or after
/// them, so the values do not depend on the order of delivery, only on the times.
public struct CrossReturnFeature: FeatureCalculator {
    /// The other instrument's index among the pipeline's instruments.
    public let instrument: Int
    public let horizons: [Int]
    public let columnNames: [String]
    private let primaryBar: Int64
    private let otherBar: Int64
    private let longest: Int
    private var pending: [(close: Int64, price: Double)] = []
    private var head = 0
    private var closes: LagRing

    /// - Parameters:
    ///   - name: the other instrument, for column names.
    ///   - primaryTimeframe, otherTimeframe: the bar lengths that give each series' close times.
    public init(name: String, instrument: Int, horizons: [Int], primaryTimeframe: Timeframe, otherTimeframe: Timeframe) {
        precondition(!horizons.isEmpty && horizons.allSatisfy { $0 > 0 }, "return horizons must be positive")
        self.instrument = instrument
        self.horizons = horizons
        columnNames = horizons.map { "x_\(name)_logret_\($0)" }
        primaryBar = primaryTimeframe.seconds * Timestamp.nanosPerSecond
        otherBar = otherTimeframe.seconds * Timestamp.nanosPerSecond
        longest = horizons.max()!
        closes = LagRing(capacity: longest + 1)
        pending.reserveCapacity(16)
    }

    public var isReady: Bool { closes.count > longest }

    public mutating func observe(_ bar: Bar, instrument: Int) {
        guard instrument == self.instrument else { return }
        pending.append((bar.time.nanoseconds + otherBar, bar.close.doubleValue))
    }

    public mutating func update(_ bar: Bar) {
        let close = bar.time.nanoseconds + primaryBar
        while head < pending.count, pending[head].close <= close {
            closes.push(pending[head].price)
            head += 1
        }
        if head == pending.count {
            pending.removeAll(keepingCapacity: true)
            head = 0
        }
    }

    public func value(_ column: Int) -> Double {
        log(closes.value(lag: 0) / closes.value(lag: horizons[column]))
    }
}
