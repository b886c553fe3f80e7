import ArgumentParser
import BallastBrokers
import BallastCore
import BallastExecution
import BallastRisk
import BallastStore

/// `ballast-bench chaos-session` (internal): the trading process the chaos benchmark kills.
/// On start it reconciles the ledger with the venue, then resumes the script after the last
/// recorded intent; every step feeds a quote, submits an intent and syncs fills.
struct ChaosSession: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chaos-session", abstract: "One run of the chaos benchmark's trading process.", shouldDisplay: false)

    @Option var store: BenchStoreKind
    @Option var directory: String
    @Option var postgresURL: String?
    @Option var schema: String?
    @Option var steps: Int

    func run() async throws {
        let ledger = try await ChaosLedger.open(store, directory: directory, postgresURL: postgresURL, schema: schema)
        do {
            try await trade(ledger)
        } catch {
            await ledger.close()
            throw error
        }
        await ledger.close()
    }

    private func trade(_ ledger: SQLLedgerStore) async throws {
        let script = ChaosScript(steps: steps)
        let broker = try PaperBroker(journalPath: directory + "/venue.journal", settings: OrderPathFixture.venueSettings, syncs: false)
        try await ChaosLedger.ensureAccount(ledger)
        let market = BenchMarket(instrument: RiskInstrument(spec: OrderPathFixture.instrument, calendar: AlwaysOpenCalendar()),
                                 equity: Money("1000000", currency: "USD")!,
                                 quote: QuoteState(bid: script.quote(0).bid, ask: script.quote(0).ask, time: ChaosScript.start))
        let screen = RiskScreen(manager: RiskManager(configuration: OrderPathFixture.riskConfiguration)) { await market.snapshot(at: $0) }
        let router = OrderRouter(configuration: RouterConfiguration(account: ChaosScript.account, accountCurrency: "USD"),
                                 store: ledger, broker: broker,
                                 catalog: AccountInstruments([OrderPathFixture.instrument], accountCurrency: "USD"), screen: screen)
        let resume = try await ChaosLedger.recordedIntents(ledger)
        let now = ChaosScript.time(of: max(resume, 1) - 1)
        let recovery = try await Reconciler(router: router).reconcile(at: Timestamp(nanoseconds: now.nanoseconds + 1))
        try ChaosRecovery(resumedAt: resume, report: recovery).append(to: directory + "/recoveries.log")
        await market.update(positions: try await router.positions())
        for step in resume..<script.steps {
            let time = ChaosScript.time(of: step), (bid, ask) = script.quote(step)
            try await broker.update(quote: PaperQuote(symbol: ChaosScript.symbol, time: time, bid: bid, ask: ask))
            await market.update(quote: QuoteState(bid: bid, ask: ask, time: time))
            _ = try await router.submit(script.intent(step), at: time)
            await market.recordSent(at: time)
            if !(try await router.syncFills(at: time)).recorded.isEmpty {
                await market.update(positions: try await router.positions())
            }
        }
        _ = try await Reconciler(router: router).reconcile(at: ChaosScript.time(of: script.steps))
    }
}
