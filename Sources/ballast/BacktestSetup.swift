import BallastBacktest
import BallastCore
import BallastData
import BallastResearch
import BallastEngine
import BallastRisk
import Foundation

/// Everything a CLI backtest needs, resolved from flags, the catalog and the store: the
/// composition root for backtests.
struct BacktestSetup {
    let instrument: Instrument
    let timeframe: Timeframe
    let strategyName: String
    let parameters: [String: String]
    /// The `model-signal` strategy built from its training runs; nil for catalog strategies.
    let prebuilt: ModelSignalStrategy?
    /// The training runs behind `prebuilt`.
    let modelRuns: [ExperimentRun]
    /// Intents before this time are refused (a model's training data only warms it up).
    let tradingStart: Timestamp?
    /// Every `--symbol`, in order; the first is `instrument`.
    let legs: [BacktestLeg]
    let catalog: InstrumentCatalog
    let deposit: Money
    /// Costs and account mode from the configuration file.
    let configuration: RunConfiguration

    /// A finished run and how long the engine took.
    struct Outcome {
        var result: BacktestResult
        var seconds: Double
        /// The run's statistics, with the capacity estimate.
        var stats: PerformanceStats
    }

    init(_ c: RunOptions, home: HomeOption) throws {
        catalog = try CatalogLoader.load(home: home.path)
        configuration = try ConfigLoader.runConfiguration(home: home.path, file: c.config)
        guard !c.symbol.isEmpty else { throw CLIError(.usage, "give at least one --symbol") }
        let wanted = try c.symbol.map { try BacktestLeg.parse($0, timeframe: c.timeframe, ticks: c.ticks) }
        let catalog = catalog
        let instruments = try wanted.map { symbol, _ in
            guard let instrument = catalog.resolve(symbol: symbol, profile: nil) else {
                throw CLIError(.configError, "\(symbol) is not in the instrument catalog; add it to <home>/instruments.yaml to backtest it")
            }
            return instrument
        }
        guard Set(instruments.map(\.symbol)).count == instruments.count else {
            throw CLIError(.usage, "each instrument may be given once: \(c.symbol.joined(separator: ", "))")
        }
        instrument = instruments[0]
        timeframe = wanted[0].frame ?? c.timeframe
        let name = c.strategy ?? configuration.strategy ?? "sma-cross"
        strategyName = name
        let descriptor = StrategyCatalog.descriptor(named: name)
        guard descriptor != nil || name == ModelSignalLoader.name else {
            throw CLIError(.usage, "no strategy '\(name)'; known: \((StrategyCatalog.names + [ModelSignalLoader.name]).joined(separator: ", "))")
        }
        var parameters = ["symbol": instrument.symbol]
        if descriptor?.parameters.contains(where: { $0.name == "quantity" }) ?? true { parameters["quantity"] = "1" }
        if configuration.strategy == nil || name == configuration.strategy { parameters.merge(configuration.parameters) { _, new in new } }
        for entry in c.params {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw CLIError(.usage, "--param takes k=v, got '\(entry)'") }
            parameters[parts[0]] = parts[1]
        }
        self.parameters = parameters
        if name == ModelSignalLoader.name {
            let loaded = try ModelSignalLoader.strategy(parameters: parameters, symbol: instrument.symbol, timeframe: timeframe, home: home.path)
            prebuilt = loaded.strategy
            modelRuns = loaded.runs
            tradingStart = try ModelSignalLoader.tradingStart(parameters: parameters, runs: loaded.runs)
        } else {
            (prebuilt, modelRuns, tradingStart) = (nil, [], nil)
        }
        let amount = c.deposit ?? configuration.deposit ?? "100000", currency = c.currency ?? configuration.currency ?? "USD"
        guard let money = Money(amount, currency: currency), money.raw > 0 else {
            throw CLIError(.usage, "the deposit must be a positive amount, got '\(amount)'")
        }
        deposit = money
        let (from, to) = (try Timestamp.option(c.from), try Timestamp.option(c.to))
        legs = try zip(instruments, wanted).map { instrument, want in
            try BacktestLeg.load(instrument, frame: want.frame, from: from, to: to, home: home.path)
        }
    }

    /// The run as research takes it: the instrument's calendar, the bars' spread (half each side),
    /// the instrument's swaps, the symbol as the only one allowed.
    var template: BacktestTemplate {
        let c = configuration
        let spread: any SpreadModel = c.fixedSpreadPoints.map { FixedSpread(points: $0) } ?? BarSpread(multiplier: c.spreadMultiplier)
        var commission: any CommissionModel = NoCommission()
        if let perLot = c.commissionPerLot.flatMap({ Money($0, currency: deposit.currency) }) { commission = PerLotCommission(perLot: perLot) }
        if let rate = c.commissionRate { commission = NotionalCommission(rate: rate) }
        let slippage: any SlippageModel = c.slippagePoints > 0 ? FixedSlippage(points: c.slippagePoints) : NoSlippage()
        var template = BacktestTemplate(
            instrument: instrument, timeframe: timeframe, strategy: strategyName, baseParameters: parameters,
            account: AccountSettings(currency: deposit.currency, deposit: deposit, mode: c.hedging ? .hedging : .netting),
            calendar: catalog.calendar(for: instrument), spread: spread, slippage: slippage, commission: commission,
            exchange: ExchangeSettings(spreadConvention: .halfEachSide), risk: PreTradeLimits(allowedSymbols: Set(legs.map(\.symbol))))
        template.prebuilt = prebuilt
        template.tradingStart = tradingStart
        template.companions = legs.dropFirst().map { .init(instrument: $0.instrument, calendar: catalog.calendar(for: $0.instrument)) }
        return template
    }

    /// The costs in words, for reports.
    var costDescription: String {
        let c = configuration
        var parts = [c.fixedSpreadPoints.map { "a fixed spread of \($0) points" }
                     ?? (c.spreadMultiplier == 1 ? "the bars' spread" : "the bars' spread ×\(c.spreadMultiplier)")]
        if let perLot = c.commissionPerLot { parts.append("commission \(perLot) \(deposit.currency) per lot") }
        if let rate = c.commissionRate { parts.append("commission \(rate) of notional") }
        if c.slippagePoints > 0 { parts.append("\(c.slippagePoints) points of slippage") }
        parts.append("the instrument's swaps")
        return parts.joined(separator: ", ") + (c.hedging ? "; hedging account" : "")
    }

    /// The stored bars of a run over one bar series, else nil.
    var bars: StoredBars? {
        guard legs.count == 1, case .bars(let bars) = legs[0].data else { return nil }
        return bars
    }

    /// A hash of each bar leg's data as replayed (`SYMBOL/TF` → `xxh64:…`), recorded with runs.
    var dataHashes: [String: String] {
        var hashes: [String: String] = [:]
        for leg in legs {
            if case .bars(let bars) = leg.data { hashes["\(leg.symbol)/\(bars.key.timeframe?.rawValue ?? timeframe.rawValue)"] = bars.contentHash }
        }
        return hashes
    }

    /// The one bar series that research runs (sweeps, walk-forward, stress) take.
    func barSeries(for command: String) throws -> BarSeries {
        guard let bars else { throw CLIError(.usage, "\(command) runs over one bar series: give one --symbol, without --ticks") }
        return BarSeries(symbol: instrument.symbol, timeframe: timeframe, stored: bars)
    }

    /// Bars and ticks events replayed in all.
    var events: Int { legs.reduce(0) { $0 + $1.count } }

    /// Runs the strategy through the engine, the simulated exchange and the account, every leg
    /// merged in time order. `progress` gets the events handled so far, every 2^20.
    func run(progress: ((Int) -> Void)? = nil) throws -> Outcome {
        var bars: [BarSeries] = [], ticks: [TickSeries] = []
        for leg in legs {
            switch leg.data {
            case .bars(let stored):
                bars.append(BarSeries(symbol: leg.symbol, timeframe: stored.key.timeframe ?? timeframe, stored: stored))
            case .ticks(let stored):
                ticks.append(TickSeries(symbol: leg.symbol, stored: stored, barTimeframe: timeframe))
            }
        }
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try Self.mapped { try template.run(bars: bars, ticks: ticks, progress: progress) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Outcome(result: result, seconds: seconds, stats: statistics(of: result))
    }

    /// The statistics of a run, with the capacity estimate: the smallest deployable capital over
    /// the instruments traded, each at 10% participation in its bars' (or ticks') volume; none when
    /// any traded instrument's data has no volume.
    func statistics(of result: BacktestResult) -> PerformanceStats {
        var stats = result.statistics(contractSize: instrument.contractSize.doubleValue)
        let frameNanos = timeframe.seconds * Timestamp.nanosPerSecond
        var capacities: [Double] = []
        for leg in legs {
            let fills = result.fills.filter { $0.symbol == leg.symbol }
            guard !fills.isEmpty else { continue }
            let volume = leg.volumeBars(frameNanos: frameNanos)
            guard let capital = CapacityEstimate.capital(
                fills: fills, openTimes: volume.openTimes, volumes: volume.volumes,
                contractSize: leg.instrument.contractSize.doubleValue, participation: 0.1, deposit: deposit.doubleValue)
            else { return stats }
            capacities.append(capital)
        }
        stats.capacity = capacities.min()
        return stats
    }

    /// `body`, with strategy parameter errors as usage errors and run failures as configuration errors.
    static func mapped<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as CLIError {
            throw error
        } catch let error as StrategyParameterError {
            throw CLIError(.usage, error.description)
        } catch {
            throw CLIError(.configError, "\(error)")
        }
    }
}
