import BallastCore
import BallastStore

/// Exits a venue places itself. A venue that attaches brackets (`Broker.supportsBrackets`)
/// puts the stop-loss and take-profit of a filled entry under client ids of its own, which the
/// router never sent; their orders and fills name the entry as `parent`. The router records
/// them as exit orders of that entry (same intent), so their fills reach the ledger like any
/// other, and follows the venue's one-cancels-other between them:
///
/// - an exit becomes known when its entry fills (the venue's working orders are read once), when
///   reconciliation finds it working, or at the latest when it fills;
/// - after an exit fills, its stored siblings are looked up at the venue, and the ones the venue
///   finished (cancelled the take-profit when the stop-loss hit) are stored as such;
///   reconciliation's order comparison settles whatever that lookup missed.
///
/// A sibling the router never learnt of (the entry and an exit both filled between two
/// synchronisations, and the venue had already cancelled the other exit) stays unknown: it
/// never changed the position.
extension OrderRouter {
    /// The recorded order `fill` belongs to, with its recorded fills: known without a read
    /// while the router sends the order, else read in one query. Nil when the store does not
    /// know it (see `venueExit(of:at:)`).
    func recordedOwner(of fill: BrokerFill) async throws(RouterError) -> FillBatch.Owner? {
        if let sent = sending[fill.clientID], let fills = sent.fills { return (sent.stored, fills) }
        return try await guarded { () async throws(StoreError) in try await store.orderWithFills(fill.clientID) }
    }

    /// For a fill whose order the store does not know: an exit the venue placed under a client
    /// id of its own for a parent the store does know, recorded now from the venue's view of it
    /// (with no fills yet). Nil when the store knows no parent either (a foreign fill).
    func venueExit(of fill: BrokerFill, at time: Timestamp) async throws(RouterError) -> FillBatch.Owner? {
        guard let parentID = fill.parent,
              let parent = try await guarded({ () async throws(StoreError) in try await store.order(parentID) }),
              parent.account == fill.account else { return nil }
        var now = time
        switch await lookUp(fill.clientID, from: &now) {
        case .found(let venueOrder): return (try await recordVenueExit(venueOrder, of: parent, at: time), [])
        case .unknown(let error): throw .broker(error)
        case .absent: throw .broker(BrokerError(.unknownOrder, "the venue reports fill \(fill.id) of \(fill.clientID) but not the order"))
        }
    }

    /// Records `venueOrder`, an exit the venue placed for `parent`, as a working exit order of
    /// the parent's intent (its fills then move it); returns the stored order.
    func recordVenueExit(_ venueOrder: BrokerOrder, of parent: OrderRecord, at time: Timestamp) async throws(RouterError) -> OrderRecord {
        // The venue runs the exits' one-cancels-other itself: no group, so the router never cancels them.
        let body = OrderIntent(symbol: venueOrder.symbol, side: venueOrder.side, quantity: venueOrder.quantity,
                               type: venueOrder.type ?? .market, tag: parent.order.tag)
        let exit = OrderRecord(id: venueOrder.clientID, intentID: parent.intentID, parent: parent.id, account: parent.account,
                               order: body, status: .accepted, brokerID: venueOrder.brokerID, createdAt: time, updatedAt: time)
        let audit = [entry(time, "order.venueExit", "order", exit.id.rawValue, reason: "exit of \(parent.id) placed by the venue",
                           details: "\(body.side.rawValue) \(body.quantity) \(body.symbol), broker \(venueOrder.brokerID)")]
        if try await insertOrder(exit, audit: audit) { return exit }
        return try await guarded { () async throws(StoreError) in try await store.order(exit.id) } ?? exit
    }

    /// After a recorded fill on a venue that attaches brackets: a bracketed entry's exits are
    /// learnt; an exit's siblings are brought to the venue's state.
    func followVenueBracket(_ order: OrderRecord, at time: Timestamp, report: inout FillSyncReport) async throws(RouterError) {
        guard broker.supportsBrackets else { return }
        if order.parent == nil, order.order.bracket != nil {
            report.exitsLearned += try await learnVenueExits(of: order, at: time)
        } else if let parent = order.parent {
            report.cancelled += try await settleSiblings(of: order, parent: parent, at: time)
        }
    }

    /// Records the venue's working exits of `entry` the store does not know yet. A failed read
    /// is audited and left to reconciliation (or to the exit's own fill).
    func learnVenueExits(of bracketed: OrderRecord, at time: Timestamp) async throws(RouterError) -> [OrderRecord] {
        let answer = await outcome("open orders") { [broker, account = bracketed.account] () async throws(BrokerError) in
            try await broker.openOrders(account: account)
        }
        guard case .success(let open) = answer else {
            if case .failure(let error) = answer {
                let note = entry(time, "order.exitsUnread", "order", bracketed.id.rawValue, reason: "venue exits not read: \(error)")
                try await guarded { () async throws(StoreError) in try await store.appendAudit([note]) }
            }
            return []
        }
        var learnt: [OrderRecord] = []
        for venueOrder in open where venueOrder.parent == bracketed.id {
            guard try await guarded({ () async throws(StoreError) in try await store.order(venueOrder.clientID) }) == nil else { continue }
            learnt.append(try await recordVenueExit(venueOrder, of: bracketed, at: time))
        }
        return learnt
    }

    /// Looks up the stored working siblings of a filled venue exit and stores the ones the
    /// venue finished (cancelled, expired) in that state.
    private func settleSiblings(of exit: OrderRecord, parent: ClientOrderID, at time: Timestamp) async throws(RouterError) -> [OrderRecord] {
        let account = exit.account
        let working = try await guarded { () async throws(StoreError) in
            try await store.orders(account: account, statuses: [.accepted, .partiallyFilled])
        }
        var settled: [OrderRecord] = []
        for sibling in working where sibling.parent == parent && sibling.id != exit.id {
            var now = time
            guard case .found(let venueOrder) = await lookUp(sibling.id, from: &now),
                  venueOrder.status.isTerminal, venueOrder.status != .filled else { continue }
            settled.append(try await persist(venueOrder, for: sibling, at: now))
        }
        return settled
    }
}
