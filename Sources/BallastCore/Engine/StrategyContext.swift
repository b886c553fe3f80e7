/// What a strategy may know when it decides: the time of the event it is handling, its
/// positions and working orders, account figures, and the bars that have closed.
///
/// The engine owns one context and updates it before each hook; strategies only read it.
public final class StrategyContext: @unchecked Sendable {
    /// The time of the event being handled. It never goes backwards.
    public package(set) var time: Timestamp {
        get { Timestamp(nanoseconds: now) }
        set { now = newValue.nanoseconds }
    }
    public package(set) var accountCurrency: String
    /// Cash plus open positions marked at the last close, in the account currency.
    @exclusivity(unchecked) public package(set) var equity: Money
    package var histories: [HistoryKey: BarHistory] = [:]
    /// How many bars each history keeps; 0 keeps none (a strategy that has its own indicators
    /// does not need them, and recording costs a few nanoseconds per bar).
    public let historyLength: Int

    // The engine is the only writer, on one task, so the fields on every bar's path skip the
    // runtime exclusivity check.
    @usableFromInline @exclusivity(unchecked) var now: Int64 = 0
    /// The series of the previous bar: consecutive bars of one series skip the dictionary.
    @usableFromInline @exclusivity(unchecked) var lastSymbol = ""
    @usableFromInline @exclusivity(unchecked) var lastTimeframe = Timeframe.m1
    /// Unretained: `histories` keeps it alive, and skipping the retain/release saves two atomic
    /// operations per bar.
    @usableFromInline @exclusivity(unchecked) var lastHistory: Unmanaged<BarHistory>?

    // Positions and working orders, one entry per symbol ever traded, found through `symbolSlots`
    // or, for the symbol used last, without hashing (see StrategyContext+Orders.swift).
    @exclusivity(unchecked) var symbolSlots: [String: Int] = [:]
    @exclusivity(unchecked) var symbolStates: [SymbolState] = []
    @exclusivity(unchecked) var lastStateSymbol = ""
    @exclusivity(unchecked) var lastStateSlot = -1

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

    /// Closed bars of `symbol` at `timeframe`, newest last; nil before the first one closed.
    public func history(_ symbol: String, _ timeframe: Timeframe) -> BarHistory? {
        histories[HistoryKey(symbol: symbol, timeframe: timeframe)]
    }

    /// Moves the clock to `time` unless it is already later (events never move it backwards).
    @inlinable
    package func advance(to time: Timestamp) {
        if time.nanoseconds > now { now = time.nanoseconds }
    }

    /// Records a closed bar and moves the clock to its close time. Returns false, changing
    /// nothing, for a bar that did not open after the newest one of its series. With a history
    /// length of 0 nothing is kept, so bar order is not checked either.
    @inlinable @inline(__always)
    package func record(_ event: BarEvent) -> Bool {
        if historyLength == 0 {
            advance(to: event.closeTime)
            return true
        }
        if let history = lastHistory, lastTimeframe == event.timeframe, lastSymbol == event.symbol {
            guard history._withUnsafeGuaranteedRef({ $0.append(event.bar) }) else { return false }
        } else {
            guard recordInOtherSeries(event) else { return false }
        }
        advance(to: event.closeTime)
        return true
    }

    @usableFromInline
    package func recordInOtherSeries(_ event: BarEvent) -> Bool {
        let key = HistoryKey(symbol: event.symbol, timeframe: event.timeframe)
        let history: BarHistory
        if let known = histories[key] {
            history = known
        } else {
            history = BarHistory(capacity: historyLength)
            histories[key] = history
        }
        lastSymbol = event.symbol
        lastTimeframe = event.timeframe
        lastHistory = Unmanaged.passUnretained(history)
        return history.append(event.bar)
    }
}
