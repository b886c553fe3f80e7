/// Market events in, order intents out. No I/O, no wall clock, no unseeded randomness, so one
/// value runs unchanged in a backtest and in live trading. Every hook defaults to doing nothing.
///
/// A strategy sees the market only through its events and the `StrategyContext`, which holds
/// nothing newer than the event being handled.
public protocol Strategy: Sendable {
    /// A bar closed.
    mutating func onBar(_ event: BarEvent, context: StrategyContext) -> [OrderIntent]
    /// `onBar` appending its intents to `intents` (which may hold others) instead of returning
    /// them: the form the engine calls. The default forwards to `onBar(_:context:)`; a strategy
    /// may implement both for speed (the engine then never receives an array per bar, whose
    /// release costs more than most bars' work), and the two must then agree.
    mutating func onBar(_ event: BarEvent, context: StrategyContext, into intents: inout [OrderIntent])
    mutating func onTick(_ event: TickEvent, context: StrategyContext) -> [OrderIntent]
    /// One of this strategy's orders (partly) filled; `context` already includes it.
    mutating func onFill(_ fill: Fill, context: StrategyContext) -> [OrderIntent]
    mutating func onOrderUpdate(_ update: OrderUpdate, context: StrategyContext) -> [OrderIntent]
    mutating func onTimer(_ time: Timestamp, context: StrategyContext) -> [OrderIntent]
    /// Cancels and changes of working orders the strategy decided on in the hook just called.
    /// The engine asks right after every hook and handles these before that hook's intents;
    /// a strategy that never cancels or modifies keeps the default (none).
    mutating func orderCommands(context: StrategyContext) -> [OrderCommand]
    /// How many closed bars per series the context keeps for this strategy type. Strategies that
    /// compute everything incrementally (indicators) need none, and keeping none is cheaper:
    /// with 0 the engine records no bars for the strategy, whatever length its context was made
    /// with, and does not check their order.
    static var historyLength: Int { get }
}

extension Strategy {
    @inlinable public mutating func onBar(_ event: BarEvent, context: StrategyContext) -> [OrderIntent] { [] }
    @inlinable public mutating func onBar(_ event: BarEvent, context: StrategyContext, into intents: inout [OrderIntent]) {
        let new = onBar(event, context: context)
        if new.isEmpty { return }
        if intents.isEmpty { intents = new } else { intents += new }
    }
    @inlinable public mutating func onTick(_ event: TickEvent, context: StrategyContext) -> [OrderIntent] { [] }
    @inlinable public mutating func onFill(_ fill: Fill, context: StrategyContext) -> [OrderIntent] { [] }
    @inlinable public mutating func onOrderUpdate(_ update: OrderUpdate, context: StrategyContext) -> [OrderIntent] { [] }
    @inlinable public mutating func onTimer(_ time: Timestamp, context: StrategyContext) -> [OrderIntent] { [] }
    @inlinable public mutating func orderCommands(context: StrategyContext) -> [OrderCommand] { [] }
    /// By default the context keeps the last 512 bars of each series.
    public static var historyLength: Int { 512 }
}
