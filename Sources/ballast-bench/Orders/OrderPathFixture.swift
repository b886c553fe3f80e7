import BallastBrokers
import BallastCore
import BallastExecution
import BallastRisk
import BallastStore

/// The whole live order path over a paper venue, as `ballast-bench orders` drives it: the risk
/// desk (opened as `ballast paper` opens it) as the router's screen, the router persisting to
/// the chosen store, the paper broker acknowledging and filling, fill syncs writing the ledger
/// and refreshing the desk.
struct OrderPathFixture {
    static let account = "bench"
    static let start = Timestamp(nanoseconds: 1_735_776_000 * Timestamp.nanosPerSecond)   // 2025-01-02 00:00 UTC
    static let bid = Price("1.10000")!, ask = Price("1.10002")!
    /// The one instrument the order and chaos benchmarks trade.
    static let instrument = try! Instrument(
        symbol: "EURUSD", assetClass: .fx, baseCurrency: "EUR", quoteCurrency: "USD", digits: 5, contractSize: Quantity(100_000),
        volumeMin: Quantity("0.01")!, volumeStep: Quantity("0.01")!, volumeMax: Quantity(100), marginRate: 0.0333,
        session: .alwaysOpen)
    static let venueSettings = PaperVenueSettings(commission: .perLot(Money("3.5", currency: "USD")!))

    let store: BenchStore
    let broker: PaperBroker
    let path: BenchDesk
    /// Numbers the orders in the order they are placed: their event times follow it, so the
    /// quote an order is screened against is never older than the order, however far apart
    /// the concurrent workers drift.
    let steps = StepCounter()

    static func make(store: BenchStore) async throws -> OrderPathFixture {
        try await store.store.saveAccount(AccountRecord(id: account, broker: "paper", currency: "USD", mode: "netting",
                                                        createdAt: start), audit: [])
        let broker = PaperBroker(venue: PaperVenue(settings: venueSettings))
        try await broker.update(quote: PaperQuote(symbol: "EURUSD", time: start, bid: bid, ask: ask))
        let path = try await BenchDesk.open(account: account, store: store.store, broker: broker, at: start)
        return OrderPathFixture(store: store, broker: broker, path: path)
    }

    /// Limits a careful desk would set for this account; the benchmark's orders pass them all.
    static var riskConfiguration: RiskConfiguration {
        RiskConfiguration(accountCurrency: "USD", limits: RiskLimits(
            allowedSymbols: ["EURUSD"], maxOrderLots: Quantity(5), maxPositionLots: Quantity(50), maxGrossExposure: 10,
            maxLeverage: 30, maxPriceDeviation: 0.01, maxQuoteAgeSeconds: 60, maxOrdersPerMinute: 1_000))
    }

    /// The event time of order `step`: orders are 100 ms apart (600 a minute for the rate rule).
    static func time(of step: Int) -> Timestamp { Timestamp(nanoseconds: start.nanoseconds + Int64(step) * 100_000_000) }

    /// Order `step` of run `run`: 0.10 lots on `side`.
    static func intent(_ step: Int, side: OrderSide, run: String) -> TradeIntent {
        let order = OrderIntent(symbol: "EURUSD", side: side, quantity: Quantity("0.1")!)
        return TradeIntent(id: IntentID("bench/\(run)/\(step)"), account: account, strategy: "bench", order: order,
                           createdAt: time(of: step), referencePrice: ask)
    }

    /// One order through the whole path: quote, risk, write-ahead, venue, acknowledgement,
    /// fill into the ledger, desk refreshed. Returns whether the order filled.
    ///
    /// The paper venue's answer reports the fill, which the router records at once and the desk
    /// takes in before `submit` returns; an order whose answer has no fill waits for a fill
    /// synchronisation, as a live loop would run one.
    /// Each caller alternates its sides, so the position stays within a tenth of a lot per
    /// caller whatever their relative pace.
    func place(_ side: OrderSide, run: String) async throws -> Bool {
        let step = steps.next()
        let time = Self.time(of: step)
        await path.desk.update(quote: QuoteState(bid: Self.bid, ask: Self.ask, time: time), for: Self.instrument.symbol)
        let outcome = try await path.desk.submit(Self.intent(step, side: side, run: run), at: time)
        guard case .sent(let order) = outcome else { throw BenchError("order \(step) was not sent: \(outcome)") }
        if order.status == .filled { return true }
        _ = try await path.syncFills(at: time)
        return try await store.store.order(order.id)?.status == .filled
    }
}
