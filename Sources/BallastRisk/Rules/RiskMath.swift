import BallastCore

/// Small exact helpers the rules share.
enum RiskMath {
    /// `ratio` × `amount`, rounded toward zero to a micro-unit (a threshold, never a balance).
    static func fraction(_ ratio: Double, of amount: Money) -> Money {
        Money(raw: Int64((Double(amount.raw) * ratio).rounded(.towardZero)), currency: amount.currency)
    }

    /// `amount` / `base` as a ratio; +infinity when `base` is not positive.
    static func ratio(_ amount: Money, to base: Money) -> Double {
        base.raw > 0 ? Double(amount.raw) / Double(base.raw) : .infinity
    }

    /// Margin for `notional` at `rate`, rounded up to a micro-unit.
    static func margin(_ notional: Money, rate: Double) -> Money {
        Money(raw: Int64((Double(notional.raw) * rate).rounded(.up)), currency: notional.currency)
    }

    /// True when `quantity` on `side` moves `position` toward zero without crossing it.
    static func reducesOnly(_ position: Quantity, side: OrderSide, quantity: Quantity) -> Bool {
        position.raw != 0 && (position.raw > 0) != (side == .buy) && quantity.raw <= abs(position.raw)
    }
}
