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

/// Writes the curve into the arrays being built during a run (valid only inside `run`).
@usableFromInline
struct CurveRecorder {
    @usableFromInline var time: UnsafeMutableBufferPointer<Int64>
    @usableFromInline var equity: UnsafeMutableBufferPointer<Double>
    @usableFromInline var count = 0
    /// Whether times are recorded (merged runs only).
    @usableFromInline var keepsTimes: Bool { time.count > 0 }

    @usableFromInline
    init(time: UnsafeMutableBufferPointer<Int64> = .init(start: nil, count: 0),
         equity: UnsafeMutableBufferPointer<Double> = .init(start: nil, count: 0)) {
        self.time = time
        self.equity = equity
    }

    @inlinable
    mutating func record(time t: Int64, equity e: Double) {
        precondition(count < equity.count, "more bars than the series hold")
        if keepsTimes { (time.baseAddress.unsafelyUnwrapped + count).initialize(to: t) }
        (equity.baseAddress.unsafelyUnwrapped + count).initialize(to: e)
        count &+= 1
    }
}

/// What a backtest produced.
public struct BacktestResult: Sendable {
    /// Bars replayed (all series together).
    public var bars: Int
    /// Every fill, in order, commissions in the account currency.
    public var fills: [Fill]
    /// Final equity − deposit: open positions marked at their last close, no exit cost.
    public var netPnL: Money
    /// The net position of the first series' symbol at the end.
    public var finalPosition: Quantity
    /// Net positions at the end, by symbol (flat symbols omitted).
    public var finalPositions: [String: Quantity]
    public var equity: EquityCurve
    public var trades: [ClosedTrade]
    public var costs: CostTotals
    public var finalBalance: Money
    public var finalEquity: Money
    /// Positions the broker closed at stop-out.
    public var stopOuts: Int
    /// Intents refused by risk checks, and events the engine could not apply.
    public var rejections: [RiskRejection]
    public var anomalies: [EngineAnomaly]
}

/// Why a backtest cannot start.
public enum BacktestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A series' symbol is not among the exchange's markets.
    case unknownSymbol(String)
    /// The exchange and the account were built for different instrument lists.
    case marketMismatch(exchange: Int, account: Int)

    public var description: String {
        switch self {
        case .unknownSymbol(let s): "no market for the series \(s): add its MarketRules to the exchange"
        case .marketMismatch(let e, let a): "the exchange has \(e) markets, the account \(a) instruments: build both from one list"
        }
    }
}
