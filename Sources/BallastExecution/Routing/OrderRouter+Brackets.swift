import BallastCore
import BallastStore

extension OrderRouter {
    /// After a recorded fill: a filled entry with a bracket gets its exits (when the venue
    /// does not attach them itself); a fill in a one-cancels-other group cancels the rest.
    func followUp(_ order: OrderRecord, at time: Timestamp, report: inout FillSyncReport) async throws(RouterError) {
        if order.parent == nil, order.order.bracket != nil, !broker.supportsBrackets,
           order.filledQuantity >= order.order.quantity {
            report.exitsPlaced += try await placeExits(for: order, at: time)
        }
        if order.order.ocoGroup != nil {
            report.cancelled += try await cancelSiblings(of: order, at: time)
        }
    }

    /// Places the stop-loss and take-profit of a filled entry as linked exit orders. Their
    /// client ids derive from the entry's intent, so placing them twice inserts nothing.
    func placeExits(for parent: OrderRecord, at time: Timestamp) async throws(RouterError) -> [OrderRecord] {
        guard let bracket = parent.order.bracket else { return [] }
        let legs: [(String, OrderType)] = [("sl", bracket.stopLoss.map(OrderType.stop)), ("tp", bracket.takeProfit.map(OrderType.limit))]
            .compactMap { name, type in type.map { (name, $0) } }
        let group = legs.count > 1 ? "oco:\(parent.id)" : nil
        var placed: [OrderRecord] = []
        for (name, type) in legs {
            let exitID = ClientOrderID(intent: IntentID("\(parent.intentID.rawValue)/\(name)"))
            let body = OrderIntent(symbol: parent.order.symbol, side: parent.order.side.opposite, quantity: parent.filledQuantity,
                                   type: type, ocoGroup: group, tag: parent.order.tag)
            let exit = OrderRecord(id: exitID, intentID: parent.intentID, parent: parent.id, account: parent.account, order: body,
                                   status: .submitted, attempts: 1, createdAt: time, updatedAt: time)
            let audit = [entry(time, "order.submitted", "order", exitID.rawValue, reason: "\(name) of \(parent.id)")]
            guard try await insertOrder(exit, audit: audit) else { continue }
            placed.append(try await dispatch(exit, at: time))
        }
        return placed
    }

    /// Cancels the working orders sharing `order`'s one-cancels-other group.
    func cancelSiblings(of order: OrderRecord, at time: Timestamp) async throws(RouterError) -> [OrderRecord] {
        guard let group = order.order.ocoGroup else { return [] }
        let account = configuration.account
        let working = try await guarded { () async throws(StoreError) in
            try await store.orders(account: account, statuses: OrderStatus.working)
        }
        var cancelled: [OrderRecord] = []
        for sibling in working where sibling.order.ocoGroup == group && sibling.id != order.id {
            cancelled.append(try await cancel(sibling, reason: "one-cancels-other: \(order.id) filled", at: time))
        }
        return cancelled
    }

    /// Cancels a working order at the venue and stores the outcome. A failed cancel is
    /// audited and the order is returned unchanged (the next reconciliation retries).
    public func cancel(_ id: ClientOrderID, reason: String, at time: Timestamp) async throws(RouterError) -> OrderRecord? {
        guard let order = try await guarded({ () async throws(StoreError) in try await store.order(id) }) else { return nil }
        return try await cancel(order, reason: reason, at: time)
    }

    func cancel(_ order: OrderRecord, reason: String, at time: Timestamp) async throws(RouterError) -> OrderRecord {
        guard !order.status.isTerminal else { return order }
        let now = await pace(time)
        let answer = await outcome("cancel \(order.id)") { [broker] () async throws(BrokerError) in
            try await broker.cancel(order.id, account: order.account)
        }
        switch answer {
        case .success(var ack):
            if ack.reason.isEmpty { ack.reason = reason }
            return try await persist(ack, for: order, at: now)
        case .failure(let error):
            let note = entry(now, "order.cancelFailed", "order", order.id.rawValue, reason: "\(reason); venue: \(error)")
            try await guarded { () async throws(StoreError) in try await store.appendAudit([note]) }
            return order
        }
    }
}
