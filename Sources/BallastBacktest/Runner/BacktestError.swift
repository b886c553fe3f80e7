import BallastCore
import BallastEngine

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
