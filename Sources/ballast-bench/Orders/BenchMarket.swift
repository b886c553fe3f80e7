import BallastCore
import BallastRisk
import BallastStore

/// The market and account state the benchmark's risk checks see: one instrument's last
/// quote, the ledger's positions after each fill sync, and the orders sent in the last minute.
actor BenchMarket {
    let instrument: RiskInstrument
    let equity: Money
    private var quote: QuoteState
    private var positions: [String: PositionState] = [:]
    private var ordersSent = EventWindow(seconds: 60)

    init(instrument: RiskInstrument, equity: Money, quote: QuoteState) {
        self.instrument = instrument
        self.equity = equity
        self.quote = quote
    }

    func update(quote: QuoteState) { self.quote = quote }

    func recordSent(at time: Timestamp) { ordersSent.record(at: time) }

    func update(positions records: [PositionRecord]) {
        positions = Dictionary(records.map { ($0.symbol, PositionState(quantity: $0.quantity, markPrice: quote.mid)) },
                               uniquingKeysWith: { _, last in last })
    }

    func snapshot(at time: Timestamp) -> RiskSnapshot {
        RiskSnapshot(time: time, account: AccountState(equity: equity, balance: equity, freeMargin: equity),
                     positions: positions, quotes: [instrument.symbol: quote], ordersSent: ordersSent,
                     instruments: [instrument.symbol: instrument])
    }
}
