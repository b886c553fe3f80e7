import BallastCore
import BallastEngine

/// Equity after every bar, for analytics: contiguous `Double`s (research arrays, not ledger money).
public struct EquityCurve: Sendable {
    /// Close time of each bar (UTC ns).
    public var time: [Int64] = []
    /// Equity in the account currency after that bar.
    public var equity: [Double] = []

    public init(time: [Int64] = [], equity: [Double] = []) {
        precondition(time.count == equity.count, "one time per equity point")
        self.time = time
        self.equity = equity
    }

    public var count: Int { equity.count }
}

/// Writes the curve into the arrays being built during a run (valid only inside `run`).
@usableFromInline
struct CurveRecorder {
    @usableFromInline var time: UnsafeMutableBufferPointer<Int64>
    @usableFromInline var equity: UnsafeMutableBufferPointer<Double>
    @usableFromInline var count = 0

    @usableFromInline
    init(time: UnsafeMutableBufferPointer<Int64> = .init(start: nil, count: 0),
         equity: UnsafeMutableBufferPointer<Double> = .init(start: nil, count: 0)) {
        self.time = time
        self.equity = equity
    }

    @inlinable
    mutating func record(time t: Int64, equity e: Double) {
        precondition(count < equity.count && count < time.count, "more bars than the series hold")
        (time.baseAddress.unsafelyUnwrapped + count).initialize(to: t)
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
