import BallastCore
import BallastStore

extension OrderRouter {
    /// The account's working orders (submitted, accepted, partially filled) by creation time:
    /// from this router's memory of what it wrote (it is the account's writer of orders), or
    /// read from the store while it does not know them yet (see `WorkingOrders`).
    public func workingOrders() async throws(RouterError) -> [OrderRecord] {
        if let known = working.known { return known }
        let version = working.version
        let account = configuration.account
        let read = try await guarded { () async throws(StoreError) in
            try await store.orders(account: account, statuses: OrderStatus.working)
        }
        working.adopt(read, readAt: version)
        return read
    }

    /// Runs a store write of orders, telling the router's memory what it stored (`stored` maps
    /// the write's answer to the order records it wrote): the working orders, and the state of
    /// an order being sent (never put back to a less filled one by a write that came back
    /// late). A failed write's outcome is unknown.
    func writingOrders<T: Sendable>(_ write: () async throws(StoreError) -> T,
                                    stored: (T) -> [OrderRecord]) async throws(RouterError) -> T {
        let ticket = working.begin()
        do {
            let answer = try await write()
            let written = stored(answer).filter { $0.account == configuration.account }
            working.end(ticket, stored: written)
            for order in written {
                if let sent = sending[order.id], order.filledQuantity >= sent.stored.filledQuantity { sending[order.id]?.stored = order }
            }
            return answer
        } catch {
            working.end(ticket, stored: nil)
            throw .store(error)
        }
    }

    /// Records an intent with its order (see `OrderStore.recordIntent`).
    func recordIntent(_ record: IntentRecord, order: OrderRecord, audit: [AuditEntry]) async throws(RouterError) -> IntentRecording {
        try await writingOrders({ () async throws(StoreError) in
            try await store.recordIntent(record, order: order, approval: nil, audit: audit)
        }, stored: { recording in
            if case .recorded = recording { [order] } else { [] }
        })
    }

    /// Inserts an order unless its client id is stored (see `OrderStore.insertOrder`).
    func insertOrder(_ order: OrderRecord, audit: [AuditEntry]) async throws(RouterError) -> Bool {
        try await writingOrders({ () async throws(StoreError) in try await store.insertOrder(order, audit: audit) },
                                stored: { $0 ? [order] : [] })
    }
}
