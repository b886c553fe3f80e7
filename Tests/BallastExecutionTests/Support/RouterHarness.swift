import BallastCore
import BallastExecution
import BallastStore

/// A router over an in-memory SQLite ledger and a scripted venue.
struct RouterHarness {
    static let account = Fixtures.account
    static let eurusd = try! Instrument(symbol: "EURUSD", assetClass: .fx, baseCurrency: "EUR", quoteCurrency: "USD", digits: 5,
                                        contractSize: Quantity(100_000), volumeMin: Quantity("0.01")!,
                                        volumeStep: Quantity("0.01")!, volumeMax: Quantity(100), marginRate: 0.0333,
                                        session: .alwaysOpen)

    let store: SQLLedgerStore
    let venue: ScriptedVenue
    let sleeper = RecordingSleeper()
    let catalog = AccountInstruments([eurusd], accountCurrency: "USD")

    init(supportsBrackets: Bool = false) async throws {
        store = try await SQLiteLedgerStore.inMemory()
        try await store.saveAccount(AccountRecord(id: Self.account, broker: "scripted", currency: "USD", mode: "netting",
                                                  createdAt: Fixtures.t0), audit: [])
        venue = ScriptedVenue(supportsBrackets: supportsBrackets)
    }

    func configuration(_ autonomy: AutonomyMode = .fullAuto) -> RouterConfiguration {
        RouterConfiguration(account: Self.account, accountCurrency: "USD", autonomy: autonomy,
                            approvalTimeout: 60 * Timestamp.nanosPerSecond, approvalDriftBasisPoints: 50,
                            retry: RetryPolicy(maxAttempts: 4, initialDelay: 1_000_000, maxDelay: 8_000_000, seed: 7),
                            callTimeout: 5 * Timestamp.nanosPerSecond)
    }

    /// A new router instance over the same store and venue (as after a restart).
    func router(_ autonomy: AutonomyMode = .fullAuto, screen: any IntentScreen = AcceptingScreen(),
                throttle: BrokerThrottle? = nil) -> OrderRouter {
        OrderRouter(configuration: configuration(autonomy), store: store, broker: venue, catalog: catalog, screen: screen,
                    throttle: throttle, sleeper: sleeper)
    }

    static func intent(_ id: String = "sma/EURUSD/1", side: OrderSide = .buy, lots: String = "1", type: OrderType = .market,
                       bracket: Bracket? = nil, account: String = account) -> TradeIntent {
        TradeIntent(id: IntentID(id), account: account, strategy: "sma",
                    order: OrderIntent(symbol: "EURUSD", side: side, quantity: Quantity(lots) ?? .zero, type: type, bracket: bracket),
                    createdAt: Fixtures.t0, referencePrice: Price("1.1")!)
    }

    func audit() async throws -> [AuditEntry] { try await store.auditLog(after: 0, limit: 10_000) }
}
