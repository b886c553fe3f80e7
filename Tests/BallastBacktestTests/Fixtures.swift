import BallastBacktest
import BallastCore
import BallastEngine
import BallastRisk

/// Small builders for hand-computed backtests.
enum Fixture {
    static func price(_ text: String) -> Price { Price(text)! }
    static func lots(_ text: String) -> Quantity { Quantity(text)! }
    static func usd(_ text: String) -> Money { Money(text, currency: "USD")! }

    /// 2024-01-03 (a Wednesday) at `hour`:`minute` UTC, plus `days`.
    static func time(day: Int = 3, hour: Int = 0, minute: Int = 0) -> Timestamp {
        Timestamp(year: 2024, month: 1, day: day, hour: hour, minute: minute)
    }

    static func bar(_ time: Timestamp, _ o: String, _ h: String, _ l: String, _ c: String, spread: Int32 = 0,
                    volume: Double = 0) -> Bar {
        Bar(time: time, open: price(o), high: price(h), low: price(l), close: price(c), volume: volume, spread: spread)
    }

    /// An FX pair with 100,000 units a lot, 0.01 lot steps.
    static func pair(_ symbol: String, base: String, quote: String, digits: Int, contract: Int64 = 100_000,
                     marginRate: Double = 0.01, swapLong: String = "0", swapShort: String = "0",
                     triple: Weekday? = .wednesday, session: SessionTemplate = .alwaysOpen) -> Instrument {
        try! Instrument(symbol: symbol, assetClass: .fx, baseCurrency: base, quoteCurrency: quote, digits: digits,
                        contractSize: Quantity(contract), volumeMin: lots("0.01"), volumeStep: lots("0.01"),
                        volumeMax: Quantity(100), marginRate: marginRate, swapLong: Points(swapLong)!,
                        swapShort: Points(swapShort)!, tripleSwapDay: triple, session: session)
    }

    static let eurusd = pair("EURUSD", base: "EUR", quote: "USD", digits: 5)

    static func order(_ id: String, _ side: OrderSide, _ quantity: String, _ type: OrderType = .market,
                      tif: TimeInForce = .gtc, oco: String? = nil, symbol: String = "EURUSD") -> Order {
        var order = Order(id: ClientOrderID(id),
                          intent: OrderIntent(symbol: symbol, side: side, quantity: lots(quantity), type: type,
                                              timeInForce: tif, ocoGroup: oco),
                          createdAt: time())
        order.apply(.submit)
        return order
    }

    static func fills(_ events: [EngineEvent]) -> [Fill] {
        events.compactMap { if case .fill(let f) = $0 { f } else { nil } }
    }

    static func updates(_ events: [EngineEvent]) -> [OrderTransition] {
        events.compactMap { if case .orderUpdate(let u) = $0 { u.transition } else { nil } }
    }

    static func account(_ instruments: [Instrument], currency: String = "USD", deposit: String = "100000",
                        mode: AccountMode = .netting) -> Account {
        try! Account(settings: AccountSettings(currency: currency, deposit: Money(deposit, currency: currency)!, mode: mode),
                     instruments: instruments)
    }
}

/// A strategy that sends planned intents at given bar counts (1 = the first bar's close).
struct ScriptedStrategy: Strategy {
    var plan: [Int: [OrderIntent]]
    var seen = 0
    var symbol: String? = nil
    /// The tags of the fills the strategy heard of, in order.
    var filledTags: [String] = []

    init(_ plan: [Int: [OrderIntent]], symbol: String? = nil) {
        self.plan = plan
        self.symbol = symbol
    }

    mutating func onBar(_ event: BarEvent, context: StrategyContext) -> [OrderIntent] {
        if let symbol, event.symbol != symbol { return [] }
        seen += 1
        return plan[seen] ?? []
    }

    mutating func onFill(_ fill: Fill, context: StrategyContext) -> [OrderIntent] {
        filledTags.append(fill.tag)
        return []
    }
}

/// Runs `strategy` over `series` with the given markets and account.
func backtest(_ strategy: ScriptedStrategy, markets: [MarketRules], account: Account, series: [BarSeries],
              settings: ExchangeSettings = ExchangeSettings()) throws -> (BacktestResult, BacktestRunner<ScriptedStrategy>) {
    let engine = Engine(strategy: strategy, risk: PreTradeLimits(), context: StrategyContext(accountCurrency: account.currency))
    var runner = try BacktestRunner(engine: engine, exchange: SimulatedExchange(markets: markets, settings: settings),
                                    account: account)
    let result = try runner.run(series)
    return (result, runner)
}
