/// What a strategy may know when it decides: the time of the event it is handling, its
/// positions and working orders, account figures, and the bars that have closed.
///
/// The engine owns one context and updates it before each hook; strategies only read it.
public final class StrategyContext: @unchecked Sendable {
    /// The time of the event being handled.
    public package(set) var time: Timestamp = Timestamp(nanoseconds: 0)
    public package(set) var accountCurrency: String
    /// Cash plus open positions marked at the last close, in the account currency.
    public package(set) var equity: Money
    package var positions: [String: Quantity] = [:]
    package var working: [String: [Order]] = [:]
    package var histories: [HistoryKey: BarHistory] = [:]
    /// How many bars each history keeps.
    public let historyLength: Int

    package struct HistoryKey: Hashable, Sendable {
        package var symbol: String
        package var timeframe: Timeframe
        package init(symbol: String, timeframe: Timeframe) {
            self.symbol = symbol
            self.timeframe = timeframe
        }
    }

    public init(accountCurrency: String, historyLength: Int = 512) {
        self.accountCurrency = accountCurrency
        equity = .zero(accountCurrency)
        self.historyLength = historyLength
    }

    /// The signed position in `symbol` (positive long), zero when flat.
    public func position(_ symbol: String) -> Quantity { positions[symbol] ?? .zero }

    /// Orders of `symbol` that can still fill.
    public func workingOrders(_ symbol: String) -> [Order] { working[symbol] ?? [] }

    /// Closed bars of `symbol` at `timeframe`, newest last; nil before the first one closed.
    public func history(_ symbol: String, _ timeframe: Timeframe) -> BarHistory? {
        histories[HistoryKey(symbol: symbol, timeframe: timeframe)]
    }

    /// Appends a closed bar to its history (the engine calls this as the bar's event arrives).
    package func record(_ event: BarEvent) {
        let key = HistoryKey(symbol: event.symbol, timeframe: event.timeframe)
        if let history = histories[key] {
            history.append(event.bar)
        } else {
            let history = BarHistory(capacity: historyLength)
            history.append(event.bar)
            histories[key] = history
        }
    }
}
