import BallastCore
import BallastEngine

extension BacktestRunner {
    /// Runs a tick series to its end. For each tick: rollovers pass, the exchange reports what
    /// the tick did to working orders (see `SimulatedExchange.process(tickAt:bid:ask:market:into:)`)
    /// and the engine and the account take those events; the account marks (longs at the bid,
    /// shorts at the ask), a stop-out is sent if the margin level calls for it, the engine gets
    /// the `.tick` event and its actions go to the exchange. One equity point per tick
    /// (`BacktestResult.bars` counts ticks).
    @inlinable
    public mutating func run(_ series: TickSeries) throws(BacktestError) -> BacktestResult {
        guard let m = shell.exchange.market(of: series.symbol) else { throw .unknownSymbol(series.symbol) }
        let total = series.count
        var equity: [Double] = []
        let times = [Int64](unsafeUninitializedCapacity: total) { time, timeCount in
            equity = [Double](unsafeUninitializedCapacity: total) { points, pointCount in
                shell.curve = CurveRecorder(time: time, equity: points)
                var event = TickEvent(symbol: series.symbol, tick: Tick(time: Timestamp(nanoseconds: 0)))
                series.forEach { tick in step(market: m, tick: tick, event: &event) }
                pointCount = shell.curve.count
            }
            timeCount = shell.curve.count
            shell.curve = CurveRecorder()
        }
        return shell.result(engine: engine, primary: series.symbol,
                            curve: EquityCurve(equity: equity, mergedTimes: times, single: nil, frameNanos: 0))
    }

    /// One tick: the exchange's events, the mark, then the tick to the engine.
    @inlinable
    mutating func step(market m: Int, tick: Tick, event: inout TickEvent) {
        if shell.open(market: m, tick: tick) { deliver(market: m) }
        shell.close(market: m, tick: tick)
        event.tick = tick
        let actions = engine.handle(.tick(event))
        if !actions.isEmpty { shell.send(actions, at: tick.time) }
    }
}
