/// Market events in, order intents out. No I/O, no wall clock, no unseeded randomness, so one
/// value runs unchanged in a backtest and in live trading. Every hook defaults to doing nothing.
///
/// A strategy sees the market only through its events and the `StrategyContext`, which holds
/// nothing newer than the event being handled.
public protocol Strategy: Sendable {
    /// A bar closed.
    mutating func onBar(_ event: BarEvent, context: StrategyContext) -> [OrderIntent]
    mutating func onTick(_ event: TickEvent, context: StrategyContext) -> [OrderIntent]
    /// One of this strategy's orders (partly) filled; `context` already includes it.
    mutating func onFill(_ fill: Fill, context: StrategyContext) -> [OrderIntent]
    mutating func onOrderUpdate(_ update: OrderUpdate, context: StrategyContext) -> [OrderIntent]
    mutating func onTimer(_ time: Timestamp, context: StrategyContext) -> [OrderIntent]
}

extension Strategy {
    public mutating func onBar(_ event: BarEvent, context: StrategyContext) -> [OrderIntent] { [] }
    public mutating func onTick(_ event: TickEvent, context: StrategyContext) -> [OrderIntent] { [] }
    public mutating func onFill(_ fill: Fill, context: StrategyContext) -> [OrderIntent] { [] }
    public mutating func onOrderUpdate(_ update: OrderUpdate, context: StrategyContext) -> [OrderIntent] { [] }
    public mutating func onTimer(_ time: Timestamp, context: StrategyContext) -> [OrderIntent] { [] }
}
