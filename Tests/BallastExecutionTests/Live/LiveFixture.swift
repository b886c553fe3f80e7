import BallastBrokers
import BallastCore
import BallastData
import BallastEngine
import BallastExecution
import BallastRisk
import BallastStore
import BallastTestSupport

/// A paper session's parts: an in-memory ledger, an in-memory paper venue and a router.
struct LivePaper {
    static let account = "paper"
    static let instrument = RouterHarness.eurusd

    let store: SQLLedgerStore
    let broker: PaperBroker
    let router: OrderRouter

    static func make(store existing: SQLLedgerStore? = nil, broker venue: PaperBroker? = nil,
                     screen: any IntentScreen = AcceptingScreen()) async throws -> LivePaper {
        let store = if let existing { existing } else { try await SQLiteLedgerStore.inMemory() }
        if try await store.account(account) == nil {
            try await store.saveAccount(AccountRecord(id: account, broker: "paper", currency: "USD", mode: "netting",
                                                      createdAt: Timestamp(nanoseconds: 0)), audit: [])
        }
        let broker = venue ?? PaperBroker()
        let router = OrderRouter(configuration: RouterConfiguration(account: account, accountCurrency: "USD"), store: store,
                                 broker: broker, catalog: AccountInstruments([instrument], accountCurrency: "USD"), screen: screen)
        return LivePaper(store: store, broker: broker, router: router)
    }

    /// A session running `strategy` over `replay`, feeding the replay's quotes to the paper venue.
    func session<S: Strategy>(_ strategy: S, replay: BarReplay, historyLength: Int = 0) -> LiveSession<S> {
        let engine = Engine(strategy: strategy, risk: PreTradeLimits(),
                            context: StrategyContext(accountCurrency: "USD", historyLength: historyLength))
        return LiveSession(engine: engine, router: router, store: store, strategyName: "test", symbol: replay.symbol) { [broker] event in
            guard let quote = replay.quote(for: event) else { return }
            try await broker.update(quote: PaperQuote(symbol: quote.symbol, time: quote.time, bid: quote.bid, ask: quote.ask))
        }
    }

    /// The first `count` bars of HistData's EURUSD M1 for January 2017 (real data, no spread column).
    static func eurusdBars(_ count: Int) throws -> [Bar] {
        let read = try HistDataM1Reader().read(
            try ByteSource(path: TestData.path("histdata/DAT_ASCII_EURUSD_M1_201701.csv.gz")), options: ReadOptions())
        guard case .bars(let columns) = read.payload else { return [] }
        return (0..<min(count, columns.count)).map { columns[$0] }
    }
}
