import BallastCore

extension Account {
    /// Books a fill of market `m`: its commission (converted into the account currency in place),
    /// its cost breakdown, and the position change, realizing profit on what it closes.
    ///
    /// Netting: an opposite fill reduces, closes or reverses the position. Hedging: a fill closes
    /// the ticket `closing` names (the id of the order that opened it) when that ticket is on the
    /// other side; anything else opens a new ticket.
    public mutating func apply(_ fill: inout Fill, market m: Int, closing: ClientOrderID? = nil) {
        // Zero converts to zero at any rate (or without one): the common commission-free fill
        // skips the currency lookup.
        let commission = fill.commission.raw == 0 ? 0 : converted(fill.commission)?.raw ?? 0
        fill.commission = Money(raw: commission, currency: settings.currency)
        balanceRaw -= commission
        bookCosts(fill, market: m, commission: commission)
        var remaining = fill.quantity.raw
        let sign = fill.side.sign
        if let t = ticketToClose(market: m, sign: sign, closing: closing) {
            let lots = min(remaining, abs(ledgers[m].tickets[t].lots))
            let share = Self.share(commission, lots, of: fill.quantity.raw)
            realize(ticket: t, market: m, lots: lots, fill: fill, commission: share)
            remaining -= lots
        }
        if remaining > 0 {
            let share = commission - Self.share(commission, fill.quantity.raw - remaining, of: fill.quantity.raw)
            open(market: m, lots: sign * remaining, fill: fill, commission: share)
        }
        // The hot state is a field apart from `ledgers`, so it is updated in place while the
        // ledger's fields are read in place (passing the ledger copies it).
        if m != hotMarket { focus(market: m) }
        hot.update(tickets: ledgers[m].tickets, numerator: ledgers[m].numerator, denominator: ledgers[m].denominator)
        updateMargin(market: m)
        mark(market: m, price: fill.price)
    }

    /// The ticket an opposite fill closes: netting's single position, or hedging's named ticket.
    /// Always inlined, as `quoteMoney` is: called from a mutating method, a non-mutating one
    /// gets a copy of the whole account (a 360-byte memcpy) as its `self`.
    @inline(__always)
    private func ticketToClose(market m: Int, sign: Int64, closing: ClientOrderID?) -> Int? {
        switch settings.mode {
        case .netting:
            guard let first = ledgers[m].tickets.first, first.lots.signum() == -sign else { return nil }
            return 0
        case .hedging:
            guard let closing else { return nil }
            return ledgers[m].tickets.firstIndex { $0.id == closing && $0.lots.signum() == -sign }
        }
    }

    /// Closes `lots` (positive) of ticket `t` at the fill price and records the trade.
    private mutating func realize(ticket t: Int, market m: Int, lots: Int64, fill: Fill, commission: Int64) {
        let ticket = ledgers[m].tickets[t]
        let size = abs(ticket.lots)
        let whole = lots == size
        let basis = whole ? ticket.basis : ticket.basis * Int128(lots) / Int128(size)
        let direction = Int128(ticket.lots.signum())
        let product = direction * Int128(fill.price.raw) * Int128(lots) - basis
        let profit = toAccount(quoteMoney(product, market: m), route: ledgers[m].route)
        let swap = whole ? ticket.swap : Self.share(ticket.swap, lots, of: size)
        let entryCommission = whole ? ticket.commission : Self.share(ticket.commission, lots, of: size)
        balanceRaw += profit
        trades.append(ClosedTrade(
            symbol: fill.symbol, side: ticket.lots > 0 ? .buy : .sell, quantity: Quantity(raw: lots),
            entryTime: ticket.openTime, entryPrice: Price(raw: FixedMath.divideRounded(basis, by: Int128(lots) * direction)),
            exitTime: fill.time, exitPrice: fill.price, profit: money(profit), swap: money(swap),
            commission: money(entryCommission + commission)))
        if whole {
            ledgers[m].tickets.remove(at: t)
        } else {
            ledgers[m].tickets[t].lots -= ticket.lots.signum() * lots
            ledgers[m].tickets[t].basis -= basis
            ledgers[m].tickets[t].swap -= swap
            ledgers[m].tickets[t].commission -= entryCommission
        }
    }

    private mutating func open(market m: Int, lots: Int64, fill: Fill, commission: Int64) {
        let basis = Int128(fill.price.raw) * Int128(lots)
        if settings.mode == .netting, !ledgers[m].tickets.isEmpty {
            ledgers[m].tickets[0].lots += lots
            ledgers[m].tickets[0].basis += basis
            ledgers[m].tickets[0].commission += commission
            return
        }
        ledgers[m].tickets.append(PositionTicket(id: fill.orderID, lots: lots, basis: basis, openTime: fill.time,
                                                 commission: commission))
    }

    // Ledgers are read in place throughout: a copy would retain every string of the instrument.
    private mutating func bookCosts(_ fill: Fill, market m: Int, commission: Int64) {
        // A zero cost is zero in any currency: skipped, as slippage is on most fills.
        if fill.spreadCost.raw != 0 {
            let spread = quoteMoney(Int128(fill.spreadCost.raw) * Int128(fill.quantity.raw), market: m)
            costs.spread.raw += toAccount(spread, route: ledgers[m].route)
        }
        if fill.slippage.raw != 0 {
            let slippage = quoteMoney(Int128(fill.slippage.raw) * Int128(fill.quantity.raw), market: m)
            costs.slippage.raw += toAccount(slippage, route: ledgers[m].route)
        }
        costs.commission.raw += commission
    }

    /// Margin of market `m`: Σ |open notional| × margin rate, in the account currency.
    mutating func updateMargin(market m: Int) {
        var notional: Int128 = 0
        for ticket in ledgers[m].tickets { notional += Int128(ticket.basis.magnitude) }
        let quote = FixedMath.divideRounded(notional * ledgers[m].numerator * Int128(ledgers[m].marginPartsPerBillion),
                                            by: ledgers[m].denominator * 1_000_000_000)
        let value = toAccount(quote, route: ledgers[m].route)
        marginRaw += value - ledgers[m].margin
        ledgers[m].margin = value
        // equity × 100 ≤ level × margin ⟺ equity ≤ ⌊level × margin ÷ 100⌋ (floor division).
        let (q, r) = (stopOutLevel &* marginRaw).quotientAndRemainder(dividingBy: 100)
        stopOutEquityRaw = marginRaw > 0 ? (r < 0 ? q - 1 : q) : .min
    }

    /// `MarketLedger.quoteMoney` with the ledger's fields read in place: a method call on
    /// `ledgers[m]` copies the ledger (instrument strings, swap schedule) to pass it as `self`.
    /// Always inlined: as a call from the mutating fill methods it copies the account instead.
    @inline(__always)
    func quoteMoney(_ product: Int128, market m: Int) -> Int64 {
        FixedMath.divideRounded(product * ledgers[m].numerator, by: ledgers[m].denominator)
    }

    func money(_ raw: Int64) -> Money { Money(raw: raw, currency: settings.currency) }

    /// `amount × part ÷ whole`, rounded; `amount` when `part == whole`.
    static func share(_ amount: Int64, _ part: Int64, of whole: Int64) -> Int64 {
        // Nothing to share (commission-free fills, the common case) needs no division.
        if amount == 0 { return 0 }
        return part == whole || whole == 0 ? (part == 0 ? 0 : amount) : FixedMath.divideRounded(Int128(amount) * Int128(part), by: Int128(whole))
    }
}
