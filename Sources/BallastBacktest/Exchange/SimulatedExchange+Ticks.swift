import BallastCore

extension SimulatedExchange {
    /// A new quote of market `m`: appends the events it causes to `events`, in order. Call it
    /// before the engine sees the tick.
    ///
    /// **Tick fill model.** Each tick counts as one "bar" for arrival: an order decided at a tick
    /// works from the next tick of its symbol (later with an `OrderLatency`, whose `bars` count
    /// ticks here). Prices come from the quotes themselves, so the market's `SpreadModel` is not
    /// used: buys execute at the ask, sells at the bid.
    /// - Market orders fill at the arrival tick's ask (buy) or bid (sell), plus slippage.
    /// - Buy limits fill when ask ≤ limit, at the ask; sell limits when bid ≥ limit, at the bid
    ///   (at the limit or better, never slipped).
    /// - Buy stops trigger when ask ≥ stop, sell stops when bid ≤ stop, and fill at that quote
    ///   plus slippage: a quote that gaps past the stop fills at the quote, not the trigger.
    /// - Stop-limits become limits when their stop triggers and may fill on the same tick.
    ///   Trailing stops start at the arrival quote and follow the best quote of their side.
    /// - A side the tick does not carry (`TickColumns.missing`) fills nothing on that side.
    /// - Time in force, OCO groups, bracket exits and the trading calendar work as for bars;
    ///   IOC orders may fill only on their arrival tick.
    /// - Costs: commission as for bars; slippage from the `SlippageModel`, whose "previous range"
    ///   is the previous tick's spread; each fill records (ask − bid) / 2 per unit as its
    ///   spread cost (0 when a side is missing). There is no participation cap on ticks.
    /// - Fills carry the tick's time.
    public mutating func process(tickAt time: Timestamp, bid: Int64, ask: Int64, market m: Int,
                                 into events: inout [EngineEvent]) {
        if !orphanEvents.isEmpty { flushOrphans(at: time, into: &events) }
        tallies[m].barsSeen &+= 1
        let hasBoth = bid != TickColumns.missing && ask != TickColumns.missing
        defer { if hasBoth { tallies[m].previousRange = ask &- bid } }
        guard !books[m].isEmpty, bid != TickColumns.missing || ask != TickColumns.missing else { return }
        // Administration reuses the bar code on a one-price "bar" at the mid; adjust takes the
        // mid to each side exactly, so trailing stops start at the bid (sell) or the ask (buy).
        let mid = hasBoth ? bid + (ask - bid) / 2 : (bid == TickColumns.missing ? ask : bid)
        let adjust = hasBoth ? (buy: ask - mid, sell: mid - bid) : (buy: Int64(0), sell: Int64(0))
        let quote = Bar(time: time, open: Price(raw: mid), high: Price(raw: mid), low: Price(raw: mid), close: Price(raw: mid))
        for i in books[m].indices { administer(&books[m][i], bar: quote, market: m, adjust: adjust, into: &events) }
        if markets[m].calendar.isOpen(at: time) {
            let half = hasBoth ? (ask - bid) / 2 : 0
            matchTick(time: time, bid: bid, ask: ask, half: half, market: m, into: &events)
            for i in books[m].indices where !books[m][i].isDone {
                finishTick(&books[m][i], time: time, bid: bid, ask: ask, into: &events)
            }
        }
        reportAccepts(market: m, at: time, into: &events)
        releaseExits(market: m, into: &events, at: time)
        books[m].removeAll { $0.isDone }
    }

    /// The events one tick causes (allocates; the runner uses the `into:` form).
    public mutating func process(tick: Tick, market m: Int) -> [EngineEvent] {
        var events: [EngineEvent] = []
        process(tickAt: tick.time, bid: tick.bid?.raw ?? TickColumns.missing, ask: tick.ask?.raw ?? TickColumns.missing,
                market: m, into: &events)
        return events
    }

    /// Fills every order the quote reaches, in book order (a tick has no path).
    private mutating func matchTick(time: Timestamp, bid: Int64, ask: Int64, half: Int64, market m: Int,
                                    into events: inout [EngineEvent]) {
        let slip = markets[m].slippage.slippage(previousRange: Price(raw: tallies[m].previousRange), point: terms[m].point).raw
        // Exits released by an entry filling on this tick work from the next tick, as on bars.
        var eligible: [Int] = []
        for i in books[m].indices where books[m][i].accepted && !books[m][i].isDone && !books[m][i].waitsForParent {
            eligible.append(i)
        }
        for i in eligible {
            guard !books[m][i].isDone else { continue }
            let arriving = books[m][i].acceptEvent != nil
            guard !books[m][i].isIOC || arriving else { continue }
            let buy = books[m][i].side == .buy
            let quote = buy ? ask : bid
            guard quote != TickColumns.missing, let hit = reach(&books[m][i], quote: quote, buy: buy, slip: slip) else { continue }
            var book = takeBook(market: m)
            fill(&book, index: i, market: m, quantity: book[i].order.remainingQuantity, price: hit.price, slip: hit.slip,
                 adjust: (half, half), time: time, into: &events)
            swap(&book, &books[m])
            if arriving, books[m][i].order.status == .filled { books[m][i].filledAtArrival = true }
        }
    }

    /// Whether `w` executes at `quote` (its own side), and at what price and slippage.
    private func reach(_ w: inout WorkingOrder, quote: Int64, buy: Bool, slip: Int64) -> (price: Int64, slip: Int64)? {
        let slipped = buy ? quote + slip : quote - slip
        func limitReached(_ level: Int64) -> Bool { buy ? quote <= level : quote >= level }
        func stopReached(_ level: Int64) -> Bool { buy ? quote >= level : quote <= level }
        switch w.order.intent.type {
        case .market:
            return (slipped, slip)
        case .limit(let level):
            return limitReached(level.raw) ? (quote, 0) : nil
        case .stop(let level):
            return stopReached(level.raw) ? (slipped, slip) : nil
        case .trailingStop:
            return w.trailStop != 0 && stopReached(w.trailStop) ? (slipped, slip) : nil
        case .stopLimit(let stopLevel, let limitLevel):
            if !w.triggered, stopReached(stopLevel.raw) { w.triggered = true }
            return w.triggered && limitReached(limitLevel.raw) ? (quote, 0) : nil
        }
    }

    /// After matching: IOC remainders are cancelled; trailing stops follow the best quote of their side.
    private func finishTick(_ w: inout WorkingOrder, time: Timestamp, bid: Int64, ask: Int64, into events: inout [EngineEvent]) {
        guard w.accepted, !w.waitsForParent else { return }
        if w.isIOC {
            w.order.apply(.cancel)
            w.isDone = true
            events.append(update(w, .cancel, time, "immediate or cancel: unfilled remainder"))
            return
        }
        guard case .trailingStop(let distance) = w.order.intent.type else { return }
        let sell = w.side == .sell
        let quote = sell ? bid : ask
        guard quote != TickColumns.missing else { return }
        let level = sell ? quote - distance.raw : quote + distance.raw
        if w.trailStop == 0 { w.trailStop = level } else { w.trailStop = sell ? max(w.trailStop, level) : min(w.trailStop, level) }
    }
}
