import BallastCore
import BallastStore

extension OrderRouter {
    /// How an order found `submitted` (its venue answer never stored) was settled.
    public enum Resolution: String, Sendable, Hashable {
        /// The venue has it: its state was stored.
        case adopted
        /// The venue never received it: it was sent now (same client id).
        case resent
        /// The venue never received it and it is too old to send: marked rejected.
        case abandoned
        /// The venue could not be asked: still `submitted`.
        case unresolved
    }

    /// Settles an order stuck in `submitted` by looking it up by client id; an order the venue
    /// never received is resent when `resend` is true and abandoned (rejected) otherwise.
    func resolveSubmitted(_ order: OrderRecord, resend: Bool, at time: Timestamp) async throws(RouterError) -> (OrderRecord, Resolution) {
        var now = time
        switch await lookUp(order.id, from: &now) {
        case .found(let ack):
            return (try await persist(ack, for: order, at: now), .adopted)
        case .unknown:
            return (order, .unresolved)
        case .absent where resend:
            return (try await dispatch(order, at: now), .resent)
        case .absent:
            return (try await markRejected(order, reason: "never reached the venue (found at reconciliation)", at: now), .abandoned)
        }
    }

    /// Brings a stored order that is no longer working at the venue to the venue's state (or
    /// cancels it when the venue does not know it).
    func adoptVenueState(of order: OrderRecord, at time: Timestamp) async throws(RouterError) -> OrderRecord {
        var now = time
        switch await lookUp(order.id, from: &now) {
        case .found(let ack): return try await persist(ack, for: order, at: now)
        case .unknown: return order
        case .absent:
            var gone = order
            gone.status = order.status.next(on: .cancel) ?? order.status
            gone.reason = "unknown at the venue (found at reconciliation)"
            gone.updatedAt = now
            return try await compareAndSet(gone, expected: order.status,
                                           audit: [entry(now, "order.cancelled", "order", order.id.rawValue, actor: "reconciler", reason: gone.reason)])
        }
    }

    /// Records a position change the venue made without Ballast (a manual trade, a stop the
    /// venue executed): a synthetic intent, order and fill, all audited, so the ledger matches.
    func adopt(symbol: String, delta: Quantity, price: Price, reason: String, at time: Timestamp) async throws(RouterError) -> OrderRecord? {
        guard let body = OrderIntent.market(symbol, delta: delta, tag: "adopted") else { return nil }
        let intent = TradeIntent(id: IntentID("reconcile/adopt/\(configuration.account)/\(symbol)/\(time.nanoseconds)"),
                                 account: configuration.account, strategy: "reconciler", order: body, createdAt: time,
                                 referencePrice: price)
        let adoption = IntentRecord(intent: intent, status: .ordered, rule: "reconcile", reason: reason, updatedAt: time)
        // Stored as filled from the start: an adopted order must never look unsent (and be resent).
        var order = submittedOrder(for: intent, at: time)
        order.status = .filled
        order.filledQuantity = body.quantity
        order.averagePrice = price
        let audit = [entry(time, "position.adopted", "intent", intent.id.rawValue, actor: "reconciler", reason: reason,
                           details: "\(body.side.rawValue) \(body.quantity) \(symbol) @ \(price)")]
        let recording = try await recordIntent(adoption, order: order, audit: audit)
        if case .duplicate(_, let existing) = recording { return existing }
        let fill = BrokerFill(id: FillID("adopt:\(intent.id)"), sequence: 0, clientID: order.id, account: configuration.account,
                              symbol: symbol, side: body.side, quantity: body.quantity, price: price, time: time,
                              commission: .zero(configuration.accountCurrency))
        return try await record(fill, of: order)?.order ?? order
    }

    /// Records a venue fill of an order Ballast never sent (a manual trade): the order is
    /// adopted under its venue client id with a synthetic intent, both audited, and the fill
    /// is recorded with its real id and sequence.
    func adopt(_ fill: BrokerFill, at time: Timestamp) async throws(RouterError) -> OrderRecord {
        if let known = try await guarded({ () async throws(StoreError) in try await store.order(fill.clientID) }) {
            return try await record(fill, of: known)?.order ?? known
        }
        let body = OrderIntent(symbol: fill.symbol, side: fill.side, quantity: fill.quantity, tag: "adopted")
        let intent = TradeIntent(id: IntentID("reconcile/adopt/\(fill.account)/\(fill.clientID)"), account: fill.account,
                                 strategy: "reconciler", order: body, createdAt: time, referencePrice: fill.price)
        let reason = "venue fill \(fill.id) of an order Ballast did not send"
        let order = OrderRecord(id: fill.clientID, intentID: intent.id, account: fill.account, order: body, status: .accepted,
                                createdAt: time, updatedAt: time)
        let audit = [entry(time, "order.adopted", "order", fill.clientID.rawValue, actor: "reconciler", reason: reason)]
        let adoption = IntentRecord(intent: intent, status: .ordered, rule: "reconcile", reason: reason, updatedAt: time)
        let recording = try await recordIntent(adoption, order: order, audit: audit)
        if case .duplicate(_, let existing) = recording, let existing { return try await record(fill, of: existing)?.order ?? existing }
        return try await record(fill, of: order)?.order ?? order
    }
}
