import BallastCore
import BallastStore

/// Compares one account's ledger with its venue and settles the differences: at start (the
/// composition root runs it before trading resumes) and on demand.
///
/// In order: orders stuck in `submitted` (a crash between the write-ahead and the venue's
/// answer) are looked up by client id and adopted, resent or abandoned; fills are caught up;
/// working orders and positions are compared. Every mismatch is audited and reported;
/// positions the ledger does not know are adopted or flattened as configured.
public struct Reconciler: Sendable {
    public let router: OrderRouter
    public let configuration: ReconcilerConfiguration

    /// A reconciler working through `router` (its store, venue and ledger).
    public init(router: OrderRouter, configuration: ReconcilerConfiguration = ReconcilerConfiguration()) {
        self.router = router
        self.configuration = configuration
    }

    var account: String { router.configuration.account }

    /// Runs one reconciliation at `time` and returns what it found and did.
    public func reconcile(at time: Timestamp) async throws(RouterError) -> ReconciliationReport {
        var report = ReconciliationReport()
        try await resolveUnacknowledged(at: time, into: &report)
        // Signed quantity per symbol that reached the ledger only through adoption.
        var foreign: [String: Int64] = [:]
        try await catchUpFills(at: time, into: &report, foreign: &foreign)
        try await compareOrders(at: time, into: &report)
        if let blocked = report.fills.blocked {
            // The ledger is behind the venue by the blocked fill and those after it: adopting
            // the gap would count them twice once they are recorded.
            report.mismatches.append(.init(kind: .fillBlocked, subject: blocked.fill.clientID.rawValue,
                                           detail: "\(blocked.fill.id) seq \(blocked.fill.sequence): \(blocked.error); positions not compared"))
        } else {
            try await comparePositions(at: time, into: &report, foreign: &foreign)
        }
        if configuration.unknownPositions == .flatten {
            for (symbol, quantity) in foreign.sorted(by: { $0.key < $1.key }) where quantity != 0 {
                try await flatten(symbol, quantity: Quantity(raw: quantity), at: time, into: &report)
            }
        }
        let audit = report.mismatches.map {
            AuditEntry(time: time, actor: configuration.actor, action: "reconcile.\($0.kind.rawValue)", entity: "account",
                       entityID: account, reason: $0.detail, details: $0.subject)
        }
        if !audit.isEmpty { try await guarded { () async throws(StoreError) in try await router.store.appendAudit(audit) } }
        return report
    }

    /// Records the venue's fills; a synchronisation stops at a fill of an order the ledger
    /// does not know, which is adopted here before the next one resumes after it.
    private func catchUpFills(at time: Timestamp, into report: inout ReconciliationReport,
                              foreign: inout [String: Int64]) async throws(RouterError) {
        var adopted: Set<FillID> = []
        while true {
            let sync = try await router.syncFills(at: time)
            report.fills.append(sync)
            guard sync.blocked == nil, let fill = sync.unmatched.last, adopted.insert(fill.id).inserted else { return }
            report.mismatches.append(.init(kind: .unknownVenueFill, subject: fill.clientID.rawValue,
                                           detail: "\(fill.id): \(fill.side.rawValue) \(fill.quantity) \(fill.symbol) @ \(fill.price)"))
            do throws(RouterError) {
                report.adopted.append(try await router.adopt(fill, at: time))
            } catch {
                if case .store = error { throw error }
                report.fills.blocked = FillSyncReport.BlockedFill(fill: fill, error: error)
                return
            }
            foreign[fill.symbol, default: 0] += fill.signedQuantity.raw
        }
    }

    private func resolveUnacknowledged(at time: Timestamp, into report: inout ReconciliationReport) async throws(RouterError) {
        let account = account
        let stuck = try await guarded { () async throws(StoreError) in try await router.store.orders(account: account, statuses: [.submitted]) }
        for order in stuck {
            let young = configuration.resendWithin.map { time.nanoseconds - order.createdAt.nanoseconds <= $0 } ?? false
            let (_, resolution) = try await router.resolveSubmitted(order, resend: order.parent != nil || young, at: time)
            report.resolutions[order.id] = resolution
            report.mismatches.append(.init(kind: .unacknowledgedOrder, subject: order.id.rawValue,
                                           detail: "submitted without a venue answer; \(resolution.rawValue)"))
        }
    }

    private func compareOrders(at time: Timestamp, into report: inout ReconciliationReport) async throws(RouterError) {
        let account = account
        let working = try await guarded { () async throws(StoreError) in
            try await router.store.orders(account: account, statuses: [.accepted, .partiallyFilled])
        }
        let open = try await venue { broker throws(BrokerError) in try await broker.openOrders(account: account) }
        let openIDs = Set(open.map(\.clientID))
        for order in working where !openIDs.contains(order.id) {
            let settled = try await router.adoptVenueState(of: order, at: time)
            report.mismatches.append(.init(kind: .orderNotWorkingAtVenue, subject: order.id.rawValue,
                                           detail: "ledger \(order.status.rawValue), now \(settled.status.rawValue)"))
        }
        for order in open {
            let known = try await guarded { () async throws(StoreError) in try await router.store.order(order.clientID) }
            if known == nil, let parentID = order.parent,
               let parent = try await guarded({ () async throws(StoreError) in try await router.store.order(parentID) }),
               parent.account == account {
                // An exit the venue placed for a bracketed entry: recorded, not a mismatch.
                report.fills.exitsLearned.append(try await router.recordVenueExit(order, of: parent, at: time))
            } else if known == nil {
                report.mismatches.append(.init(kind: .unknownVenueOrder, subject: order.clientID.rawValue,
                                               detail: "\(order.side.rawValue) \(order.quantity) \(order.symbol) working at the venue"))
            }
        }
    }

    /// Adopts whatever quantity the venue holds beyond (or short of) the ledger.
    private func comparePositions(at time: Timestamp, into report: inout ReconciliationReport,
                                  foreign: inout [String: Int64]) async throws(RouterError) {
        let account = account
        let ledger = try await guarded { () async throws(StoreError) in try await router.store.positions(account: account) }
        let venue = try await venue { broker throws(BrokerError) in try await broker.positions(account: account) }
        let held = Dictionary(ledger.map { ($0.symbol, $0) }, uniquingKeysWith: { first, _ in first })
        let reported = Dictionary(venue.map { ($0.symbol, $0) }, uniquingKeysWith: { first, _ in first })
        for symbol in Set(held.keys).union(reported.keys).sorted() {
            let mine = held[symbol]?.quantity ?? .zero
            let theirs = reported[symbol]?.quantity ?? .zero
            guard mine != theirs else { continue }
            let reason = "ledger \(mine), venue \(theirs)"
            report.mismatches.append(.init(kind: .positionDiffers, subject: symbol, detail: reason))
            let price = reported[symbol]?.averagePrice ?? held[symbol]?.averagePrice ?? .zero
            if let adopted = try await router.adopt(symbol: symbol, delta: theirs - mine, price: price, reason: reason, at: time) {
                report.adopted.append(adopted)
                foreign[symbol, default: 0] += (theirs - mine).raw
            }
        }
    }

    /// Sends an order closing `quantity` of `symbol` (through the router: screened and recorded).
    private func flatten(_ symbol: String, quantity: Quantity, at time: Timestamp, into report: inout ReconciliationReport) async throws(RouterError) {
        guard let close = OrderIntent.market(symbol, delta: -quantity, tag: "flatten") else { return }
        let price = try await guarded { () async throws(StoreError) in
            try await router.store.position(account: account, symbol: symbol)
        }?.averagePrice ?? .zero
        let intent = TradeIntent(id: IntentID("reconcile/flatten/\(account)/\(symbol)/\(time.nanoseconds)"), account: account,
                                 strategy: "reconciler", order: close, createdAt: time, referencePrice: price)
        report.flattening.append(try await router.submit(intent, at: time))
    }

    private func venue<T: Sendable>(_ call: @escaping @Sendable (any Broker) async throws(BrokerError) -> T) async throws(RouterError) -> T {
        let broker = router.broker
        switch await router.outcome("reconcile", { () async throws(BrokerError) -> T in try await call(broker) }) {
        case .success(let value): return value
        case .failure(let error): throw .broker(error)
        }
    }

    private func guarded<T: Sendable>(_ call: () async throws(StoreError) -> T) async throws(RouterError) -> T {
        do { return try await call() } catch { throw .store(error) }
    }
}
