import BallastCore
import BallastStore

extension OrderRouter {
    /// Why a protective order was refused.
    public enum ProtectiveError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The order would add to the position, open one, or go through zero. `pending` is what
        /// market orders already on their way reduce it by.
        case notRiskReducing(symbol: String, position: Quantity, pending: Quantity, order: String)
        case router(RouterError)

        public var description: String {
            switch self {
            case let .notRiskReducing(symbol, position, pending, order):
                "protective order \(order) refused: position \(symbol) \(position) (pending reductions \(pending)); "
                    + "a protective order may only reduce a position, never open, add to or reverse it"
            case .router(let error): error.description
            }
        }
    }

    /// Sends a risk-reducing order (a kill switch flatten, a weekend cut) without the pre-trade
    /// screen and whatever the autonomy mode: validated, recorded write-ahead with `reason`
    /// in the audit log, then sent. Idempotent by intent id like `submit`.
    ///
    /// Refused when the order would open, add to or reverse the position. The ledger is first
    /// brought up to date with the venue's fills, and market orders still working on the
    /// reducing side count as already reducing it, so a flatten repeated before the first one's
    /// fill is recorded cannot go through zero. (Resting limit and stop exits are not counted:
    /// they may never fill.)
    public func submitProtective(_ intent: TradeIntent, reason: String, at time: Timestamp) async throws(ProtectiveError) -> RouteOutcome {
        do throws(RouterError) {
            try validate(intent.order, account: intent.account)
            if let existing = try await guarded({ () async throws(StoreError) in try await store.intent(intent.id) }) {
                let order = try await guarded { () async throws(StoreError) in try await store.order(intent.clientOrderID) }
                return .duplicate(existing, order)
            }
            try await synchronise(at: time)
        } catch {
            throw .router(error)
        }
        try await checkReducing(intent.order)
        do throws(RouterError) { return try await recordProtective(intent, reason: reason, at: time) } catch { throw .router(error) }
    }

    private func checkReducing(_ order: OrderIntent) async throws(ProtectiveError) {
        let account = configuration.account
        let position: Quantity
        let working: [OrderRecord]
        do throws(RouterError) {
            position = try await loadedLedger().position(account: account, symbol: order.symbol)?.quantity ?? .zero
            working = try await guarded { () async throws(StoreError) in
                try await store.orders(account: account, statuses: OrderStatus.working)
            }
        } catch {
            throw .router(error)
        }
        let reducingSide: OrderSide = position.raw > 0 ? .sell : .buy
        let pending = working.filter { $0.order.symbol == order.symbol && $0.order.side == reducingSide && $0.order.type == .market }
            .reduce(Int64(0)) { $0 + max(0, $1.order.quantity.raw - $1.filledQuantity.raw) }
        // A bracket would place exits after the fill, against a position that is gone.
        guard position.raw != 0, order.side == reducingSide, order.bracket == nil,
              order.quantity.raw + pending <= abs(position.raw) else {
            throw .notRiskReducing(symbol: order.symbol, position: position, pending: Quantity(raw: pending),
                                   order: "\(order.side.rawValue) \(order.quantity) \(order.symbol)\(order.bracket == nil ? "" : " with a bracket")")
        }
    }

    private func recordProtective(_ intent: TradeIntent, reason: String, at time: Timestamp) async throws(RouterError) -> RouteOutcome {
        let record = IntentRecord(intent: intent, status: .ordered, rule: "protective", reason: reason, updatedAt: time)
        let pending = submittedOrder(for: intent, at: time)
        let order = intent.order
        let audit = [entry(time, "intent.protective", "intent", intent.id.rawValue, actor: intent.strategy, reason: reason),
                     entry(time, "order.submitted", "order", pending.id.rawValue, reason: reason,
                           details: "\(order.side.rawValue) \(order.quantity) \(order.symbol)")]
        let recording = try await recordIntent(record, order: pending, audit: audit)
        if case let .duplicate(existing, stored) = recording { return .duplicate(existing, stored) }
        return .sent(try await dispatch(pending, at: time))
    }
}
