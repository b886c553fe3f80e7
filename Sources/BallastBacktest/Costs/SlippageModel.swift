import BallastCore

/// How far past the quoted price a market or stop order fills, against the trader.
/// Limit orders never slip: they fill at their price or better.
public protocol SlippageModel: Sendable {
    /// The adverse move per unit, as a price, for a fill whose previous bar (of the same symbol)
    /// spanned `previousRange` (high − low; zero before the first bar).
    func slippage(previousRange: Price, instrument: Instrument) -> Price
}

/// No slippage.
public struct NoSlippage: SlippageModel {
    public init() {}

    public func slippage(previousRange: Price, instrument: Instrument) -> Price { .zero }
}

/// A fixed number of points on every market and stop fill.
public struct FixedSlippage: SlippageModel {
    public var points: Int64

    public init(points: Int64) { self.points = points }

    public func slippage(previousRange: Price, instrument: Instrument) -> Price {
        Price(raw: points * instrument.point.raw)
    }
}

/// A fraction of the previous bar's range (high − low), rounded to the nearest point, plus a
/// fixed floor in points: slippage grows with volatility. The previous bar is used, not the fill
/// bar, so the cost never depends on prices after the fill.
public struct VolatilitySlippage: SlippageModel {
    /// The fraction of the range in parts per million (0.1 = 100,000 ppm).
    public let partsPerMillion: Int64
    public var minimumPoints: Int64

    public init(fractionOfRange: Double, minimumPoints: Int64 = 0) {
        partsPerMillion = Int64((fractionOfRange * 1e6).rounded())
        self.minimumPoints = minimumPoints
    }

    public func slippage(previousRange: Price, instrument: Instrument) -> Price {
        let point = instrument.point.raw
        let scaled = FixedMath.divideRounded(Int128(previousRange.raw) * Int128(partsPerMillion), by: 1_000_000)
        let points = FixedMath.divideRounded(Int128(scaled), by: Int128(point))
        return Price(raw: max(points, minimumPoints) * point)
    }
}
