import BallastBrokers
import BallastCore
import BallastExecution
import BallastRisk
import BallastStore

/// The risk path the order benchmarks trade through, built as `ballast paper` builds it: the
/// account's risk desk opened on the ledger, screening for a router that persists to the same
/// ledger and routes to the paper venue.
struct BenchDesk: Sendable {
    let desk: RiskDesk
    let router: OrderRouter

    /// Opens the desk of `account` (the benchmark's limits and instrument, one million USD paid in)
    /// and its router.
    static func open(account: String, store: any LedgerStore, broker: PaperBroker, at time: Timestamp) async throws -> BenchDesk {
        let instruments = AccountInstruments([OrderPathFixture.instrument], accountCurrency: "USD")
        let configuration = DeskConfiguration(account: account, risk: OrderPathFixture.riskConfiguration, catalog: instruments,
                                              deposits: Money("1000000", currency: "USD")!)
        let desk = try await RiskDesk.open(configuration: configuration, store: store, at: time)
        let router = OrderRouter(configuration: RouterConfiguration(account: account, accountCurrency: "USD"), store: store,
                                 broker: broker, catalog: instruments, screen: desk.screen)
        await desk.attach(router: router)
        return BenchDesk(desk: desk, router: router)
    }

    /// Syncs the venue's fills into the ledger, then refreshes the desk from it.
    func syncFills(at time: Timestamp) async throws -> FillSyncReport {
        let report = try await router.syncFills(at: time)
        try await desk.refresh(at: time)
        return report
    }
}
