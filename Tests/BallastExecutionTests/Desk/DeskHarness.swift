import BallastBrokers
import BallastCore
import BallastExecution
import BallastRisk
import BallastStore
import Synchronization

/// A risk desk and its router over an in-memory SQLite ledger and a paper venue, with EURUSD
/// (FX hours) and BTCUSD (always open) in a USD account holding 10 000 USD of deposits.
struct DeskHarness {
    static let account = "desk-1"
    static let eurusd = try! Instrument(symbol: "EURUSD", assetClass: .fx, baseCurrency: "EUR", quoteCurrency: "USD", digits: 5,
                                        contractSize: Quantity(100_000), volumeMin: Quantity("0.01")!,
                                        volumeStep: Quantity("0.01")!, volumeMax: Quantity(100), marginRate: 0.0333,
                                        session: .alwaysOpen)
    static let btcusd = try! Instrument(symbol: "BTCUSD", assetClass: .crypto, baseCurrency: "BTC", quoteCurrency: "USD", digits: 2,
                                        contractSize: Quantity(1), volumeMin: Quantity("0.01")!,
                                        volumeStep: Quantity("0.01")!, volumeMax: Quantity(100), marginRate: 0.5,
                                        session: .alwaysOpen)
    /// Tuesday 2024-03-05 10:00 UTC (the trading day began at 00:00 UTC).
    static let t0 = Timestamp(year: 2024, month: 3, day: 5, hour: 10)

    let store: SQLLedgerStore
    let paper: PaperBroker
    let venue: RecordingBroker
    let catalog = AccountInstruments([eurusd, btcusd], accountCurrency: "USD")

    init() async throws {
        store = try await SQLiteLedgerStore.inMemory()
        try await store.saveAccount(AccountRecord(id: Self.account, broker: "paper", currency: "USD", mode: "netting",
                                                  createdAt: Self.t0), audit: [])
        paper = PaperBroker()
        venue = RecordingBroker(paper, store: store)
    }

    /// Daily loss of 500 USD flattens; FX is flattened 30 minutes before the weekend close.
    static func risk(dailyLossLimit: String = "500") -> RiskConfiguration {
        RiskConfiguration(accountCurrency: "USD",
                          killSwitches: KillSwitchConfiguration(dailyLoss: KillSwitchTrigger(limit: usd(dailyLossLimit), grade: .flatten)),
                          weekend: WeekendPolicy(leadSeconds: 30 * 60, actions: [.fx: .flatten]))
    }

    func configuration(_ risk: RiskConfiguration = DeskHarness.risk()) -> DeskConfiguration {
        DeskConfiguration(account: Self.account, risk: risk, catalog: catalog, calendars: ["EURUSD": DeskFXCalendar()],
                          deposits: Self.usd("10000"))
    }

    /// A desk opened from the store (as after a restart) with a router attached whose screen is the desk.
    func open(_ risk: RiskConfiguration = DeskHarness.risk(), at time: Timestamp = DeskHarness.t0) async throws -> (RiskDesk, OrderRouter) {
        let desk = try await RiskDesk.open(configuration: configuration(risk), store: store, at: time)
        let router = OrderRouter(configuration: RouterConfiguration(account: Self.account, accountCurrency: "USD"), store: store,
                                 broker: venue, catalog: catalog, screen: desk.screen, sleeper: RecordingSleeper())
        await desk.attach(router: router)
        return (desk, router)
    }

    /// Feeds one quote to the venue and the desk.
    func quote(_ desk: RiskDesk, _ symbol: String = "EURUSD", bid: String, ask: String, at time: Timestamp) async throws {
        try await paper.update(quote: PaperQuote(symbol: symbol, time: time, bid: Price(bid)!, ask: Price(ask)!))
        await desk.update(quote: QuoteState(bid: Price(bid)!, ask: Price(ask)!, time: time), for: symbol)
    }

    static func intent(_ id: String, _ side: OrderSide, _ lots: String, symbol: String = "EURUSD", type: OrderType = .market,
                       at time: Timestamp = t0) -> TradeIntent {
        TradeIntent(id: IntentID(id), account: account, strategy: "sma",
                    order: OrderIntent(symbol: symbol, side: side, quantity: Quantity(lots)!, type: type),
                    createdAt: time, referencePrice: Price("1.1")!)
    }

    static func usd(_ text: String) -> Money { Money(text, currency: "USD")! }
    static func lots(_ text: String) -> Quantity { Quantity(text)! }
    static func minutes(_ n: Int64) -> Int64 { n * 60 * Timestamp.nanosPerSecond }

    func audit() async throws -> [AuditEntry] { try await store.auditLog(after: 0, limit: 10_000) }
}

/// A paper broker that notes, for every submit and cancel, how many kill switch events the
/// store held when the call reached the venue.
final class RecordingBroker: Broker {
    struct Call: Sendable, Hashable {
        var kind: String
        var id: ClientOrderID
        var killSwitchEventsStored: Int
    }

    let inner: PaperBroker
    let store: SQLLedgerStore
    private let recorded = Mutex<[Call]>([])

    init(_ inner: PaperBroker, store: SQLLedgerStore) {
        self.inner = inner
        self.store = store
    }

    var calls: [Call] { recorded.withLock { $0 } }
    var name: String { inner.name }
    var supportsBrackets: Bool { inner.supportsBrackets }

    func submit(_ request: OrderRequest) async throws(BrokerError) -> BrokerOrder {
        await note("submit", request.clientID)
        return try await inner.submit(request)
    }

    func cancel(_ id: ClientOrderID, account: String) async throws(BrokerError) -> BrokerOrder {
        await note("cancel", id)
        return try await inner.cancel(id, account: account)
    }

    func order(_ id: ClientOrderID, account: String) async throws(BrokerError) -> BrokerOrder? { try await inner.order(id, account: account) }
    func openOrders(account: String) async throws(BrokerError) -> [BrokerOrder] { try await inner.openOrders(account: account) }
    func positions(account: String) async throws(BrokerError) -> [BrokerPosition] { try await inner.positions(account: account) }
    func fills(account: String, after sequence: UInt64) async throws(BrokerError) -> [BrokerFill] {
        try await inner.fills(account: account, after: sequence)
    }

    private func note(_ kind: String, _ id: ClientOrderID) async {
        let stored = (try? await store.killSwitchEvents(account: DeskHarness.account).count) ?? -1
        recorded.withLock { $0.append(Call(kind: kind, id: id, killSwitchEventsStored: stored)) }
    }
}

/// FX hours in UTC: closed from Friday 22:00 to Sunday 22:00 (no daily break, for brevity).
struct DeskFXCalendar: TradingCalendar {
    func isOpen(at time: Timestamp) -> Bool {
        let weekday = CivilCalendar.weekday(fromDays: time.days)  // Sunday = 0
        let minute = Int((time.nanoseconds - Int64(time.days) * Timestamp.nanosPerDay) / 60_000_000_000)
        switch weekday {
        case 6: return false
        case 5: return minute < 22 * 60
        case 0: return minute >= 22 * 60
        default: return true
        }
    }
}
