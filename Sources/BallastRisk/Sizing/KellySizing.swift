import BallastCore

/// Capped fractional Kelly.
///
///     kelly = p − (1 − p) / b          (p: win probability, b: average win / average loss)
///     f     = min(cap, fraction × kelly), and 0 when kelly ≤ 0
///     lots  = f × equity / (price × contractSize × quoteToAccount)
///
/// rounded down to the volume step (and capped at the broker maximum).
public struct KellySizing: Sendable, Hashable {
    public let winProbability: Double
    public let payoffRatio: Double
    /// The share of full Kelly to bet (0.5 is half Kelly).
    public let fraction: Double
    /// The largest fraction of equity to commit.
    public let cap: Double

    public init(winProbability: Double, payoffRatio: Double, fraction: Double, cap: Double) throws(SizingError) {
        try SizingError.check("winProbability", winProbability, "in [0, 1]") { (0...1).contains($0) }
        try SizingError.check("payoffRatio", payoffRatio, "> 0") { $0 > 0 }
        try SizingError.check("fraction", fraction, "in (0, 1]") { $0 > 0 && $0 <= 1 }
        try SizingError.check("cap", cap, "in (0, 1]") { $0 > 0 && $0 <= 1 }
        self.winProbability = winProbability
        self.payoffRatio = payoffRatio
        self.fraction = fraction
        self.cap = cap
    }

    /// Full Kelly: p − (1 − p) / b (negative when the bet has no edge).
    public var fullKelly: Double { winProbability - (1 - winProbability) / payoffRatio }

    /// The fraction of equity to commit: min(cap, fraction × kelly), at least 0.
    public var equityFraction: Double { min(cap, max(0, fraction * fullKelly)) }

    public func quantity(equity: Money, price: Price, instrument: RiskInstrument) -> Quantity {
        let perLot = SizingMath.notionalPerLot(instrument, price: price, currency: equity.currency)
        return SizingMath.lots(Double(equity.raw) * equityFraction, perLot: perLot, instrument: instrument, cap: nil)
    }
}
