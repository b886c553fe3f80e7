import BallastCore
import BallastEngine
import BallastRisk

/// A strategy that returns scripted intents and commands, and records what it was told.
struct ScriptedStrategy: Strategy {
    /// Intents returned by the nth `onBar` call.
    var barIntents: [[OrderIntent]] = []
    /// Commands returned after the nth `onBar` call.
    var barCommands: [[OrderCommand]] = []
    /// Intents returned by every `onFill` call, in turn.
    var fillIntents: [[OrderIntent]] = []
    var bars = 0
    var fills: [Fill] = []
    var updates: [OrderUpdate] = []
    var pendingCommands: [OrderCommand] = []

    mutating func onBar(_ event: BarEvent, context: StrategyContext) -> [OrderIntent] {
        defer { bars += 1 }
        pendingCommands = bars < barCommands.count ? barCommands[bars] : []
        return bars < barIntents.count ? barIntents[bars] : []
    }

    mutating func onFill(_ fill: Fill, context: StrategyContext) -> [OrderIntent] {
        fills.append(fill)
        return fills.count <= fillIntents.count ? fillIntents[fills.count - 1] : []
    }

    mutating func onOrderUpdate(_ update: OrderUpdate, context: StrategyContext) -> [OrderIntent] {
        updates.append(update)
        return []
    }

    mutating func orderCommands(context: StrategyContext) -> [OrderCommand] {
        defer { pendingCommands = [] }
        return pendingCommands
    }
}

enum Fixture {
    static let start = Timestamp(year: 2025, month: 3, day: 3, hour: 9)

    /// The M1 bar opening `minute` minutes after `start`, flat at `price` unless given.
    static func bar(_ minute: Int, _ price: String = "1.1", high: String? = nil, low: String? = nil,
                    symbol: String = "EURUSD") -> BarEvent {
        let p = Price(price)!
        let bar = Bar(time: start + Int64(minute) * 60 * Timestamp.nanosPerSecond, open: p, high: Price(high ?? price)!,
                      low: Price(low ?? price)!, close: p, tickVolume: 1, spread: 10)
        return BarEvent(symbol: symbol, timeframe: .m1, bar: bar)
    }

    static func time(_ minute: Int, seconds: Int64 = 0) -> Timestamp {
        start + (Int64(minute) * 60 + seconds) * Timestamp.nanosPerSecond
    }

    static func buy(_ units: Int64, _ type: OrderType = .market, bracket: Bracket? = nil, oco: String? = nil,
                    symbol: String = "EURUSD") -> OrderIntent {
        OrderIntent(symbol: symbol, side: .buy, quantity: Quantity(units), type: type, bracket: bracket, ocoGroup: oco)
    }

    static func sell(_ units: Int64, _ type: OrderType = .market, oco: String? = nil) -> OrderIntent {
        OrderIntent(symbol: "EURUSD", side: .sell, quantity: Quantity(units), type: type, ocoGroup: oco)
    }

    /// The order the engine submits: `id`, the intent, created at `time`, status submitted.
    static func submitted(_ id: String, _ intent: OrderIntent, at time: Timestamp, parent: String? = nil) -> Order {
        var order = Order(id: ClientOrderID(id), intent: intent, createdAt: time, parent: parent.map(ClientOrderID.init))
        order.apply(.submit)
        return order
    }

    static func fill(_ id: String, _ side: OrderSide, _ units: Int64, at price: String, _ time: Timestamp,
                     symbol: String = "EURUSD") -> Fill {
        Fill(orderID: ClientOrderID(id), symbol: symbol, side: side, quantity: Quantity(units), price: Price(price)!, time: time,
             commission: .zero("USD"))
    }

    static func engine<S: Strategy>(_ strategy: S, risk: any RiskGate = PreTradeLimits()) -> Engine<S> {
        Engine(strategy: strategy, risk: risk, context: StrategyContext(accountCurrency: "USD"))
    }
}
