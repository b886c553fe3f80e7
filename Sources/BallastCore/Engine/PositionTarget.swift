/// Orders that move a position to a target in one market order, counting the market orders
/// already on their way (a signal repeated before the fill must not double the order).
public enum PositionTarget {
    public static func intents(toward target: Quantity, symbol: String, context: StrategyContext, tag: String) -> [OrderIntent] {
        let delta = Quantity(raw: target.raw - context.expectedPosition(symbol).raw)
        guard let intent = OrderIntent.market(symbol, delta: delta, tag: tag) else { return [] }
        return [intent]
    }
}
