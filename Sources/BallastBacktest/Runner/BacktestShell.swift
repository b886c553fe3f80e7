import BallastCore
import BallastEngine

/// The non-generic half of a backtest: exchange, account, stop-outs and recording. The runner's
/// generic loop calls it twice per bar; it is compiled once, whatever the strategy.
@usableFromInline
struct BacktestShell {
    @usableFromInline var exchange: SimulatedExchange
    @usableFromInline var account: Account
    /// Events the last bar caused, for the engine.
    @usableFromInline var events: [EngineEvent] = []
    var fills: [Fill] = []
    @usableFromInline var curve = CurveRecorder()
    @usableFromInline var pendingStopOut: ClientOrderID?
    var stopOuts = 0
    @usableFromInline var symbols: [String] = []
    @usableFromInline var timeframes: [Timeframe] = []
    @usableFromInline var frameNanos: [Int64] = []
    /// Tick runs: the latest bid and ask of each market (raw, `TickColumns.missing` before the first).
    var quotes: [(bid: Int64, ask: Int64)] = []

    @usableFromInline let context: StrategyContext

    init(exchange: SimulatedExchange, account: Account, context: StrategyContext) {
        self.exchange = exchange
        self.account = account
        self.context = context
        context.accountCurrency = account.currency
        context.equity = account.equity
        symbols = exchange.markets.map(\.symbol)
        timeframes = exchange.markets.map(\.timeframe)
        frameNanos = exchange.markets.map { $0.timeframe.seconds * Timestamp.nanosPerSecond }
    }

    /// The market of each series, with room reserved for the curve.
    @usableFromInline
    mutating func prepare(_ series: [BarSeries]) throws(BacktestError) -> [Int] {
        var markets: [Int] = []
        for s in series {
            guard let m = exchange.market(of: s.symbol) else { throw .unknownSymbol(s.symbol) }
            markets.append(m)
        }
        return markets
    }

    /// The market of each tick series.
    @usableFromInline
    func prepare(_ series: [TickSeries]) throws(BacktestError) -> [Int] {
        var markets: [Int] = []
        for s in series {
            guard let m = exchange.market(of: s.symbol) else { throw .unknownSymbol(s.symbol) }
            markets.append(m)
        }
        return markets
    }

    /// Seeds the conversion rates with each series' first open.
    @usableFromInline
    mutating func seedRates(_ chunks: [[BarChunk]], markets: [Int]) {
        for (s, series) in chunks.enumerated() {
            guard let first = series.first(where: { $0.count > 0 }) else { continue }
            account.observeRate(market: markets[s], price: Price(raw: first.open[0]))
        }
    }

    /// A bar event of market `m` to fill in bar by bar (the bar and close time are placeholders).
    @usableFromInline
    func barEvent(market m: Int) -> BarEvent {
        BarEvent(symbol: symbols[m], timeframe: timeframes[m],
                 bar: Bar(time: .init(nanoseconds: 0), open: .zero, high: .zero, low: .zero, close: .zero),
                 closeTime: .init(nanoseconds: 0))
    }

    /// A bar opens: rollovers pass, the exchange reports. True when there are events for the engine.
    @inlinable
    mutating func open(market m: Int, bar: Bar) -> Bool {
        account.passRollovers(upTo: bar.time)
        // `events` is empty between bars: an idle book appends nothing, so only a busy one is checked.
        guard exchange.process(bar: bar, market: m, into: &events), !events.isEmpty else { return false }
        account.observeRate(market: m, price: bar.open)
        return true
    }

    /// Whether fills close the ticket their order's parent opened (hedging) rather than the net position.
    @usableFromInline var closesParentTickets: Bool { account.settings.mode == .hedging }

    /// Books a fill in the account (stop-out fills too: they are the engine's orders like any
    /// other), converting its commission in place. `closing` is the parent of the fill's order
    /// in a hedging account. `keep` records the fill once the engine has it.
    @usableFromInline
    mutating func book(_ fill: inout Fill, market m: Int, closing: ClientOrderID?) {
        account.apply(&fill, market: m, closing: closing)
        // The amount only: the context's currency is the account's (set in `init`), and assigning
        // a whole `Money` would retain its currency string and check exclusive access.
        context.setEquity(raw: account.equityRaw)
        if let pending = pendingStopOut, pending == fill.orderID, exchange.orders(market: m).allSatisfy({ $0.id != pending }) {
            pendingStopOut = nil
        }
    }

    /// Adds a booked fill to the run's list, moving it there.
    @usableFromInline
    mutating func keep(_ fill: consuming Fill) { fills.append(fill) }

    /// Notes an update of the pending stop-out: once the venue refuses or drops it, the next
    /// mark may send another.
    @usableFromInline
    mutating func observe(_ update: OrderUpdate) {
        guard update.id == pendingStopOut, [.reject, .cancel, .expire].contains(update.transition) else { return }
        pendingStopOut = nil
    }

    /// Sends the engine's actions to the exchange, moving each order rather than copying it.
    /// Leaves `actions` empty with its capacity: the runner's buffer serves the next bar.
    @usableFromInline
    mutating func send(_ actions: inout [EngineAction], at time: Timestamp) {
        actions.reverse()
        while let action = actions.popLast() { exchange.receive(action, at: time) }
    }

    /// A bar closed: mark, the context's equity, the curve. True when a stop-out is due.
    @inlinable
    mutating func close(market m: Int, bar: Bar, closeTime: Timestamp) -> Bool {
        account.mark(market: m, price: bar.close)
        let equity = account.equityRaw
        context.setEquity(raw: equity)
        curve.record(time: closeTime.nanoseconds, equityRaw: equity)
        return pendingStopOut == nil && account.isStopOut
    }

    /// The close a stop-out sends now: the broker closes the largest losing position at the next
    /// price of its symbol. The runner has the engine create the order (`Engine.impose`), so the
    /// order list, the context and the strategy's hooks see it like any other; nil when nothing loses.
    @usableFromInline
    func stopOutIntent() -> (intent: OrderIntent, ticket: ClientOrderID)? {
        guard let (m, ticket) = account.largestLosingPosition() else { return nil }
        let intent = OrderIntent(symbol: symbols[m], side: ticket.lots > 0 ? .sell : .buy,
                                 quantity: Quantity(raw: abs(ticket.lots)), tag: "stop-out")
        return (intent, ticket.id)
    }

    /// Sends the stop-out order the engine created; no other stop-out goes out until it is done.
    @usableFromInline
    mutating func sendStopOut(_ action: EngineAction, at time: Timestamp) {
        guard case .submit(let order) = action else { return }
        stopOuts += 1
        pendingStopOut = order.id
        var actions = [action]
        send(&actions, at: time)
    }
}
