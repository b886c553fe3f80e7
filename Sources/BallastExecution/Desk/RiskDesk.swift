import BallastCore
import BallastRisk
import BallastStore

/// One account's live risk desk: it keeps what the pure risk values need (last quotes, the
/// ledger's positions and working orders, balance and equity, the day's start, the equity
/// peak, the losing streak, recent orders and errors, sleeves) and runs the kill switches and
/// the weekend policy against it, sending their orders through the router.
///
/// Every kill switch change is stored (event, audit entry and the whole board) before any of
/// its actions reaches the venue, and the board is restored by `open`, so a restart never
/// clears an engaged switch.
///
/// Feed it `update(quote:for:)` on every quote and `refresh(at:)` after every fill sync; the
/// pre-trade screen (`screen`) reads `snapshot(at:)`.
public actor RiskDesk {
    public nonisolated let configuration: DeskConfiguration
    public nonisolated let manager: RiskManager
    let store: any LedgerStore
    var router: OrderRouter?
    var quotes: [String: QuoteState] = [:]
    /// The ledger's positions as stored (flat ones included: they keep the realised PnL).
    var positions: [PositionRecord] = []
    var book: PositionLedger
    var working: [WorkingOrder] = []
    var tally: TradeTally
    /// The strategy behind each client order id seen (from its intent).
    var strategies: [ClientOrderID: String] = [:]
    var marks: AccountMarks
    var ordersSent: EventWindow
    var errors: EventWindow
    var board: KillSwitchBoard
    /// Changes not yet stored (a failed write is retried before anything else is done).
    var unsaved: [KillSwitchChange] = []
    /// Whether the actions of the grade in force must be performed again (after a restart or
    /// a failed action).
    var reassert = false
    var planner: WeekendPlanner?
    /// The reloads concurrent `refresh` calls share.
    let refreshes = SharedRuns<Void>()

    init(configuration: DeskConfiguration, store: any LedgerStore, board: KillSwitchBoard, marks: AccountMarks) {
        self.configuration = configuration
        self.store = store
        self.board = board
        self.marks = marks
        manager = RiskManager(configuration: configuration.risk)
        book = PositionLedger(accountCurrency: configuration.currency)
        tally = TradeTally(currency: configuration.currency)
        ordersSent = EventWindow(seconds: configuration.windowSeconds)
        errors = EventWindow(seconds: configuration.windowSeconds)
        planner = configuration.risk.weekend.map(WeekendPlanner.init(policy:))
        reassert = (board.grade ?? .stopNewOrders) >= .cancelWorking
    }

    /// The desk of `configuration.account`: restores the kill switch board and the account marks
    /// from `store` (refusing to start when they cannot be read), then loads the ledger.
    public static func open(configuration: DeskConfiguration, store: any LedgerStore, at time: Timestamp)
        async throws(DeskError) -> RiskDesk {
        var board = try await loadBoard(configuration, store: store)
        board.configuration = configuration.risk.killSwitches
        let marks = try await loadMarks(configuration, store: store)
        let desk = RiskDesk(configuration: configuration, store: store, board: board, marks: marks)
        try await desk.refresh(at: time)
        return desk
    }

    /// Connects the router that cancels and flattens (the router's screen is usually this
    /// desk's `screen`, hence the separate step).
    public func attach(router: OrderRouter) { self.router = router }

    /// The last quote of `symbol` (event time in the quote).
    public func update(quote: QuoteState, for symbol: String) { quotes[symbol] = quote }

    /// Counts an order sent to the venue (the order-rate rule, the error-rate switch).
    public func recordOrderSent(at time: Timestamp) { ordersSent.record(at: time) }

    /// Counts a venue or routing error (the error-rate switch).
    public func recordError(at time: Timestamp) { errors.record(at: time) }

    /// The pre-trade screen over this desk: the risk manager on a fresh snapshot per intent.
    public nonisolated var screen: RiskScreen {
        RiskScreen(manager: manager) { [self] time in await self.snapshot(at: time) }
    }

    /// The kill switches as they stand.
    public var killSwitches: KillSwitchBoard { board }

    /// Routes `intent` through the router (screened as usual) and counts what it sent or what
    /// failed in the windows the order-rate rule and the error-rate switch read. An order that
    /// filled at once (the router recorded the fill with the venue's answer) is in the desk's
    /// view when this returns, so the next intent is screened against the new position.
    public func submit(_ intent: TradeIntent, at time: Timestamp) async throws(DeskError) -> RouteOutcome {
        guard let router else { throw .noRouter }
        // Known before the order is sent: a refresh run for a concurrent order may replay this
        // order's fill before this call returns, and would otherwise read the order and intent.
        strategies[intent.clientOrderID] = intent.strategy
        let outcome: RouteOutcome
        do throws(RouterError) {
            outcome = try await router.submit(intent, at: time)
        } catch {
            errors.record(at: time)
            throw .router(error)
        }
        guard case .sent(let order) = outcome else { return outcome }
        ordersSent.record(at: time)
        if order.status == .rejected { errors.record(at: time) }
        if order.filledQuantity.raw > 0 {
            // The order is placed whatever happens here: a failed refresh is counted as an
            // error, and the next refresh tries again.
            do throws(DeskError) { try await refresh(at: time) } catch { errors.record(at: time) }
        }
        return outcome
    }

    /// Records a deposit (negative: a withdrawal) so it is not taken for profit or loss.
    public func recordDeposit(_ amount: Money, actor: String, reason: String, at time: Timestamp) async throws(DeskError) {
        marks.deposit(amount)
        let note = AuditEntry(time: time, actor: actor, action: "account.deposit", entity: "account",
                              entityID: configuration.account, reason: reason, details: "\(amount)")
        try await saveMarks(at: time, audit: [note])
    }

    /// Runs a store call, wrapping its error.
    func stored<T: Sendable>(_ call: () async throws(StoreError) -> T) async throws(DeskError) -> T {
        do { return try await call() } catch { throw .store(error) }
    }

    /// An audit entry by `actor` (the desk's by default) about this account.
    func entry(_ time: Timestamp, _ action: String, actor: String? = nil, reason: String, details: String = "") -> AuditEntry {
        AuditEntry(time: time, actor: actor ?? configuration.actor, action: action, entity: "account",
                   entityID: configuration.account, reason: reason, details: details)
    }
}
