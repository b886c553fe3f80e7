import BallastCore

extension SimulatedExchange {
    /// Fills what the bar reaches, in path order, within the participation cap.
    mutating func match(bar: Bar, market m: Int, adjust: (buy: Int64, sell: Int64), into events: inout [EngineEvent]) {
        // Fields are read in place: copying `MarketRules` would retain and release its four models.
        let path = BarPath(open: bar.open.raw, high: bar.high.raw, low: bar.low.raw, close: bar.close.raw)
        let slip = markets[m].slippage.slippage(previousRange: Price(raw: tallies[m].previousRange), point: terms[m].point).raw
        scratch.drain()
        var book = takeBook(market: m)  // moved out, as in `processBook`, so `reach` copies nothing
        for i in book.indices {
            guard book[i].accepted, !book[i].isDone, !book[i].waitsForParent else { continue }
            if let hit = reach(&book[i], path: path, adjust: adjust, slip: slip) {
                scratch.append((i, hit.position, hit.price, hit.slip))
            }
        }
        defer { swap(&book, &books[m]) }
        guard !scratch.isEmpty else { return }
        if scratch.count > 1 { scratch.sort { ($0.position, $0.index) < ($1.position, $1.index) } }
        var capacity = markets[m].participation?.limit(for: bar, step: markets[m].instrument.volumeStep)
        let closeTime = bar.time + markets[m].timeframe.seconds * Timestamp.nanosPerSecond
        for hit in scratch {
            guard !book[hit.index].isDone else { continue }
            var quantity = book[hit.index].order.remainingQuantity
            if let left = capacity { quantity = min(quantity, left) }
            guard quantity.raw > 0 else { continue }
            capacity = capacity.map { $0 - quantity }
            let time = hit.position.isOpen ? bar.time : closeTime
            fill(&book, index: hit.index, market: m, quantity: quantity, price: hit.price, slip: hit.slip,
                 adjust: adjust, time: time, into: &events)
            if hit.position.isOpen, book[hit.index].acceptEvent != nil, book[hit.index].order.status == .filled {
                book[hit.index].filledAtArrival = true
            }
        }
    }

    /// Where on the path `w` can execute, the price there (spread and slippage included) and the slippage.
    private func reach(_ w: inout WorkingOrder, path: BarPath, adjust: (buy: Int64, sell: Int64),
                       slip: Int64) -> (position: PathPosition, price: Int64, slip: Int64)? {
        let buy = w.side == .buy
        let adj = buy ? adjust.buy : -adjust.sell
        // Execution price at mid price `p` is p + adj; a trigger at execution level `x` is mid level x − adj.
        func limit(_ level: Int64, from: PathPosition) -> PathPosition? { path.touch(level - adj, up: !buy, from: from) }
        func stop(_ level: Int64) -> PathPosition? { path.touch(level - adj, up: buy, from: path.start) }
        let signedSlip = buy ? slip : -slip
        var result: (PathPosition, Int64, Int64)?
        switch w.order.intent.type {
        case .market:
            result = (path.start, path.start.price + adj + signedSlip, slip)
        case .limit(let level):
            result = limit(level.raw, from: path.start).map { ($0, $0.price + adj, 0) }
        case .stop(let level):
            result = stop(level.raw).map { ($0, $0.price + adj + signedSlip, slip) }
        case .trailingStop:
            result = stop(w.trailStop).map { ($0, $0.price + adj + signedSlip, slip) }
        case .stopLimit(let stopLevel, let limitLevel):
            let trigger = w.triggered ? path.start : stop(stopLevel.raw)
            guard let trigger else { return nil }
            w.triggered = true
            result = limit(limitLevel.raw, from: trigger).map { ($0, $0.price + adj, 0) }
        }
        guard let result, !w.isIOC || result.0.isOpen else { return nil }
        return result
    }

    /// Fills order `i` of `book`, market `m`'s book taken out of `books` by the caller: changes
    /// made through `books[m][i]` check two arrays' uniqueness each.
    func fill(_ book: inout [WorkingOrder], index i: Int, market m: Int, quantity: Quantity, price: Int64, slip: Int64,
              adjust: (buy: Int64, sell: Int64), time: Timestamp, into events: inout [EngineEvent]) {
        let fillPrice = Price(raw: price)
        book[i].order.recordFill(quantity: quantity, price: fillPrice)
        let side = book[i].side
        let commission = markets[m].commission.commission(lots: quantity, price: fillPrice, contractSize: terms[m].contractSize,
                                                          quoteCurrency: terms[m].quoteCurrency)
        events.append(.fill(Fill(
            orderID: book[i].order.id, symbol: book[i].order.intent.symbol, side: side, quantity: quantity,
            price: fillPrice, time: time, commission: commission, spreadCost: Price(raw: side == .buy ? adjust.buy : adjust.sell),
            slippage: Price(raw: slip), tag: book[i].order.intent.tag)))
        if book[i].order.intent.ocoGroup != nil || book[i].order.parent != nil {
            cancelSiblings(of: i, in: &book, time: time, into: &events)
        }
        guard book[i].order.status == .filled else { return }
        book[i].isDone = true
        guard book.count > 1 else { return }
        let id = book[i].order.id
        for j in book.indices where book[j].order.parent == id { book[j].waitsForParent = false }
    }

    /// One-cancels-other: orders in the same OCO group, and exits of the same bracket entry. A
    /// complete fill cancels the others; a partial fill shrinks them to what is left, as the engine does.
    private func cancelSiblings(of i: Int, in book: inout [WorkingOrder], time: Timestamp, into events: inout [EngineEvent]) {
        let w = book[i]
        let group = w.order.intent.ocoGroup
        let parent = w.order.parent
        guard group != nil || parent != nil else { return }
        let complete = w.order.status == .filled
        for j in book.indices where !book[j].isDone && book[j].order.id != w.order.id {
            let other = book[j].order
            guard (group != nil && other.intent.ocoGroup == group) || (parent != nil && other.parent == parent) else { continue }
            if complete {
                guard book[j].order.apply(.cancel) else { continue }
                book[j].isDone = true
                events.append(update(book[j], .cancel, time, "one-cancels-other: \(w.order.id) filled"))
            } else {
                let total = other.filledQuantity + w.order.remainingQuantity
                guard total != other.intent.quantity, book[j].order.apply(.modify) else { continue }
                book[j].order.intent.quantity = total
                events.append(update(book[j], .modify, time, "one-cancels-other: \(w.order.id) filled in part"))
            }
        }
    }
}
