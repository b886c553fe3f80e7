import BallastCore
import BallastEngine

extension BacktestRunner {
    /// Runs a tick series to its end: `run(bars: [], ticks: [series])`.
    @inlinable
    public mutating func run(_ series: TickSeries) throws(BacktestError) -> BacktestResult {
        try run(bars: [], ticks: [series])
    }

    /// Runs bar and tick series as one backtest, every event in time order: a bar at its close
    /// time, a tick at its own; ties go to bars, then to the earlier series in each list.
    ///
    /// A bar is handled as in `run(_:)`. For each tick: rollovers pass, the bar the tick completes
    /// goes to the engine first when the series has a `barTimeframe` (see `TickBars`), the
    /// exchange reports what the tick did to working orders (see
    /// `SimulatedExchange.process(tickAt:bid:ask:market:into:)`) and the engine and the account
    /// take those events; the account marks (longs at the bid, shorts at the ask), a stop-out is
    /// sent if the margin level calls for it, and the engine gets the `.tick` event. One equity
    /// point per bar and per tick; `BacktestResult.bars` and `.ticks` count them.
    @inlinable
    public mutating func run(bars: [BarSeries], ticks: [TickSeries]) throws(BacktestError) -> BacktestResult {
        if ticks.isEmpty { return try run(bars) }
        let barMarkets = try shell.prepare(bars)
        let tickMarkets = try shell.prepare(ticks)
        let tickCount = ticks.reduce(0) { $0 + $1.count }
        let total = bars.reduce(tickCount) { $0 + $1.count }
        var times: [Int64] = []
        let equity = [Double](unsafeUninitializedCapacity: total) { equity, equityCount in
            times = [Int64](unsafeUninitializedCapacity: total) { time, timeCount in
                shell.curve = CurveRecorder(time: time, equity: equity)
                BarChunk.with(bars[...]) { barChunks in
                    TickChunk.with(ticks[...]) { tickChunks in
                        shell.seedRates(barChunks, markets: barMarkets)
                        var feed = MergedFeed(bars: barChunks, barMarkets: barMarkets, ticks: tickChunks,
                                              tickMarkets: tickMarkets, builders: ticks.map { $0.barTimeframe.map(TickBars.init) })
                        interleave(&feed)
                    }
                }
                timeCount = shell.curve.count
            }
            shell.curve.finish()
            equityCount = shell.curve.count
            shell.curve = CurveRecorder()
        }
        return shell.result(engine: engine, primary: bars.first?.symbol ?? ticks.first?.symbol,
                            curve: EquityCurve(equity: equity, mergedTimes: times, single: nil, frameNanos: 0), ticks: tickCount)
    }

    @inlinable
    mutating func interleave(_ feed: inout MergedFeed) {
        var barEvents = feed.barMarkets.map { shell.barEvent(market: $0) }
        var actions: [EngineAction] = []
        var tickEvents = feed.tickMarkets.map { TickEvent(symbol: shell.symbols[$0], tick: Tick(time: Timestamp(nanoseconds: 0))) }
        let mask = progressInterval - 1
        var done = 0
        while let next = feed.next(frameNanos: shell.frameNanos) {
            switch next {
            case .bar(let s, let bar):
                let m = feed.barMarkets[s]
                step(market: m, frame: shell.frameNanos[m], bar: bar, event: &barEvents[s], actions: &actions)
            case .tick(let s, let tick):
                let m = feed.tickMarkets[s]
                if let bar = feed.builders[s]?.take(tick) { closeBuilt(bar, market: m, timeframe: feed.builders[s]!.timeframe) }
                step(market: m, tick: tick, event: &tickEvents[s])
            }
            done &+= 1
            if done & mask == 0, let progress { progress(done) }
        }
    }

    /// A bar built from ticks closed: the engine gets it; no fills, mark or curve point (the
    /// tick that completed it comes next).
    @usableFromInline
    mutating func closeBuilt(_ bar: Bar, market m: Int, timeframe: Timeframe) {
        let closeTime = Timestamp(nanoseconds: bar.time.nanoseconds &+ timeframe.seconds * Timestamp.nanosPerSecond)
        var actions = engine.handle(BarEvent(symbol: shell.symbols[m], timeframe: timeframe, bar: bar, closeTime: closeTime))
        if !actions.isEmpty { shell.send(&actions, at: closeTime) }
    }

    /// One tick: the exchange's events, the mark, then the tick to the engine.
    @inlinable
    mutating func step(market m: Int, tick: Tick, event: inout TickEvent) {
        if shell.open(market: m, tick: tick) { deliver(market: m) }
        if shell.close(market: m, tick: tick) { stopOut(at: tick.time) }
        event.tick = tick
        var actions = engine.handle(.tick(event))
        if !actions.isEmpty { shell.send(&actions, at: tick.time) }
    }
}
