import BallastCore
import BallastRisk
import BallastStore

/// The minimal account and market state the risk screen of `ballast paper` sees: the
/// replay's latest quote, the ledger's positions, the deposit as equity, and the intents
/// screened in the last minute (for the order-rate rule).
actor PaperMarket {
    let instrument: RiskInstrument
    let equity: Money
    let store: any LedgerStore
    let account: String
    private var quote: QuoteState?
    private var screened = EventWindow(seconds: 60)

    init(instrument: RiskInstrument, equity: Money, store: any LedgerStore, account: String) {
        self.instrument = instrument
        self.equity = equity
        self.store = store
        self.account = account
    }

    func update(quote: QuoteState) { self.quote = quote }

    /// The state at `time`; each call counts as one intent sent (the screen asks once per intent).
    func snapshot(at time: Timestamp) async -> RiskSnapshot {
        screened.record(at: time)
        let records = (try? await store.positions(account: account)) ?? []
        let mark = quote?.mid ?? .zero
        let positions = Dictionary(records.map { ($0.symbol, PositionState(quantity: $0.quantity, markPrice: mark)) },
                                   uniquingKeysWith: { _, last in last })
        return RiskSnapshot(time: time, account: AccountState(equity: equity, balance: equity, freeMargin: equity),
                            positions: positions, quotes: quote.map { [instrument.symbol: $0] } ?? [:], ordersSent: screened,
                            instruments: [instrument.symbol: instrument])
    }
}
