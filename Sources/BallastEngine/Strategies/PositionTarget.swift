import BallastCore

/// Orders that move a position to a target in one market order, counting the market orders
/// already on their way (a signal repeated before the fill must not double the order).
public enum PositionTarget {
    public static func intents(toward target: Quantity, symbol: String, context: StrategyContext, tag: String) -> [OrderIntent] {
        var expected = context.position(symbol).raw
        for order in context.workingOrders(symbol) where order.intent.type == .market {
            expected += order.intent.side.sign * order.remainingQuantity.raw
        }
        guard let intent = OrderIntent.market(symbol, delta: Quantity(raw: target.raw - expected), tag: tag) else { return [] }
        return [intent]
    }
}
