import BallastCore

/// Sizes a position so its volatility matches a sleeve's target.
///
///     lots = (equity × targetVolatility / instrumentVolatility) / (price × contractSize × quoteToAccount)
///
/// with both volatilities annualised, `equity` the sleeve's capital in account currency; then
/// capped at `maxLots` (and the broker maximum) and rounded down to the volume step.
public struct VolatilityTargetSizing: Sendable, Hashable {
    /// Annualised target volatility of the sleeve (0.10 is 10 %).
    public let targetVolatility: Double
    public let maxLots: Quantity?

    public init(targetVolatility: Double, maxLots: Quantity? = nil) throws(SizingError) {
        try SizingError.check("targetVolatility", targetVolatility, "> 0") { $0 > 0 }
        self.targetVolatility = targetVolatility
        self.maxLots = maxLots
    }

    /// Lots for `instrument` at `price`, given its realised annualised volatility. Zero when
    /// the volatility is not positive (nothing to scale by).
    public func quantity(equity: Money, instrumentVolatility: Double, price: Price, instrument: RiskInstrument) -> Quantity {
        guard instrumentVolatility.isFinite, instrumentVolatility > 0 else { return .zero }
        let target = Double(equity.raw) * targetVolatility / instrumentVolatility
        let perLot = SizingMath.notionalPerLot(instrument, price: price, currency: equity.currency)
        return SizingMath.lots(target, perLot: perLot, instrument: instrument, cap: maxLots)
    }
}
