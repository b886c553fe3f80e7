import BallastCore
import BallastStore

extension OrderRouter {
    /// Puts `fill` into `batch` when it can be recorded with others (see `FillBatch`): its
    /// order is recorded (earlier in the batch, or see `recordedOwner(of:)`), takes batching,
    /// and the catalog has its ledger terms (which join the batch with it). Otherwise it is to
    /// be recorded alone, with its recorded order (nil when the store does not know it).
    func place(_ fill: BrokerFill, in batch: inout FillBatch) async throws(RouterError) -> FillBatch.Placement {
        let owner: FillBatch.Owner
        if let known = batch.owner(of: fill.clientID) {
            owner = known
        } else if let recorded = try await recordedOwner(of: fill) {
            owner = recorded
        } else {
            return .alone(nil)
        }
        guard FillBatch.takes(owner.order), let terms = try? catalog.terms(for: fill.symbol, at: fill.time) else { return .alone(owner) }
        batch.add(fill, owner: owner, terms: terms)
        return .batched
    }

    /// Records the batch's fills in one write, with their orders' and positions' last states,
    /// and empties it. A batch of one is recorded as a single fill. A batch refused (a fill
    /// another writer recorded, which may have moved the orders read before) is recorded fill
    /// by fill, each order read again. False when the synchronisation must stop.
    func flush(_ batch: inout FillBatch, at time: Timestamp, into report: inout FillSyncReport) async throws(RouterError) -> Bool {
        let entries = batch.take()
        if entries.count == 1 { return try await sync(entries[0].fill, owner: entries[0].owner, at: time, into: &report) }
        guard entries.count > 1 else { return true }
        if try await recordTogether(entries) {
            report.recorded += entries.map(\.fill)
            fillCursor = max(fillCursor ?? 0, entries.last?.fill.sequence ?? 0)
            return true
        }
        for entry in entries {
            let owner = try await recordedOwner(of: entry.fill)
            guard try await sync(entry.fill, owner: owner, at: time, into: &report) else { return false }
        }
        return true
    }

    /// One write for the batch's fills (in sequence order); false, with nothing written, when
    /// the ledger or the store refuses one of them.
    private func recordTogether(_ entries: [FillBatch.Entry]) async throws(RouterError) -> Bool {
        await fillTurns.acquire()
        defer { fillTurns.release() }
        let fills = entries.map(\.fill)
        var next = try await takeLedger()
        defer { dropUnlessPutBack() }
        var states: [ClientOrderID: FillBatch.Owner] = [:]
        var orderIDs: [ClientOrderID] = []
        var positions: [PositionKey: PositionRecord] = [:]
        var positionKeys: [PositionKey] = []
        var answered: Set<ClientOrderID> = []
        var audit: [AuditEntry] = []
        for (fill, owner, terms) in entries {
            let position: PositionRecord
            do throws(LedgerError) { position = try next.apply(fill, terms: terms) } catch {
                return false   // recorded alone, the fill reports its error
            }
            let before = states[fill.clientID] ?? owner
            var updated = Self.order(before.order, after: fill, earlier: before.fills)
            if !answered.contains(updated.id), takeAnswer(into: &updated, audit: &audit) { answered.insert(updated.id) }
            audit.append(recordedEntry(fill, of: updated.id, position: position))
            if states[fill.clientID] == nil { orderIDs.append(fill.clientID) }
            states[fill.clientID] = (updated, before.fills + [fill])
            let key = PositionKey(account: position.account, symbol: position.symbol)
            if positions.updateValue(position, forKey: key) == nil { positionKeys.append(key) }
        }
        let orders = orderIDs.compactMap { states[$0]?.order }
        let recorded = try await writingOrders({ () async throws(StoreError) in
            try await store.recordFills(fills, orders: orders, positions: positionKeys.compactMap { positions[$0] }, audit: audit)
        }, stored: { $0 ? orders : [] })
        guard recorded else { return false }
        noteRecorded(fills, ledger: next, answered: answered)
        return true
    }
}
