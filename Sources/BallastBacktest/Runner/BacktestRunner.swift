import BallastCore
import BallastEngine

/// Replays bar series through the engine, the simulated exchange and the account, in one
/// synchronous loop (no `async`, no streams: a direct call per bar).
///
/// For each bar, in close-time order across series: rollovers pass (swaps), the exchange
/// reports what the bar did to working orders (acceptances, fills, expiries) and the engine and
/// the account take those events; then the account marks the bar's close, a stop-out is sent if
/// the margin level calls for it, the context's equity is set, the engine gets the bar's close
/// event and its actions go to the exchange, and the equity curve gets a point.
///
/// A margin stop-out is an order of the engine (`Engine.impose`): it is in `engine.orders` with
/// the tag `stop-out`, and the strategy hears of it through `onOrderUpdate` and `onFill`.
public struct BacktestRunner<S: Strategy> {
    public var engine: Engine<S>
    @usableFromInline var shell: BacktestShell
    /// Called with the number of events (bars and ticks) handled so far, every
    /// `progressInterval` events. Nil (the default) costs nothing per event: a single-series
    /// run then loops over each stored partition without a counter.
    public var progress: ((Int) -> Void)?
    /// Events between two `progress` calls: a power of two (2^20 by default).
    public var progressInterval = 1 << 20 {
        willSet { precondition(newValue > 0 && newValue & (newValue - 1) == 0, "progressInterval must be a power of two") }
    }

    /// `exchange.markets` and the account's instruments must be the same list in the same order.
    public init(engine: Engine<S>, exchange: SimulatedExchange, account: Account) throws(BacktestError) {
        guard exchange.markets.count == account.ledgers.count else {
            throw .marketMismatch(exchange: exchange.markets.count, account: account.ledgers.count)
        }
        self.engine = engine
        shell = BacktestShell(exchange: exchange, account: account, context: engine.context)
    }

    public var exchange: SimulatedExchange { shell.exchange }
    public var account: Account { shell.account }

    /// Runs every series to its end (bars merged by close time, ties in series order). Conversion
    /// rates start at each currency pair's first open, so money converts from the first fill on.
    @inlinable
    public mutating func run(_ series: [BarSeries]) throws(BacktestError) -> BacktestResult {
        let markets = try shell.prepare(series)
        let total = series.reduce(0) { $0 + $1.count }
        // The curve is written in place into its final arrays: one point per bar, no appends.
        let merged = series.count > 1
        var times: [Int64] = []
        let equity = [Double](unsafeUninitializedCapacity: total) { equity, equityCount in
            times = [Int64](unsafeUninitializedCapacity: merged ? total : 0) { time, timeCount in
                shell.curve = CurveRecorder(time: time, equity: equity)
                BarChunk.with(series[...]) { chunks in
                    shell.seedRates(chunks, markets: markets)
                    if chunks.count == 1 { replay(chunks[0], market: markets[0]) } else { merge(chunks, markets: markets) }
                }
                timeCount = merged ? shell.curve.count : 0
            }
            shell.curve.finish()
            equityCount = shell.curve.count
            shell.curve = CurveRecorder()
        }
        let single = merged ? nil : series.first
        let frame = single.map { $0.timeframe.seconds * Timestamp.nanosPerSecond } ?? 0
        return shell.result(engine: engine, primary: series.first?.symbol,
                            curve: EquityCurve(equity: equity, mergedTimes: times, single: single, frameNanos: frame))
    }

    /// One series: each partition in blocks that end where a progress report is due (one block
    /// per partition without `progress`), so the per-bar loop carries no counter.
    @inlinable
    mutating func replay(_ chunks: [BarChunk], market m: Int) {
        var event = shell.barEvent(market: m)
        var actions: [EngineAction] = []
        let frame = shell.frameNanos[m]
        let interval = progress == nil ? Int.max : progressInterval
        var done = 0
        for chunk in chunks {
            var start = 0
            while start < chunk.count {
                let end = interval == Int.max ? chunk.count : Swift.min(chunk.count, start + interval - done & (interval - 1))
                for i in start..<end { step(market: m, frame: frame, bar: chunk.bar(i), event: &event, actions: &actions) }
                done += end - start
                start = end
                if interval != Int.max, done & (interval - 1) == 0 { progress?(done) }
            }
        }
    }

    @inlinable
    mutating func merge(_ series: [[BarChunk]], markets: [Int]) {
        var cursor = series.map { _ in (chunk: 0, row: 0) }
        var events = markets.map { shell.barEvent(market: $0) }
        var actions: [EngineAction] = []
        let mask = progressInterval - 1
        var done = 0
        while true {
            var best = -1
            var bestTime = Int64.max
            for s in series.indices where cursor[s].chunk < series[s].count {
                let close = series[s][cursor[s].chunk].time[cursor[s].row] + shell.frameNanos[markets[s]]
                if close < bestTime { (best, bestTime) = (s, close) }
            }
            guard best >= 0 else { return }
            let chunk = series[best][cursor[best].chunk]
            step(market: markets[best], frame: shell.frameNanos[markets[best]], bar: chunk.bar(cursor[best].row),
                 event: &events[best], actions: &actions)
            cursor[best].row += 1
            if cursor[best].row == chunk.count { cursor[best] = (cursor[best].chunk + 1, 0) }
            done &+= 1
            if done & mask == 0, let progress { progress(done) }
        }
    }

    /// One bar: the exchange's events, then the close. `event` is the series' bar event, reused
    /// from bar to bar: only its bar and close time change, so the symbol string is not copied,
    /// retained and released on every bar. `actions` is the loop's buffer, empty between bars.
    /// `frame` is the market's timeframe in nanoseconds (read once per series, not per bar).
    @inlinable @inline(__always)
    mutating func step(market m: Int, frame: Int64, bar: Bar, event: inout BarEvent, actions: inout [EngineAction]) {
        // The bar goes into the event first and the shell reads it from there. (For a strategy
        // that keeps bars, the compiler keeps a second copy of its fields for recording them.)
        event.bar = bar
        event.closeTime = Timestamp(nanoseconds: bar.time.nanoseconds &+ frame)
        if shell.open(market: m, bar: event.bar) { deliver(market: m) }
        if shell.close(market: m, bar: event.bar, closeTime: event.closeTime) { stopOut(at: event.closeTime) }
        engine.handle(event, into: &actions)
        // The shell empties the buffer and it keeps its capacity for the next order.
        if !actions.isEmpty { shell.send(&actions, at: event.closeTime) }
    }

    /// The exchange's events for one bar, to the account and the engine, in order. Inlinable so
    /// it is specialised for the strategy too (no generic metadata on each fill).
    @inlinable
    mutating func deliver(market m: Int) {
        // Swap the buffer out (the engine's actions may add events), keep its capacity for the
        // next bar. Events are popped off the reversed list, so each moves to the engine
        // instead of being copied (an order id, symbol and tag retained and released).
        var events: [EngineEvent] = []
        swap(&events, &shell.events)
        events.reverse()
        while let event = events.popLast() {
            let time = event.time
            var actions: [EngineAction]
            switch consume event {
            case .fill(let payload):
                // Booked, handed to the engine by reference, then moved into the run's list.
                // The explicit consumes matter: with `case .fill(var fill)` the fill was copied
                // twice on the way, now once (out of the event; four strings retained each time).
                var fill = consume payload
                // The engine's book knows each order's parent: read only where it matters.
                shell.book(&fill, market: m, closing: shell.closesParentTickets ? engine.book.parent(of: fill.orderID) : nil)
                actions = engine.handle(fill)
                shell.keep(consume fill)
            case .orderUpdate(let update):
                if shell.pendingStopOut != nil { shell.observe(update) }
                actions = engine.handle(.orderUpdate(update))
            case let other:
                actions = engine.handle(other)
            }
            if !actions.isEmpty { shell.send(&actions, at: time) }
        }
        if shell.events.isEmpty { swap(&events, &shell.events) }
    }

    /// The margin level is at or below the stop-out level: the engine creates the close of the
    /// largest losing position, which the exchange fills at the symbol's next price.
    @usableFromInline
    mutating func stopOut(at time: Timestamp) {
        guard let (intent, ticket) = shell.stopOutIntent() else { return }
        shell.sendStopOut(engine.impose(intent, closing: ticket, at: time), at: time)
    }
}
