import BallastCore
import BallastEngine
import BallastRisk

/// Everything a backtest needs except the strategy's parameters and the bars: the instrument, its
/// costs, the account and the risk limits. Research runs (sweeps, walk-forward, stress) build one
/// fresh engine, exchange and account per run from it, so runs share nothing mutable.
public struct BacktestTemplate: Sendable {
    public var instrument: Instrument
    public var timeframe: Timeframe
    public var calendar: any TradingCalendar
    public var spread: any SpreadModel
    public var slippage: any SlippageModel
    public var commission: any CommissionModel
    public var exchange: ExchangeSettings
    public var account: AccountSettings
    public var swaps: SwapSchedule
    public var risk: PreTradeLimits
    /// When set, intents before this time are refused (see `TradingWindow`): the bars before it
    /// only warm the strategy up.
    public var tradingStart: Timestamp?
    /// The catalog name of the strategy.
    public var strategy: String
    /// Parameters every run gets (symbol, quantity); a run's own parameters override them.
    public var baseParameters: [String: String]
    /// A strategy value to run instead of the catalog's `strategy` (a model signal built from a
    /// training run, say); `strategy` then only names it in reports and parameters are not applied.
    public var prebuilt: (any Strategy)?
    /// Further instruments of a multi-instrument run (`run(bars:ticks:parameters:progress:)`),
    /// after `instrument` in the exchange's and the account's lists; they pay the same costs.
    public var companions: [Companion] = []

    public init(instrument: Instrument, timeframe: Timeframe, strategy: String, baseParameters: [String: String] = [:],
                account: AccountSettings, calendar: any TradingCalendar = AlwaysOpenCalendar(),
                spread: any SpreadModel = BarSpread(), slippage: any SlippageModel = NoSlippage(),
                commission: any CommissionModel = NoCommission(), exchange: ExchangeSettings = ExchangeSettings(),
                swaps: SwapSchedule? = nil, risk: PreTradeLimits? = nil) {
        self.instrument = instrument
        self.timeframe = timeframe
        self.strategy = strategy
        self.baseParameters = baseParameters
        self.account = account
        self.calendar = calendar
        self.spread = spread
        self.slippage = slippage
        self.commission = commission
        self.exchange = exchange
        self.swaps = swaps ?? SwapSchedule(instrument: instrument)
        self.risk = risk ?? PreTradeLimits(allowedSymbols: [instrument.symbol])
    }

    /// The base parameters with `parameters` laid over them.
    public func parameters(_ parameters: [String: String]) -> [String: String] {
        baseParameters.merging(parameters) { _, run in run }
    }

    /// Runs the strategy with `parameters` over `series`. Throws `StrategyParameterError` for
    /// parameters the strategy refuses, `BacktestError` when the run cannot start.
    public func run(_ series: BarSeries, parameters: [String: String] = [:]) throws -> BacktestResult {
        let market = MarketRules(instrument: instrument, timeframe: timeframe, calendar: calendar, spread: spread,
                                 commission: commission, slippage: slippage)
        let visitor = Visitor(series: series, exchange: SimulatedExchange(markets: [market], settings: exchange),
                              account: try Account(settings: account, instruments: [instrument], swaps: [swaps]),
                              risk: tradingStart.map { TradingWindow(start: $0, inner: risk) } ?? risk)
        return try visit(parameters, visitor)
    }

    /// Hands `visitor` the strategy to run: `prebuilt` when set, else the catalog's `strategy`
    /// with `parameters` over the base ones.
    func visit<V: StrategyVisitor>(_ parameters: [String: String], _ visitor: V) throws -> V.Output {
        if let prebuilt { return try visitor.visit(prebuilt) }
        return try StrategyCatalog.visit(strategy, parameters: self.parameters(parameters), visitor)
    }

    /// The statistics of a run of this template.
    public func statistics(_ result: BacktestResult) -> PerformanceStats {
        result.statistics(contractSize: instrument.contractSize.doubleValue)
    }

    /// Runs a concrete strategy type (the catalog hands it over, so the loop is specialised).
    struct Visitor: StrategyVisitor {
        let series: BarSeries
        let exchange: SimulatedExchange
        let account: Account
        let risk: any RiskGate

        func visit<S: Strategy>(_ strategy: S) throws -> BacktestResult {
            let engine = Engine(strategy: strategy, risk: risk, context: StrategyContext(accountCurrency: account.settings.currency, historyLength: S.historyLength))
            var runner = try BacktestRunner(engine: engine, exchange: exchange, account: account)
            return try runner.run([series])
        }
    }
}
