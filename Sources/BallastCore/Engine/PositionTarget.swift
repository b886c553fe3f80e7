/// Orders that move a position to a target in one market order, counting the market orders
/// already on their way (a signal repeated before the fill must not double the order).
public enum PositionTarget {
    public static func intents(toward target: Quantity, symbol: String, context: StrategyContext, tag: String) -> [OrderIntent] {
        intent(toward: target, symbol: symbol, context: context, tag: tag).map { [$0] } ?? []
    }

    /// The one market order `intents(toward:symbol:context:tag:)` lists, or nil when the
    /// position is already on its way to `target`: for strategies that append it to a buffer
    /// they keep (no array allocated per order). Inlinable, so the intent is built in the
    /// strategy's own frame rather than copied out of two returned optionals.
    @inlinable
    public static func intent(toward target: Quantity, symbol: String, context: StrategyContext, tag: String) -> OrderIntent? {
        let delta = Quantity(raw: target.raw - context.expectedPosition(symbol).raw)
        return OrderIntent.market(symbol, delta: delta, tag: tag)
    }
}
