import BallastCore
import BallastEngine

/// Equity after every bar, for analytics: contiguous `Double`s (research arrays, not ledger money).
///
/// A run over one series does not copy its times (they are the bars' close times, read from the
/// series on demand); a merged run keeps them, since bars of several series interleave.
public struct EquityCurve: Sendable {
    /// Equity in the account currency after each bar.
    public var equity: [Double]
    let mergedTimes: [Int64]
    let single: BarSeries?
    let frameNanos: Int64

    /// A curve with its close times (UTC ns).
    public init(time: [Int64], equity: [Double]) {
        precondition(time.count == equity.count, "one time per equity point")
        self.init(equity: equity, mergedTimes: time, single: nil, frameNanos: 0)
    }

    @usableFromInline
    init(equity: [Double], mergedTimes: [Int64], single: BarSeries?, frameNanos: Int64) {
        self.equity = equity
        self.mergedTimes = mergedTimes
        self.single = single
        self.frameNanos = frameNanos
    }

    public var count: Int { equity.count }

    /// The close time of point `i`.
    public func time(at i: Int) -> Timestamp {
        guard let single else { return Timestamp(nanoseconds: mergedTimes[i]) }
        switch single.source {
        case .columns(let c): return Timestamp(nanoseconds: c.time[i] + frameNanos)
        case .stored(let s): return s.time(at: i) + frameNanos
        }
    }

    /// Every close time (UTC ns), in order (allocates for a single-series run).
    public var times: [Int64] { single == nil ? mergedTimes : (0..<count).map { time(at: $0).nanoseconds } }
}
