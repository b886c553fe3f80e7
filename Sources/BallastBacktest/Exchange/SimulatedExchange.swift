import BallastCore

/// A deterministic venue for bar backtests: it takes the engine's actions and, as each new bar
/// of a symbol arrives, reports what happened to that symbol's orders, before the bar's own
/// close event reaches the engine. It also fills against quotes: see
/// `process(tickAt:bid:ask:market:into:)` for the tick fill model.
///
/// **Bar fill model.**
/// - An order decided at a bar's close works from the next bar of its symbol (later with an
///   `OrderLatency`). It is acknowledged (`accept`) at that bar's open, unless it fills
///   completely at that open: then the fill alone reports it (submitted → filled).
/// - Market orders fill at that bar's open.
/// - Limit, stop, stop-limit and trailing-stop orders follow the bar's assumed path (`BarPath`:
///   open → low → high → close when the bar closed at or above its open, open → high → low →
///   close otherwise). A level crossed inside the bar fills at the level; a level the bar gaps
///   through (already passed at the open) fills at the open, never at the trigger.
/// - Triggers use the side the order executes on, as MT5 does: buy orders the ask, sell orders
///   the bid, both derived from the bar prices and the spread (`SpreadConvention`).
/// - Stop-limits become limits when their stop trades, and may fill later in the same bar.
///   Trailing stops start at the arrival bar's open and follow the best price bar by bar (high
///   for sell stops, low for buy stops), checked against the level from before the bar.
/// - Orders of one bar fill in the order they are reached on the path; orders sharing an OCO
///   group, or exits sharing a bracket entry, cancel each other on the first fill. Bracket exits
///   sent with their entry wait until the entry has filled and work from the next bar.
/// - Costs: spread (`SpreadModel`), commission (`CommissionModel`), slippage on market and
///   stop fills (`SlippageModel`; limits never slip), and a participation cap on the bar's volume
///   that leaves the rest working (partial fills).
/// - Time in force: GTC; day (expires at the `DailyRollover` after acceptance); GTD (expires
///   at the first bar opening at or after its time); IOC (only the arrival bar's open; the rest
///   is cancelled).
/// - While the market's `TradingCalendar` says closed, nothing fills; orders wait and gaps at
///   the reopen fill at the reopen price. (MT5 would reject orders sent while closed; a backtest
///   deciding on a Friday's last bar would lose every such signal.)
/// - Fills at the open carry the bar's open time; fills inside the bar carry its close time.
public struct SimulatedExchange: Sendable {
    public let markets: [MarketRules]
    public let settings: ExchangeSettings
    let index: [String: Int]
    /// What the cost models need of each market's instrument.
    let terms: [MarketTerms]
    @usableFromInline var books: [[WorkingOrder]]
    /// Per market: bars seen while orders were held, and the last bar's range (high − low).
    @usableFromInline var tallies: [MarketTally]
    /// Per market: whether its slippage model reads the previous bar's range.
    @usableFromInline let tracksRange: [Bool]
    /// Whether any market's slippage reads the previous range (else idle bars skip `tracksRange`).
    @usableFromInline let tracksAnyRange: Bool
    /// Rejections of orders for unknown symbols, reported with the next bar of any symbol.
    @usableFromInline var orphanEvents: [EngineEvent] = []
    var scratch: [(index: Int, position: PathPosition, price: Int64, slip: Int64)] = []

    public init(markets: [MarketRules], settings: ExchangeSettings = ExchangeSettings()) {
        self.markets = markets
        self.settings = settings
        var index: [String: Int] = [:]
        for (i, market) in markets.enumerated() where index[market.symbol] == nil { index[market.symbol] = i }
        self.index = index
        terms = markets.map { MarketTerms($0.instrument) }
        books = Array(repeating: [], count: markets.count)
        tallies = Array(repeating: MarketTally(), count: markets.count)
        tracksRange = markets.map { $0.slippage.readsPreviousRange }
        tracksAnyRange = tracksRange.contains(true)
    }

    /// The position of `symbol` in `markets`, which `process(bar:market:)` takes.
    public func market(of symbol: String) -> Int? {
        // Most runs trade one symbol: a string comparison before any hashing.
        if markets.count == 1 { return markets[0].instrument.symbol == symbol ? 0 : nil }
        return index[symbol]
    }

    /// Orders held (working, or on their way), across all symbols.
    public var openOrderCount: Int { books.reduce(0) { $0 + $1.count } }

    /// The working orders of one market, as the exchange sees them.
    public func orders(market: Int) -> [Order] { books[market].map(\.order) }

    /// Takes actions the engine decided at `time`, in order.
    public mutating func receive(_ actions: consuming [EngineAction], at time: Timestamp) {
        // Taken off the end of the reversed list, each order moves into the book: iterating
        // would copy every order (five strings retained and released) on its way in.
        actions.reverse()
        while let action = actions.popLast() { receive(action, at: time) }
    }

    public mutating func receive(_ action: consuming EngineAction, at time: Timestamp) {
        switch consume action {
        case .submit(let order): submit(order, at: time)
        case .cancel(let id): command(id, at: time) { $0.pendingCancel = ($1, $2) }
        case .modify(let id, let change): command(id, at: time) { $0.pendingModify = (change, $1, $2) }
        }
    }

    // Consumes the order: it moves into the book instead of being copied (strings retained) again.
    private mutating func submit(_ order: consuming Order, at time: Timestamp) {
        guard let m = market(of: order.intent.symbol) else {
            orphanEvents.append(.orderUpdate(OrderUpdate(id: order.id, transition: .reject, time: time,
                                                         reason: "unknown symbol \(order.intent.symbol)")))
            return
        }
        if let reason = problem(with: order.intent, market: m) {
            orphanEvents.append(.orderUpdate(OrderUpdate(id: order.id, transition: .reject, time: time, reason: reason)))
            return
        }
        let waits = order.parent.map { parent in books[m].contains { $0.order.id == parent && !$0.isDone } } ?? false
        let arrival = arrival(market: m, time: time)
        // Marked in its slot: a working order built, changed and then appended is copied.
        books[m].append(WorkingOrder(order: order, arrivalBar: arrival.bar, arrivalTime: arrival.time, waitsForParent: waits))
        let last = books[m].count - 1
        if books[m][last].order.status == .created { books[m][last].order.apply(.submit) }
    }

    private mutating func command(_ id: ClientOrderID, at time: Timestamp, _ set: (inout WorkingOrder, Int, Int64) -> Void) {
        for m in books.indices {
            guard let i = books[m].firstIndex(where: { $0.order.id == id }) else { continue }
            let arrival = arrival(market: m, time: time)
            set(&books[m][i], arrival.bar, arrival.time)
            return
        }
    }

    private func arrival(market m: Int, time: Timestamp) -> (bar: Int, time: Int64) {
        (tallies[m].barsSeen + 1 + settings.latency.bars, time.nanoseconds + settings.latency.nanoseconds)
    }

    /// Why the venue refuses `intent`, or nil. Takes the market's index, not its rules: a copy of
    /// `MarketRules` would retain and release its models and the instrument's strings on every order.
    private func problem(with intent: OrderIntent, market m: Int) -> String? {
        guard markets[m].instrument.isValidVolume(intent.quantity) else {
            let instrument = markets[m].instrument
            return "volume \(intent.quantity) outside \(instrument.volumeMin)...\(instrument.volumeMax) step \(instrument.volumeStep)"
        }
        switch intent.type {
        case .market: return nil
        case .limit(let p), .stop(let p): return p.raw > 0 ? nil : "price \(p) is not positive"
        case .stopLimit(let s, let l): return s.raw > 0 && l.raw > 0 ? nil : "stop \(s) or limit \(l) is not positive"
        case .trailingStop(let d): return d.raw > 0 ? nil : "trailing distance \(d) is not positive"
        }
    }
}
