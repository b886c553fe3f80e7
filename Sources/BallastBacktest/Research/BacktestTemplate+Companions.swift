import BallastCore
import BallastEngine
import BallastRisk

extension BacktestTemplate {
    /// Another instrument of a multi-instrument run, with its own trading calendar.
    public struct Companion: Sendable {
        public var instrument: Instrument
        public var calendar: any TradingCalendar

        public init(instrument: Instrument, calendar: any TradingCalendar = AlwaysOpenCalendar()) {
            self.instrument = instrument
            self.calendar = calendar
        }
    }

    /// Runs the strategy over bar and tick series of `instrument` and the companions as one
    /// backtest, merged in time order (`BacktestRunner.run(bars:ticks:)`). Each market's bars
    /// are those of its bar series, else its tick series' `barTimeframe`, else `timeframe`.
    /// `progress`, when given, is called every 2^20 events with the count so far.
    public func run(bars: [BarSeries], ticks: [TickSeries], parameters: [String: String] = [:],
                    progress: ((Int) -> Void)? = nil) throws -> BacktestResult {
        let entries = [Companion(instrument: instrument, calendar: calendar)] + companions
        let markets = entries.map { entry in
            let frame = bars.first { $0.symbol == entry.instrument.symbol }?.timeframe
                ?? ticks.first { $0.symbol == entry.instrument.symbol }?.barTimeframe ?? timeframe
            return MarketRules(instrument: entry.instrument, timeframe: frame, calendar: entry.calendar, spread: spread,
                               commission: commission, slippage: slippage)
        }
        let instruments = entries.map(\.instrument)
        let account = try Account(settings: account, instruments: instruments,
                                  swaps: instruments.map { $0.symbol == instrument.symbol ? swaps : SwapSchedule(instrument: $0) })
        let visitor = MergedVisitor(bars: bars, ticks: ticks, exchange: SimulatedExchange(markets: markets, settings: exchange),
                                    account: account, risk: tradingStart.map { TradingWindow(start: $0, inner: risk) } ?? risk,
                                    progress: progress)
        return try visit(parameters, visitor)
    }

    /// Runs a concrete strategy type over merged series.
    struct MergedVisitor: StrategyVisitor {
        let bars: [BarSeries]
        let ticks: [TickSeries]
        let exchange: SimulatedExchange
        let account: Account
        let risk: any RiskGate
        let progress: ((Int) -> Void)?

        func visit<S: Strategy>(_ strategy: S) throws -> BacktestResult {
            let context = StrategyContext(accountCurrency: account.settings.currency, historyLength: S.historyLength)
            var runner = try BacktestRunner(engine: Engine(strategy: strategy, risk: risk, context: context),
                                            exchange: exchange, account: account)
            runner.progress = progress
            return try runner.run(bars: bars, ticks: ticks)
        }
    }
}
