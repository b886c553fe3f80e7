import BallastCore

extension PaperVenue {
    /// Takes `quote` as the symbol's current price and the venue clock, opens its fill budget,
    /// expires orders whose time in force ran out, and fills working orders of the symbol that
    /// it crosses, oldest first: limits at the quote (their price or better), stops and
    /// trailing stops at the quote less slippage (a gap fills at the quote, not the trigger),
    /// stop-limits as limits once triggered, and market remainders at the quote.
    public mutating func apply(quote: PaperQuote) {
        quotes[quote.symbol] = quote
        if quote.time > now {
            accrueSwaps(after: now, through: quote.time)
            now = quote.time
        }
        budgets[quote.symbol] = settings.budget(for: quote)
        // Sorted: dictionary order differs between processes, and the budget goes to whoever is first.
        for name in accounts.keys.sorted() {
            guard let working = accounts[name]?.working, !working.isEmpty else { continue }
            for index in working {
                guard let order = accounts[name]?.orders[index], order.state.status.isWorking else { continue }
                if order.hasExpired(at: quote.time) {
                    accounts[name]?.orders[index].move(.expire, at: quote.time, reason: "time in force ended")
                    accounts[name]?.stopWorking(index)
                } else if order.state.symbol == quote.symbol {
                    work(index, account: name, against: quote, at: quote.time, cap: nil)
                }
            }
        }
    }

    /// Fills as much of a working order as `quote` allows (within the symbol's budget and `cap`).
    mutating func work(_ index: Int, account name: String, against quote: PaperQuote, at time: Timestamp, cap: Quantity?) {
        guard var order = accounts[name]?.orders[index], order.state.status.isWorking else { return }
        let price = Self.executionPrice(of: &order, against: quote, slippage: settings.slippage)
        if order.triggered || order.trailAnchor != nil { accounts[name]?.orders[index] = order }
        guard let price else { return }
        var quantity = order.remaining
        let budget = budgets[quote.symbol]
        if let budget { quantity = min(quantity, budget) }
        if let cap { quantity = min(quantity, cap) }
        guard quantity.raw > 0 else { return }
        if let budget { budgets[quote.symbol] = budget - quantity }
        fill(index, account: name, quantity: quantity, price: price, at: time)
    }

    /// Records a fill: the fill itself (next deal id and sequence), the position, the order,
    /// then the one-cancels-other group and the bracket exits.
    mutating func fill(_ index: Int, account name: String, quantity: Quantity, price: Price, at time: Timestamp) {
        guard let order = accounts[name]?.orders[index] else { return }
        let commission = settings.commission.commission(lots: quantity, price: price) ?? .zero(settings.accountCurrency)
        let swap = accounts[name]?.bookSwap(symbol: order.state.symbol, side: order.side, quantity: quantity)
        let fill = BrokerFill(id: FillID("D\(nextDealNumber)"), sequence: UInt64((accounts[name]?.fills.count ?? 0) + 1),
                              clientID: order.state.clientID, account: name, symbol: order.state.symbol, side: order.side,
                              quantity: quantity, price: price, time: time, commission: commission, parent: order.parent, swap: swap)
        nextDealNumber += 1
        accounts[name]?.fills.append(fill)
        accounts[name]?.applyToPosition(fill)
        accounts[name]?.orders[index].recordFill(quantity, at: price, time: time)
        if accounts[name]?.orders[index].state.status.isWorking == false { accounts[name]?.stopWorking(index) }
        if let group = order.ocoGroup { cancelGroup(group, except: index, account: name, at: time) }
        if order.request.order.bracket != nil, order.parent == nil { protect(index, account: name, quantity: quantity, at: time) }
    }

    /// The price `order` executes at against `quote`, or nil when the quote does not reach it.
    /// Updates the stop-limit trigger and the trailing anchor.
    static func executionPrice(of order: inout PaperOrder, against quote: PaperQuote, slippage: Price) -> Price? {
        let side = order.side
        let market = quote.price(for: side)
        let slipped = side == .buy ? market + slippage : market - slippage
        switch order.request.order.type {
        case .market:
            return slipped
        case .limit(let limit):
            return reaches(limit: limit, side, market) ? market : nil
        case .stop(let stop):
            return reaches(stop: stop, side, market) ? slipped : nil
        case .stopLimit(let stop, let limit):
            if !order.triggered, reaches(stop: stop, side, market) { order.triggered = true }
            return order.triggered && reaches(limit: limit, side, market) ? market : nil
        case .trailingStop(let distance):
            let anchor = order.trailAnchor.map { side == .buy ? min($0, market) : max($0, market) } ?? market
            order.trailAnchor = anchor
            return reaches(stop: side == .buy ? anchor + distance : anchor - distance, side, market) ? slipped : nil
        }
    }

    static func reaches(limit: Price, _ side: OrderSide, _ market: Price) -> Bool {
        side == .buy ? market <= limit : market >= limit
    }

    static func reaches(stop: Price, _ side: OrderSide, _ market: Price) -> Bool {
        side == .buy ? market >= stop : market <= stop
    }
}
