import BallastCore

/// How far past the quoted price a market or stop order fills, against the trader.
/// Limit orders never slip: they fill at their price or better.
public protocol SlippageModel: Sendable {
    /// The adverse move per unit, as a price, for a fill whose previous bar (of the same symbol)
    /// spanned `previousRange` (high − low; zero before the first bar). `point` is the
    /// instrument's point: models take only the fields they use, so the exchange passes two
    /// integers on every fill instead of copying the whole `Instrument` (and retaining its strings).
    func slippage(previousRange: Price, point: Price) -> Price
    /// Whether `slippage` depends on `previousRange`. False lets the exchange skip recording
    /// each bar's range while no order is working (a write on every bar's path). Defaults to true.
    var readsPreviousRange: Bool { get }
}

extension SlippageModel {
    public var readsPreviousRange: Bool { true }
}
