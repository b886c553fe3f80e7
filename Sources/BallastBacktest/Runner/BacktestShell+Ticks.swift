import BallastCore
import BallastEngine

extension BacktestShell {
    /// A tick arrives: rollovers pass, the exchange reports. True when there are events for the engine.
    @usableFromInline
    mutating func open(market m: Int, tick: Tick) -> Bool {
        account.passRollovers(upTo: tick.time)
        exchange.process(tickAt: tick.time, bid: tick.bid?.raw ?? TickColumns.missing,
                         ask: tick.ask?.raw ?? TickColumns.missing, market: m, into: &events)
        if let bid = tick.bid, let ask = tick.ask {
            account.observeRate(market: m, price: Price(raw: bid.raw + (ask.raw - bid.raw) / 2))
        }
        return !events.isEmpty
    }

    /// After a tick's fills: mark, the context's equity, the curve; true when a stop-out is due. Positions are valued
    /// at the price they would close at, as MT5 does: a net long at the bid, a net short at the
    /// ask (the latest of each side seen, for ticks that lack one).
    @usableFromInline
    mutating func close(market m: Int, tick: Tick) -> Bool {
        if quotes.count <= m { quotes += Array(repeating: (TickColumns.missing, TickColumns.missing), count: m + 1 - quotes.count) }
        if let bid = tick.bid { quotes[m].bid = bid.raw }
        if let ask = tick.ask { quotes[m].ask = ask.raw }
        let price = account.position(market: m).raw > 0 ? quotes[m].bid : quotes[m].ask
        if price != TickColumns.missing { account.mark(market: m, price: Price(raw: price)) }
        let equity = account.equityRaw
        context.setEquity(raw: equity)
        curve.record(time: tick.time.nanoseconds, equityRaw: equity)
        return pendingStopOut == nil && account.isStopOut
    }
}
