import BallastCore

extension SimulatedExchange {
    /// A new bar of market `m` (an index into `markets`): appends the events it causes to
    /// `events`, in time order. Call it before the engine sees the bar's close. Returns false
    /// when there was nothing to do (no order held, nothing to report): no event was appended.
    @inlinable @discardableResult
    public mutating func process(bar: Bar, market m: Int, into events: inout [EngineEvent]) -> Bool {
        if books[m].isEmpty && orphanEvents.isEmpty {
            // Nothing to do: the common case, kept inline. Bars are counted only while orders
            // are held (arrivals and commands compare counts taken since they were sent, and an
            // order in the book makes every later bar count), and the range only for a slippage
            // model that reads it: most bars then write nothing, and skip the array's
            // copy-on-write check.
            if tracksAnyRange && tracksRange[m] { tallies[m].previousRange = bar.high.raw &- bar.low.raw }
            return false
        }
        processWorking(bar: bar, market: m, into: &events)
        return true
    }

    @usableFromInline
    mutating func processWorking(bar: Bar, market m: Int, into events: inout [EngineEvent]) {
        if !orphanEvents.isEmpty { flushOrphans(at: bar.time, into: &events) }
        tallies[m].barsSeen += 1
        if !books[m].isEmpty { processBook(bar: bar, market: m, into: &events) }
        tallies[m].previousRange = bar.high.raw - bar.low.raw
    }

    /// The events a new bar causes (allocates; the runner uses the `into:` form).
    public mutating func process(bar: Bar, market m: Int) -> [EngineEvent] {
        var events: [EngineEvent] = []
        process(bar: bar, market: m, into: &events)
        return events
    }

    mutating func flushOrphans(at time: Timestamp, into events: inout [EngineEvent]) {
        for case .orderUpdate(var update) in orphanEvents {
            update.time = max(update.time, time)
            events.append(.orderUpdate(update))
        }
        orphanEvents.removeAll()
    }

    private mutating func processBook(bar: Bar, market m: Int, into events: inout [EngineEvent]) {
        let spread = markets[m].spread.spreadPoints(for: bar) * markets[m].instrument.point.raw
        let adjust = settings.spreadConvention.adjustments(spread: spread)
        // The book is moved out while its orders are changed in place by methods that read `self`:
        // `administer(&books[m][i])` would overlap a read of `self` with a write into it, which
        // Swift resolves by copying the whole exchange and then the book (no longer unique).
        var book = takeBook(market: m)
        for i in book.indices {
            administer(&book[i], bar: bar, market: m, adjust: adjust, into: &events)
        }
        swap(&book, &books[m])
        if markets[m].calendar.isOpen(at: bar.time) {
            match(bar: bar, market: m, adjust: adjust, into: &events)
            book = takeBook(market: m)
            for i in book.indices where !book[i].isDone {
                finishBar(&book[i], bar: bar, adjust: adjust, into: &events)
            }
            swap(&book, &books[m])
        }
        reportAccepts(market: m, at: bar.time, into: &events)
        releaseExits(market: m, into: &events, at: bar.time)
        // Usually every order is done (market orders fill on arrival): emptying the book then
        // skips the general partition and `replaceSubrange` of `removeAll(where:)`.
        if books[m].allSatisfy({ $0.isDone }) { books[m].drain() } else { books[m].removeAll { $0.isDone } }
    }

    /// The working orders of market `m`, moved out (an empty book left in their place).
    mutating func takeBook(market m: Int) -> [WorkingOrder] {
        var book: [WorkingOrder] = []
        swap(&book, &books[m])
        return book
    }

    /// Commands, arrival and expiry, at the bar's open.
    func administer(_ w: inout WorkingOrder, bar: Bar, market m: Int, adjust: (buy: Int64, sell: Int64),
                            into events: inout [EngineEvent]) {
        let time = bar.time.nanoseconds
        let seen = tallies[m].barsSeen
        if let due = w.pendingCancel, seen >= due.bar, time >= due.time {
            w.pendingCancel = nil
            if w.order.apply(.cancel) {
                w.isDone = true
                events.append(update(w, .cancel, bar.time, "cancelled"))
                return
            }
        }
        if let due = w.pendingModify, seen >= due.bar, time >= due.time {
            w.pendingModify = nil
            if modify(&w, due.change) { events.append(update(w, .modify, bar.time, "")) }
        }
        guard w.hasArrived(barsSeen: seen, time: time) else { return }
        if expired(w, time: time) {
            w.order.apply(.expire)
            w.isDone = true
            events.append(update(w, .expire, bar.time, "time in force ended"))
            return
        }
        guard !w.accepted else { return }
        w.accepted = true
        w.order.apply(.accept)
        if w.order.intent.timeInForce == .day { w.dayEnd = settings.rollover.next(after: bar.time).nanoseconds }
        if case .trailingStop(let distance) = w.order.intent.type { startTrail(&w, open: bar.open.raw, distance: distance.raw, adjust: adjust) }
        // The event itself waits for `reportAccepts`: most orders fill at this open and never need one.
        w.acceptEvent = events.count
    }

    /// The `accept` of each order that arrived at `time`, placed where `administer` noted it
    /// (before whatever that order did next). An order that filled completely at the open of
    /// its arrival bar never rested at the venue: it gets none, and the fill alone reports it
    /// (submitted → filled is legal). This spares the engine a status round trip on every
    /// market order, the bulk of a backtest's orders, and the exchange building the event.
    mutating func reportAccepts(market m: Int, at time: Timestamp, into events: inout [EngineEvent]) {
        // Slots were noted in book order without the accepts before them, so each moves by
        // the number already inserted.
        var inserted = 0
        for i in books[m].indices {
            guard let slot = books[m][i].acceptEvent else { continue }
            books[m][i].acceptEvent = nil
            guard !books[m][i].filledAtArrival else { continue }
            events.insert(update(books[m][i], .accept, time, ""), at: slot + inserted)
            inserted += 1
        }
    }

    private func expired(_ w: WorkingOrder, time: Int64) -> Bool {
        if case .gtd(let end) = w.order.intent.timeInForce, time >= end.nanoseconds { return true }
        return time >= w.dayEnd
    }

    private func modify(_ w: inout WorkingOrder, _ change: OrderModification) -> Bool {
        let quantity = change.quantity ?? w.order.intent.quantity
        guard quantity > w.order.filledQuantity, w.order.status.next(on: .modify) != nil else { return false }
        w.order.intent.quantity = quantity
        if let type = change.type { w.order.intent.type = type }
        w.order.apply(.modify)
        if case .trailingStop = w.order.intent.type, change.type != nil { w.trailStop = 0; w.trailBest = 0 }
        return true
    }

    func update(_ w: WorkingOrder, _ transition: OrderTransition, _ time: Timestamp, _ reason: String) -> EngineEvent {
        .orderUpdate(OrderUpdate(id: w.order.id, transition: transition, time: time, reason: reason))
    }

    private func startTrail(_ w: inout WorkingOrder, open: Int64, distance: Int64, adjust: (buy: Int64, sell: Int64)) {
        w.trailBest = open
        w.trailStop = w.side == .sell ? open - adjust.sell - distance : open + adjust.buy + distance
    }

    /// After matching: IOC remainders are cancelled, trailing stops move with the bar's best price.
    private func finishBar(_ w: inout WorkingOrder, bar: Bar, adjust: (buy: Int64, sell: Int64), into events: inout [EngineEvent]) {
        guard w.accepted, !w.waitsForParent else { return }
        if w.isIOC {
            w.order.apply(.cancel)
            w.isDone = true
            events.append(update(w, .cancel, bar.time, "immediate or cancel: unfilled remainder"))
            return
        }
        guard case .trailingStop(let distance) = w.order.intent.type else { return }
        if w.trailStop == 0 { startTrail(&w, open: bar.open.raw, distance: distance.raw, adjust: adjust) }
        if w.side == .sell {
            w.trailBest = max(w.trailBest, bar.high.raw)
            w.trailStop = max(w.trailStop, w.trailBest - adjust.sell - distance.raw)
        } else {
            w.trailBest = min(w.trailBest, bar.low.raw)
            w.trailStop = min(w.trailStop, w.trailBest + adjust.buy + distance.raw)
        }
    }

    /// Exits whose entry ended without filling are cancelled (`match` releases those whose entry filled).
    mutating func releaseExits(market m: Int, into events: inout [EngineEvent], at time: Timestamp) {
        guard books[m].contains(where: { $0.waitsForParent }) else { return }
        for i in books[m].indices where books[m][i].waitsForParent {
            guard let parent = books[m][i].order.parent else { continue }
            if !books[m].contains(where: { $0.order.id == parent && !$0.isDone }) {
                books[m][i].order.apply(.cancel)
                books[m][i].isDone = true
                events.append(update(books[m][i], .cancel, time, "bracket entry ended unfilled"))
            }
        }
    }
}
