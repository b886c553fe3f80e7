import BallastBrokers
import BallastCore
import BallastData
import BallastEngine
import BallastExecution
import BallastRisk
import BallastStore
import Foundation

/// The composition root of `ballast paper`: the stored bars (selected as `ballast backtest`
/// selects them), the risk limits of the configuration's `risk:` section, the journaled paper
/// venue under `<home>/paper`, the SQLite ledger at `<home>/ledger.sqlite`, the risk desk, the router, and a
/// `LiveSession` running the strategy's engine — the same engine a backtest runs.
struct PaperSetup {
    static let account = "paper"

    let run: BacktestSetup
    let risk: RiskConfiguration?
    let home: String

    var ledgerPath: String { home + "/ledger.sqlite" }
    var journalPath: String { home + "/paper/venue.journal" }

    /// Reads and checks everything before anything is written: a malformed `risk:` section
    /// or a bad flag leaves the home untouched.
    init(_ options: RunOptions, home: HomeOption) throws {
        risk = try ConfigLoader.riskConfiguration(home: home.path, file: options.config)
        guard options.symbol.count == 1, !options.ticks else {
            throw CLIError(.usage, "paper replays one bar series: give one --symbol, without --ticks")
        }
        run = try BacktestSetup(options, home: home)
        guard run.bars != nil else { throw CLIError(.usage, "paper replays bars: give --symbol SYMBOL --timeframe TF") }
        self.home = home.path
        if let risk, risk.accountCurrency != run.deposit.currency {
            throw CLIError(.configError, "risk.accountCurrency is \(risk.accountCurrency), the account's currency \(run.deposit.currency)")
        }
    }

    /// The bars as market events, with the quotes the paper venue trades against (the next
    /// bar's open, the configured spread half each side: the backtest's fill prices).
    func replay() -> BarReplay {
        let c = run.configuration
        let bars = run.bars.map { stored in (0..<stored.count).map { stored.bar(at: $0) } } ?? []
        return BarReplay(symbol: run.instrument.symbol, timeframe: run.timeframe, bars: bars, point: run.instrument.point) { bar in
            c.fixedSpreadPoints ?? Int64(bar.spread) * c.spreadMultiplier
        }
    }

    /// Runs the session and reports on it.
    func execute() async throws -> PaperOutcome {
        try ModelSignalLoader.requirePromotion(run.modelRuns)
        let replay = replay()
        guard let start = replay.events.first?.time else { throw CLIError(.usage, "no bars to replay") }
        let rate = try conversionRate(replay)
        let store = try await openLedger(at: start)
        let broker = try openVenue()
        let instrument = run.instrument
        let currency = run.deposit.currency
        let instruments = AccountInstruments([instrument], accountCurrency: currency, rate: rate)
        let desk = try await openDesk(store: store, instruments: instruments, at: start)
        let router = OrderRouter(configuration: RouterConfiguration(account: Self.account, accountCurrency: currency),
                                 store: store, broker: broker, catalog: instruments, screen: desk.screen)
        await desk.attach(router: router)
        let reconciliation = try await mapped { () async throws(RouterError) in try await Reconciler(router: router).reconcile(at: start) }
        let strategy: any Strategy = try run.prebuilt
            ?? BacktestSetup.mapped { try StrategyCatalog.make(run.strategyName, parameters: run.parameters) }
        let engine = Engine(strategy: AnyStrategy(strategy), risk: PreTradeLimits(),
                            context: StrategyContext(accountCurrency: run.deposit.currency, historyLength: type(of: strategy).historyLength))
        var session = LiveSession(engine: engine, router: router, submitter: desk, store: store, strategyName: run.strategyName,
                                  symbol: instrument.symbol) { event in
            guard let quote = replay.quote(for: event) else { return }
            try await broker.update(quote: PaperQuote(symbol: quote.symbol, time: quote.time, bid: quote.bid, ask: quote.ask))
            try await Self.watch(desk, quote: quote)
        }
        do { try await session.run(replay.stream) } catch {
            throw CLIError(.storeError, "paper session stopped: \(error)")
        }
        let positions = try await mapped { () async throws(RouterError) in try await router.positions() }
        return PaperOutcome(setup: self, report: session.report, sessionID: session.sessionID?.rawValue ?? "",
                            reconciliation: reconciliation, position: positions.first { $0.symbol == instrument.symbol })
    }

    /// The risk desk of the paper account: the `risk:` section's limits (the defaults when there
    /// is none), kill switches restored from the ledger, the instrument's session calendar.
    private func openDesk(store: SQLLedgerStore, instruments: AccountInstruments, at time: Timestamp) async throws -> RiskDesk {
        let instrument = run.instrument
        let configuration = DeskConfiguration(
            account: Self.account, risk: risk ?? RiskConfiguration(accountCurrency: run.deposit.currency), catalog: instruments,
            calendars: [instrument.symbol: run.catalog.calendar(for: instrument)], deposits: run.deposit)
        do { return try await RiskDesk.open(configuration: configuration, store: store, at: time) } catch {
            throw CLIError(.storeError, "risk desk: \(error)")
        }
    }

    /// What the live loop does with every quote before the strategy sees its bar: the desk
    /// learns the quote and the ledger's latest state, then runs the kill switches and the
    /// weekend policy (whose orders go out through the router as protective orders).
    private static func watch(_ desk: RiskDesk, quote: ReplayQuote) async throws {
        await desk.update(quote: QuoteState(bid: quote.bid, ask: quote.ask, time: quote.time), for: quote.symbol)
        try await desk.refresh(at: quote.time)
        _ = try await desk.evaluateKillSwitches(at: quote.time)
        _ = try await desk.applyWeekendPolicy(at: quote.time)
    }

    /// The ledger, created and migrated on first use, with the paper account.
    private func openLedger(at time: Timestamp) async throws -> SQLLedgerStore {
        do {
            try FileManager.default.createDirectory(atPath: home + "/paper", withIntermediateDirectories: true)
        } catch {
            throw CLIError(.storeError, "\(home)/paper: cannot create: \(error.localizedDescription)")
        }
        do {
            let store = try await SQLiteLedgerStore.open(path: ledgerPath)
            if try await store.account(Self.account) == nil {
                try await store.saveAccount(AccountRecord(id: Self.account, broker: "paper", currency: run.deposit.currency,
                                                          mode: "netting", createdAt: time), audit: [])
            }
            return store
        } catch {
            throw CLIError(.storeError, "\(ledgerPath): \(error)")
        }
    }

    /// The quote-to-account rates of the replayed instrument: none needed when it is quoted in
    /// the account currency; its own price when the account currency is its base (USDJPY in a
    /// USD account). Any other account currency needs a second pair's prices, which a replay of
    /// one series does not have, so it is refused before anything is written.
    private func conversionRate(_ replay: BarReplay) throws -> ConversionRate? {
        let instrument = run.instrument, currency = run.deposit.currency
        if instrument.quoteCurrency == currency { return nil }
        guard instrument.baseCurrency == currency else {
            throw CLIError(.usage, "paper trading \(instrument.symbol) in a \(currency) account needs \(instrument.quoteCurrency)→\(currency) "
                + "rates, which a replay of one series does not have: use an account in \(instrument.quoteCurrency) or \(instrument.baseCurrency)")
        }
        return replay.ownPairRate(base: instrument.baseCurrency, quote: instrument.quoteCurrency)
    }

    /// The paper venue, journaled under `<home>/paper` (replayed when the journal exists).
    private func openVenue() throws -> PaperBroker {
        let c = run.configuration
        var settings = PaperVenueSettings(accountCurrency: run.deposit.currency,
                                          slippage: Price(raw: c.slippagePoints * run.instrument.point.raw))
        if let perLot = c.commissionPerLot.flatMap({ Money($0, currency: run.deposit.currency) }) { settings.commission = .perLot(perLot) }
        if let rate = c.commissionRate {
            // The notional is in the quote currency: exact for instruments quoted in the account currency.
            settings.commission = .perNotional(partsPerBillion: Int64((rate * 1e9).rounded()), contractSize: run.instrument.contractSize,
                                               currency: run.deposit.currency)
        }
        let instrument = run.instrument
        if instrument.swapLong != .zero || instrument.swapShort != .zero {
            // Charged like the backtest's swaps, converted at the pair's own price when the
            // account currency is its base (`conversionRate` refuses every other case).
            settings.swaps = [instrument.symbol: PaperSwapTerms(
                longPerLot: instrument.swapPerLot(long: true), shortPerLot: instrument.swapPerLot(long: false),
                tripleDay: instrument.tripleSwapDay, chargesWeekends: instrument.session.isOpenAllWeek,
                conversion: instrument.quoteCurrency == run.deposit.currency ? nil : .byOwnPrice)]
        }
        do { return try PaperBroker(journalPath: journalPath, settings: settings) } catch {
            throw CLIError(.storeError, error.description)
        }
    }

    private func mapped<T>(_ body: () async throws(RouterError) -> T) async throws -> T {
        do { return try await body() } catch { throw CLIError(.storeError, error.description) }
    }
}
