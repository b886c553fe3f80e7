import BallastCore

/// A strategy whose type is only known at run time (chosen by name from configuration), for
/// code that does not need the engine specialised: every hook goes through the existential.
/// Backtests that care about speed use `StrategyCatalog.visit` to get the concrete type instead.
public struct AnyStrategy: Strategy {
    public var base: any Strategy

    public init(_ base: any Strategy) { self.base = base }

    public mutating func onBar(_ event: BarEvent, context: StrategyContext) -> [OrderIntent] {
        base.onBar(event, context: context)
    }

    public mutating func onBar(_ event: BarEvent, context: StrategyContext, into intents: inout [OrderIntent]) {
        base.onBar(event, context: context, into: &intents)
    }

    public mutating func onTick(_ event: TickEvent, context: StrategyContext) -> [OrderIntent] {
        base.onTick(event, context: context)
    }

    public mutating func onFill(_ fill: Fill, context: StrategyContext) -> [OrderIntent] {
        base.onFill(fill, context: context)
    }

    public mutating func onOrderUpdate(_ update: OrderUpdate, context: StrategyContext) -> [OrderIntent] {
        base.onOrderUpdate(update, context: context)
    }

    public mutating func onTimer(_ time: Timestamp, context: StrategyContext) -> [OrderIntent] {
        base.onTimer(time, context: context)
    }

    public mutating func orderCommands(context: StrategyContext) -> [OrderCommand] {
        base.orderCommands(context: context)
    }
}
