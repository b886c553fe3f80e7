import BallastBrokers
import BallastCore
import BallastExecution
import BallastStore
import BallastTestSupport
import Foundation

/// A router over a real `PaperBroker` (in memory or journaled) and a fresh store from one of
/// the test backends (in-memory SQLite, and PostgreSQL when BALLAST_TEST_POSTGRES_URL is set).
struct PaperRouterHarness {
    /// How the paper broker keeps its venue.
    enum VenueKind: String, CaseIterable, Sendable { case memory, journal }

    /// One scenario's set-up: the store backend and the venue kind.
    struct Setup: Sendable, CustomStringConvertible {
        let backend: StoreBackend
        let venue: VenueKind
        var description: String { "\(backend.name)/\(venue.rawValue)" }

        /// Every combination the router integration tests run on.
        static var all: [Setup] {
            ([StoreBackend.sqliteMemory] + StoreBackend.postgres).flatMap { backend in
                VenueKind.allCases.map { Setup(backend: backend, venue: $0) }
            }
        }
    }

    static let account = Fixtures.account
    static let settings = PaperVenueSettings(commission: .perLot(Money("3.5", currency: "USD")!))

    let handle: StoreHandle
    let broker: PaperBroker
    let sleeper = RecordingSleeper()
    let catalog: AccountInstruments
    private let journal: URL?

    var store: any LedgerStore { handle.store }

    init(_ setup: Setup, faults: FaultPlan = .none, settings: PaperVenueSettings = Self.settings,
         catalog: AccountInstruments = AccountInstruments([RouterHarness.eurusd], accountCurrency: "USD")) async throws {
        handle = try await setup.backend.make()
        try await handle.store.saveAccount(AccountRecord(id: Self.account, broker: "paper", currency: "USD", mode: "netting",
                                                         createdAt: Fixtures.t0), audit: [])
        switch setup.venue {
        case .memory:
            journal = nil
            broker = PaperBroker(venue: PaperVenue(settings: settings), faults: faults)
        case .journal:
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("ballast-paper-\(UUID().uuidString).jsonl")
            journal = url
            broker = try PaperBroker(journalPath: url.path, settings: settings, syncs: false, faults: faults)
        }
        self.catalog = catalog
    }

    /// Closes the store and removes what the scenario left behind.
    func finish() async {
        await handle.store.close()
        await handle.cleanup()
        if let journal { try? FileManager.default.removeItem(at: journal) }
    }

    func router(catalog: AccountInstruments? = nil) -> OrderRouter {
        let configuration = RouterConfiguration(account: Self.account, accountCurrency: "USD", approvalDriftBasisPoints: nil,
                                                retry: RetryPolicy(maxAttempts: 4, initialDelay: 1_000_000, maxDelay: 8_000_000, seed: 11),
                                                callTimeout: 5 * Timestamp.nanosPerSecond)
        return OrderRouter(configuration: configuration, store: store, broker: broker, catalog: catalog ?? self.catalog,
                           sleeper: sleeper)
    }

    /// Feeds a EURUSD (or `symbol`) quote `second`s after `Fixtures.t0`.
    func quote(_ bid: String, _ ask: String, second: Int64, symbol: String = "EURUSD") async throws {
        try await broker.update(quote: PaperQuote(symbol: symbol, time: Fixtures.t0 + second * Timestamp.nanosPerSecond,
                                                  bid: Price(bid)!, ask: Price(ask)!))
    }

    static func intent(_ id: String, _ side: OrderSide = .buy, _ lots: String = "1", type: OrderType = .market,
                       bracket: Bracket? = nil, second: Int64 = 0) -> TradeIntent {
        TradeIntent(id: IntentID(id), account: account, strategy: "paper",
                    order: OrderIntent(symbol: "EURUSD", side: side, quantity: Quantity(lots)!, type: type, bracket: bracket),
                    createdAt: Fixtures.t0 + second * Timestamp.nanosPerSecond, referencePrice: Price("1.1")!)
    }

    static func at(_ second: Int64) -> Timestamp { Fixtures.t0 + second * Timestamp.nanosPerSecond }

    /// The venue's orders placed under `id` (more than one means it was sent twice).
    func venueOrders(_ id: ClientOrderID) async -> [BrokerOrder] { await broker.venue.orders(id, account: Self.account) }

    func venueFills() async -> [BrokerFill] { await broker.venue.fills(account: Self.account, after: 0) }

    func ledgerQuantity(_ symbol: String = "EURUSD") async throws -> Quantity {
        try await store.position(account: Self.account, symbol: symbol)?.quantity ?? .zero
    }
}

/// Runs `body` with a fresh harness, always cleaning up.
func withPaperHarness(_ setup: PaperRouterHarness.Setup, faults: FaultPlan = .none,
                      settings: PaperVenueSettings = PaperRouterHarness.settings,
                      catalog: AccountInstruments = AccountInstruments([RouterHarness.eurusd], accountCurrency: "USD"),
                      _ body: (PaperRouterHarness) async throws -> Void) async throws {
    let harness = try await PaperRouterHarness(setup, faults: faults, settings: settings, catalog: catalog)
    do { try await body(harness) } catch {
        await harness.finish()
        throw error
    }
    await harness.finish()
}
