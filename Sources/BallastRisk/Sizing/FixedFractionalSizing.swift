import BallastCore

/// Risks a fixed fraction of equity to the stop.
///
///     lots = riskFraction × equity / (|entry − stop| × contractSize × quoteToAccount)
///
/// computed exactly in fixed point (the loss per lot is exact Money), then capped at `maxLots`
/// and the broker maximum and rounded down to the volume step.
public struct FixedFractionalSizing: Sendable, Hashable {
    /// Fraction of equity lost if the stop is hit (0.01 is 1 %).
    public let riskFraction: Double
    public let maxLots: Quantity?

    public init(riskFraction: Double, maxLots: Quantity? = nil) throws(SizingError) {
        try SizingError.check("riskFraction", riskFraction, "in (0, 1]") { $0 > 0 && $0 <= 1 }
        self.riskFraction = riskFraction
        self.maxLots = maxLots
    }

    /// Lots for an entry at `entry` with its stop at `stop`; zero when they are equal.
    public func quantity(equity: Money, entry: Price, stop: Price, instrument: RiskInstrument) -> Quantity {
        let distance = Price(raw: abs(entry.raw - stop.raw))
        let lossPerLot = SizingMath.notionalPerLot(instrument, price: distance, currency: equity.currency)
        let risk = RiskMath.fraction(riskFraction, of: equity)
        guard lossPerLot.raw > 0, risk.raw > 0 else { return .zero }
        let raw = Int128(risk.raw) * Int128(Quantity.scale) / Int128(lossPerLot.raw)
        return SizingMath.finish(Quantity(raw: Int64(clamping: raw)), instrument: instrument, cap: maxLots)
    }
}
