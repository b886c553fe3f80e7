import BallastCore

extension RiskCheck {
    /// Account-currency gross (Σ|notional|) and net (Σ signed notional) exposure of `positions`
    /// once this order fills. Positions are valued at the snapshot's mark (quote mid, else the
    /// position's mark); the order's own symbol, if it has no mark, at the order price.
    /// Positions in instruments the snapshot does not know cannot be valued and are skipped.
    public func exposureAfter(_ positions: [String: Quantity]) -> (gross: Money, net: Money) {
        var after = positions
        after[symbol, default: .zero] = after[symbol, default: .zero] + Quantity(raw: order.side.sign * order.quantity.raw)
        var gross = Money.zero(currency)
        var net = Money.zero(currency)
        for (name, lots) in after where lots.raw != 0 {
            guard let instrument = snapshot.instruments[name] else { continue }
            let price = snapshot.markPrice(name) ?? (name == symbol ? orderPrice : .zero)
            let value = instrument.notional(lots: lots, price: price, currency: currency)
            gross = gross + value
            net = lots.raw > 0 ? net + value : net - value
        }
        return (gross, Money(raw: abs(net.raw), currency: currency))
    }

    /// The account's positions as signed lots per symbol.
    public var accountPositions: [String: Quantity] { snapshot.positions.mapValues(\.quantity) }
}
