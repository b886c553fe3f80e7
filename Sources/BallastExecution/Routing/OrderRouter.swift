import BallastCore
import BallastStore

/// Routes one account's intents to its venue, crash-safely: validate, screen, record the
/// intent and its order (write-ahead), then send; the venue's answer is stored with a
/// compare-and-set on the order's status.
///
/// Idempotent by intent id: the store records an intent once, so a repeated submission (in
/// parallel, or after a restart) gets the first records back and never reaches the venue.
/// An answer lost in transit (timeout, disconnect) is settled by looking the order up by its
/// client id before anything is resent, and the resend carries the same client id.
public actor OrderRouter {
    /// The account, autonomy mode and policies this router works with.
    public nonisolated let configuration: RouterConfiguration
    let store: any LedgerStore
    let broker: any Broker
    let catalog: AccountInstruments
    let screen: any IntentScreen
    let throttle: BrokerThrottle?
    /// Waits out backoff delays and rate limits.
    let sleeper: any Sleeper
    /// Times venue calls out (see `CallTimeout`).
    let timer: any CallTimer
    var random: SplitMix64
    /// The ledger of this account, loaded from the store on first use. Nil while a fill write
    /// owns it (see `takeLedger`).
    var ledger: PositionLedger?
    /// The ledger's positions as they stood before the fill write in flight, for readers while
    /// the write owns the ledger: what the store holds until that write commits.
    var settledPositions: [PositionRecord]?
    /// The fill synchronisations concurrent `syncFills` calls share.
    let syncs = SharedRuns<Void>()
    /// What synchronisations recorded since `syncFills` last reported.
    var unreported = FillSyncReport()
    /// The entries of each kind `unreported` keeps at least (see `FillSyncReport.keepLatest`).
    public static let unreportedLimit = 10_000
    /// The orders being sent, by client id (see `SendingOrder`).
    var sending: [ClientOrderID: SendingOrder] = [:]
    /// The fills recorded lately, which the desk takes instead of reading the store.
    var recent = RecentFills()
    /// The working orders as this router wrote them, which the desk takes instead of reading the store.
    var working = WorkingOrders()
    /// Taken by each fill record for its whole length: a fill recorded outside a
    /// synchronisation (an adoption by the reconciler) must not interleave with one inside it,
    /// each taking the ledger while the other's write is in flight and putting back an older one.
    let fillTurns = SerialLock()
    /// The fill the last synchronisation stopped at (audited once, not on every retry).
    var blockedFill: FillID?
    /// The venue sequence synchronisations resume after: the store's last recorded sequence,
    /// read once and then advanced by each fill this router records (nil: read it again).
    /// Another writer can only leave it behind the store, which costs a re-read of fills the
    /// store already has (and resets it), never a skipped fill.
    var fillCursor: UInt64?

    /// A router for `configuration.account`. `sleeper` waits out backoff and rate limits,
    /// `timer` times venue calls out; both run on real time unless a test swaps them.
    public init(configuration: RouterConfiguration, store: any LedgerStore, broker: any Broker, catalog: AccountInstruments,
                screen: any IntentScreen = AcceptingScreen(), throttle: BrokerThrottle? = nil, sleeper: any Sleeper = TaskSleeper(),
                timer: any CallTimer = DeadlineThread.shared) {
        self.configuration = configuration
        self.store = store
        self.broker = broker
        self.catalog = catalog
        self.screen = screen
        self.throttle = throttle
        self.sleeper = sleeper
        self.timer = timer
        random = configuration.retry.makeRandom()
    }

    /// Validates, screens, records and (when the autonomy mode allows) sends `intent`.
    /// Throws `RouterError` for a malformed intent (nothing written) or a store failure.
    ///
    /// A repeated intent is screened like a new one and then recognised by its recording,
    /// whatever the screen decided (rejected, awaiting approval or accepted): the store records
    /// an intent id once and answers a repeat with the first records. Looking the intent up
    /// first would cost every new intent a read (a server round trip on PostgreSQL) to save
    /// repeats a screening.
    public func submit(_ intent: TradeIntent, at time: Timestamp) async throws(RouterError) -> RouteOutcome {
        try validate(intent.order, account: intent.account)
        switch await screen.screen(intent, at: time) {
        case let .reject(rule, reason):
            return try await recordRejection(intent, rule: rule, reason: reason, at: time)
        case let .needsApproval(reason):
            return try await recordForApproval(intent, order: intent.order, reason: reason, at: time)
        case let .accept(order):
            try validate(order, account: intent.account)
            let notional = try catalog.notional(order.symbol, quantity: order.quantity, price: intent.referencePrice, at: time)
            if let reason = configuration.autonomy.approvalReason(quantity: order.quantity, notional: notional) {
                return try await recordForApproval(intent, order: order, reason: reason, at: time)
            }
            return try await recordAndSend(intent, order: order, at: time)
        }
    }

    /// Runs a store call, wrapping its error.
    func guarded<T: Sendable>(_ call: () async throws(StoreError) -> T) async throws(RouterError) -> T {
        do { return try await call() } catch { throw .store(error) }
    }

    private func recordRejection(_ intent: TradeIntent, rule: String, reason: String, at time: Timestamp)
        async throws(RouterError) -> RouteOutcome {
        let record = IntentRecord(intent: intent, status: .rejected, rule: rule, reason: reason, updatedAt: time)
        let audit = [entry(time, "intent.rejected", "intent", intent.id.rawValue, reason: "\(rule): \(reason)")]
        let recording = try await guarded { () async throws(StoreError) in
            try await store.recordIntent(record, order: nil, approval: nil, audit: audit)
        }
        if case let .duplicate(existing, order) = recording { return .duplicate(existing, order) }
        return .rejected(rule: rule, reason: reason)
    }

    private func recordForApproval(_ intent: TradeIntent, order: OrderIntent, reason: String, at time: Timestamp)
        async throws(RouterError) -> RouteOutcome {
        var waiting = intent
        waiting.order = order
        let record = IntentRecord(intent: waiting, status: .awaitingApproval, reason: reason, updatedAt: time)
        let approval = ApprovalRecord(intentID: intent.id, requestedAt: time, expiresAt: time + configuration.approvalTimeout,
                                      maxDrift: driftLimit(for: intent.referencePrice), reason: reason)
        let audit = [entry(time, "approval.requested", "intent", intent.id.rawValue, reason: reason)]
        let recording = try await guarded { () async throws(StoreError) in
            try await store.recordIntent(record, order: nil, approval: approval, audit: audit)
        }
        if case let .duplicate(existing, order) = recording { return .duplicate(existing, order) }
        return .awaitingApproval(approval)
    }

    /// Write-ahead: the intent (ordered) and its order (submitted) are stored before the venue
    /// hears of it; only the caller whose recording is new sends.
    private func recordAndSend(_ intent: TradeIntent, order: OrderIntent, at time: Timestamp) async throws(RouterError) -> RouteOutcome {
        var ordered = intent
        ordered.order = order
        let record = IntentRecord(intent: ordered, status: .ordered, updatedAt: time)
        let pending = submittedOrder(for: ordered, at: time)
        let audit = [entry(time, "intent.recorded", "intent", intent.id.rawValue),
                     entry(time, "order.submitted", "order", pending.id.rawValue, details: "\(order.side.rawValue) \(order.quantity) \(order.symbol)")]
        let recording = try await recordIntent(record, order: pending, audit: audit)
        if case let .duplicate(existing, order) = recording { return .duplicate(existing, order) }
        return .sent(try await dispatch(pending, at: time))
    }

    /// The order record of `intent` as it is about to be sent (created → submitted, first attempt).
    func submittedOrder(for intent: TradeIntent, at time: Timestamp, parent: ClientOrderID? = nil) -> OrderRecord {
        OrderRecord(id: intent.clientOrderID, intentID: intent.id, parent: parent, account: intent.account, order: intent.order,
                    status: OrderStatus.created.next(on: .submit) ?? .submitted, attempts: 1, createdAt: time, updatedAt: time)
    }

    func driftLimit(for reference: Price) -> Price? {
        guard let bps = configuration.approvalDriftBasisPoints else { return nil }
        return Price(raw: Int64(Int128(reference.raw) * Int128(bps) / 10_000))
    }

    /// An audit entry by this router.
    func entry(_ time: Timestamp, _ action: String, _ entity: String, _ id: String, actor: String? = nil,
               reason: String = "", details: String = "") -> AuditEntry {
        AuditEntry(time: time, actor: actor ?? configuration.actor, action: action, entity: entity, entityID: id,
                   reason: reason, details: details)
    }
}
