import BallastCore
import BallastEngine
import BallastStore

/// Runs an `Engine` against a venue through the order router: the same engine value a
/// backtest runs, with the router, the ledger and a broker as its shell instead of the
/// simulated exchange. There is no live flag anywhere in the kernel; only the shell differs.
///
/// For each market event, in order: the quote feed hears of it first (a venue knows the
/// market before we do; for a paper venue the composition root turns the event into a quote),
/// the engine handles it, and its actions become router calls:
/// - `.submit` → the submitter (the risk desk, or the router itself) with the intent id `LiveSessionID.intentID(for:)`
///   (session + engine order id: unique across restarts, repeated by a replay). Brackets are
///   stripped (the engine places its exits as orders of their own) and OCO groups are
///   prefixed with the session id (the engine's group names restart with its numbering).
/// - `.cancel` → `OrderRouter.cancel`; `.modify` is refused (the router cannot modify) and
///   reported as a `LiveAnomaly`: the order keeps working unchanged.
/// Then fills are synchronised and each newly recorded fill of the session's orders reaches
/// the engine as a `.fill` with the engine's order id, followed by the status changes the
/// ledger holds (acceptances, rejections, cancellations, expiries) as `.orderUpdate`s, so the
/// strategy's positions and working orders follow the ledger. The engine's reactions are
/// routed the same way until nothing is left to do, then the next event is read.
///
/// An intent the ledger already holds (a repeated run) sends nothing; the engine hears of the
/// recorded order's fills and status instead, so its context is the one the first run had.
/// Deterministic given the same events and venue: no clock, no randomness.
public struct LiveSession<S: Strategy>: Sendable {
    public internal(set) var engine: Engine<S>
    public let router: OrderRouter
    /// Where intents go: the risk desk in front of `router`, or `router` itself.
    let submitter: any IntentSubmitter
    let store: any LedgerStore
    /// The strategy name written on intents and used in the session id.
    public let strategyName: String
    /// The symbol in the session id.
    public let symbol: String
    let quoteSink: @Sendable (EngineEvent) async throws -> Void
    /// Set from the first event.
    public internal(set) var sessionID: LiveSessionID?
    public internal(set) var report = LiveSessionReport()
    /// Venue client order id → engine order id, and back.
    var engineIDs: [ClientOrderID: ClientOrderID] = [:]
    var clientIDs: [ClientOrderID: ClientOrderID] = [:]
    /// The engine's orders as the engine has heard of them (its own book is not public by id).
    var mirror: [ClientOrderID: Order] = [:]
    var delivered: Set<FillID> = []
    /// Fills of orders found already recorded, waiting to be handed to the engine.
    var recordedFills: [BrokerFill] = []
    /// The last bid and ask seen per symbol (a bar's close on both sides): the intents' reference price.
    var lastQuotes: [String: (bid: Price, ask: Price)] = [:]

    /// A session running `engine` through `router`, whose store `store` is (the session reads
    /// the fills of orders an earlier run recorded). Intents go to `submitter`: the account's
    /// risk desk in production, `router` where no desk is wanted. `quoteSink` gets every market
    /// event before the engine does; a paper set-up feeds its venue there, a live one passes `{ _ in }`.
    public init(engine: Engine<S>, router: OrderRouter, submitter: (any IntentSubmitter)? = nil, store: any LedgerStore,
                strategyName: String, symbol: String, quoteSink: @escaping @Sendable (EngineEvent) async throws -> Void) {
        self.engine = engine
        self.router = router
        self.submitter = submitter ?? router
        self.store = store
        self.strategyName = strategyName
        self.symbol = symbol
        self.quoteSink = quoteSink
    }

    /// Handles every event of `events`, in order, until it finishes.
    public mutating func run<Events: AsyncSequence>(_ events: Events) async throws(LiveSessionError)
        where Events.Element == EngineEvent {
        var iterator = events.makeAsyncIterator()
        while true {
            let next: EngineEvent?
            do { next = try await iterator.next() } catch { throw .quoteFeed("event stream: \(error)") }
            guard let event = next else { return }
            try await handle(event)
        }
    }

    /// Handles one market event (a bar or a tick; fills and order updates come from the venue).
    public mutating func handle(_ event: EngineEvent) async throws(LiveSessionError) {
        let time = event.time
        if sessionID == nil { try await start(at: time) }
        observe(event)
        do { try await quoteSink(event) } catch { throw .quoteFeed("\(error)") }
        report.events += 1
        try await process(engine.handle(event), at: time)
    }

    /// Names the session and gives the engine the position the ledger holds from other
    /// sessions (a position this session's own earlier run made comes back through its fills).
    mutating func start(at time: Timestamp) async throws(LiveSessionError) {
        let id = LiveSessionID(strategy: strategyName, symbol: symbol, start: time)
        sessionID = id
        let account = router.configuration.account
        do throws(StoreError) {
            let positions = try await store.positions(account: account)
            guard positions.contains(where: { $0.quantity.raw != 0 }) else { return }
            let orders = try await store.orders(account: account, statuses: Set(OrderStatus.allCases))
            var inherited = Dictionary(positions.map { ($0.symbol, $0.quantity.raw) }, uniquingKeysWith: +)
            for order in orders where id.owns(order.intentID) {
                inherited[order.order.symbol, default: 0] -= order.order.side.sign * order.filledQuantity.raw
            }
            for (symbol, quantity) in inherited.sorted(by: { $0.key < $1.key }) where quantity != 0 {
                engine.context.addPosition(Quantity(raw: quantity), in: symbol)
            }
        } catch {
            throw .router(.store(error))
        }
    }

    private mutating func observe(_ event: EngineEvent) {
        switch event {
        case .bar(let bar): lastQuotes[bar.symbol] = (bar.bar.close, bar.bar.close)
        case .tick(let tick):
            let last = tick.tick.last
            if let bid = tick.tick.bid ?? last, let ask = tick.tick.ask ?? last { lastQuotes[tick.symbol] = (bid, ask) }
        default: break
        }
    }
}
