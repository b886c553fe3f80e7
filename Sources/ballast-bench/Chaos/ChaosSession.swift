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
        let resume = try await ChaosLedger.recordedIntents(ledger)
        let now = Timestamp(nanoseconds: ChaosScript.time(of: max(resume, 1) - 1).nanoseconds + 1)
        let path = try await BenchDesk.open(account: ChaosScript.account, store: ledger, broker: broker, at: now)
        let recovery = try await Reconciler(router: path.router).reconcile(at: now)
        try ChaosRecovery(resumedAt: resume, report: recovery).append(to: directory + "/recoveries.log")
        try await path.desk.refresh(at: now)
        for step in resume..<script.steps {
            let time = ChaosScript.time(of: step), (bid, ask) = script.quote(step)
            try await broker.update(quote: PaperQuote(symbol: ChaosScript.symbol, time: time, bid: bid, ask: ask))
            await path.desk.update(quote: QuoteState(bid: bid, ask: ask, time: time), for: ChaosScript.symbol)
            _ = try await path.desk.submit(script.intent(step), at: time)
            _ = try await path.syncFills(at: time)
        }
        _ = try await Reconciler(router: path.router).reconcile(at: ChaosScript.time(of: script.steps))
    }
}
