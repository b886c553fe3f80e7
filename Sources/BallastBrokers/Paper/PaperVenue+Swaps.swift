import BallastCore

extension PaperVenue {
    /// Charges the rollovers after `start` up to `end` to every open position whose symbol has
    /// swap terms: the amount accrues on the position until fills book it. A swap stated in the
    /// quote currency converts at the symbol's mid price then (none is charged before its first quote).
    /// Runs on every quote that moves the clock, so the rollovers (about one a day) are found
    /// before any account is looked at. Accounts are independent: their order does not matter.
    mutating func accrueSwaps(after start: Timestamp, through end: Timestamp) {
        guard let terms = settings.swaps, start.nanoseconds > 0 else { return }
        for (symbol, swap) in terms {
            let rollovers = swap.rollovers(after: start, through: end)
            guard !rollovers.isEmpty else { continue }
            for name in accounts.keys {
                guard let quantity = accounts[name]?.positions[symbol]?.quantity else { continue }
                for rollover in rollovers {
                    guard let amount = accountAmount(swap.charge(for: quantity, at: rollover), terms: swap, symbol: symbol) else { continue }
                    accounts[name]?.accrue(amount, on: symbol)
                }
            }
        }
    }

    private func accountAmount(_ charge: Money, terms: PaperSwapTerms, symbol: String) -> Money? {
        guard let conversion = terms.conversion else { return charge }
        guard let quote = quotes[symbol] else { return nil }   // the symbol's latest
        return conversion.convert(charge, price: quote.mid, into: settings.accountCurrency)
    }
}

extension PaperAccount {
    mutating func accrue(_ amount: Money, on symbol: String) {
        guard amount.raw != 0, var position = positions[symbol] else { return }
        position.swap = Money(raw: (position.swap?.raw ?? 0) + amount.raw, currency: amount.currency)
        positions[symbol] = position
    }

    /// The accrued swap a fill of `quantity` on `side` books: the share of the position it
    /// closes (all of it when the fill closes or reverses the position), taken off the
    /// position. nil when the fill closes nothing or nothing has accrued.
    mutating func bookSwap(symbol: String, side: OrderSide, quantity: Quantity) -> Money? {
        guard var position = positions[symbol], let accrued = position.swap, accrued.raw != 0,
              (position.quantity.raw > 0) == (side == .sell) else { return nil }
        let open = position.quantity.raw.magnitude
        let closed = min(quantity.raw.magnitude, open)
        let booked = closed == open ? accrued.raw : Int64(Int128(accrued.raw) * Int128(closed) / Int128(open))
        position.swap = closed == open ? nil : Money(raw: accrued.raw - booked, currency: accrued.currency)
        positions[symbol] = position
        return Money(raw: booked, currency: accrued.currency)
    }
}
