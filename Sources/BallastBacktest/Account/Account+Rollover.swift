import BallastCore

extension Account {
    /// Charges the swaps of every daily rollover at or before `time` not yet charged. Call it
    /// before booking the fills of a bar opening at `time`: positions held over the rollover pay.
    @inlinable
    public mutating func passRollovers(upTo time: Timestamp) {
        if time.nanoseconds >= nextRollover { chargeRollovers(upTo: time) }
    }

    @usableFromInline
    mutating func chargeRollovers(upTo time: Timestamp) {
        if nextRollover == .min {
            // The first bar: the next rollover is the first one after it.
            nextRollover = settings.rollover.next(after: time).nanoseconds
            return
        }
        while nextRollover <= time.nanoseconds {
            let rollover = Timestamp(nanoseconds: nextRollover)
            let day = settings.rollover.weekdayEnding(at: rollover)
            for m in ledgers.indices where !ledgers[m].tickets.isEmpty {
                chargeSwap(market: m, nights: ledgers[m].swaps.nights(endingOn: day))
            }
            nextRollover = settings.rollover.next(after: rollover).nanoseconds
        }
    }

    private mutating func chargeSwap(market m: Int, nights: Int64) {
        guard nights > 0 else { return }
        let ledger = ledgers[m]
        for t in ledger.tickets.indices {
            let quote = ledger.swaps.oneNight(lots: ledger.tickets[t].lots, instrument: ledger.instrument) * nights
            let value = toAccount(quote, route: ledger.route)
            ledgers[m].tickets[t].swap += value
            balanceRaw += value
            costs.swap = costs.swap - money(value)
        }
    }

    /// The position a stop-out closes: the one with the largest loss at its symbol's last price,
    /// as (market, ticket); nil when nothing loses.
    public func largestLosingPosition() -> (market: Int, ticket: PositionTicket)? {
        var worst: (market: Int, ticket: PositionTicket, loss: Int64)?
        for (m, ledger) in ledgers.enumerated() {
            let lastPrice = markState(m).lastPrice
            guard lastPrice > 0 else { continue }
            for ticket in ledger.tickets {
                let product = Int128(lastPrice) * Int128(ticket.lots) - ticket.basis
                let value = toAccount(ledger.quoteMoney(product), route: ledger.route)
                if value < 0, value < (worst?.loss ?? 0) { worst = (m, ticket, value) }
            }
        }
        return worst.map { ($0.market, $0.ticket) }
    }
}
