import BallastCore
import BallastStore

extension OrderRouter {
    /// Pulls the venue's fills after the last recorded sequence and records each exactly once,
    /// with the order state and the ledger position it produces (the fills that need nothing
    /// after them in one write, see `FillBatch`); then places bracket exits for filled entries
    /// and cancels one-cancels-other siblings.
    ///
    /// Returns everything recorded since the last report, so each recorded fill is reported
    /// once: by this synchronisation, and by those the router ran on its own (for a venue
    /// answer that reported fills, before a protective order). A report keeps at least the
    /// latest `unreportedLimit` entries of each kind, and at most twice as many.
    public func syncFills(at time: Timestamp) async throws(RouterError) -> FillSyncReport {
        try await synchronise(at: time)
        defer { unreported = FillSyncReport() }
        return unreported
    }

    /// Runs a fill synchronisation whose report waits in `unreported`. Concurrent calls share
    /// synchronisations (see `SharedRuns`): a caller joins only one that started after it
    /// called, since one already running may have read the venue before the caller's fill
    /// happened.
    func synchronise(at time: Timestamp) async throws(RouterError) {
        do { try await syncs.run { try await self.performSync(at: time) } } catch let error as RouterError {
            throw error
        } catch {
            throw .broker(BrokerError(.disconnected, "fill synchronisation stopped: \(error)"))
        }
    }

    /// The ledger of this account as the store has it.
    public func positions() async throws(RouterError) -> [PositionRecord] {
        // While a fill write owns the ledger, what the store holds until it commits.
        if ledger == nil, let settledPositions { return settledPositions.filter { $0.account == configuration.account } }
        return try await loadedLedger().positions.filter { $0.account == configuration.account }
    }

    /// The ledger's positions and the fills recorded after `sequence`, from this router's
    /// memory of what it recorded (it is the account's writer of fills), so a caller keeping
    /// up with the ledger needs no read. Nil when the router cannot vouch for every such fill
    /// (it has not synchronised yet, another writer recorded fills, or `sequence` is older
    /// than what it keeps): read the store then.
    public func recorded(after sequence: UInt64) async throws(RouterError) -> (positions: [PositionRecord], fills: [BrokerFill])? {
        guard let fills = recent.after(sequence) else { return nil }
        let taken = Array(fills)
        return (try await positions(), taken)
    }

    /// Records the venue's fills in sequence order and stops at the first one it cannot record
    /// (an order the store does not know, an instrument or conversion rate it lacks, a failed
    /// lookup): `lastFillSequence` is where the next synchronisation resumes, so a later fill
    /// recorded before an earlier one would hide the earlier one for good. Store failures are
    /// thrown; a fill that cannot be recorded comes back in `report.blocked`, audited once.
    private func performSync(at time: Timestamp) async throws(RouterError) {
        var report = FillSyncReport()
        // What was recorded is reported even when a later step throws.
        defer {
            unreported.append(report)
            unreported.keepLatest(Self.unreportedLimit)
        }
        let account = configuration.account
        let last: UInt64
        if let fillCursor { last = fillCursor } else {
            let version = recent.version
            last = try await guarded { () async throws(StoreError) in try await store.lastFillSequence(account: account) }
            fillCursor = last
            recent.start(after: last, readAt: version)
        }
        let fills: [BrokerFill]
        do {
            fills = try await call("fills after \(last)") { [broker] () async throws(BrokerError) in try await broker.fills(account: account, after: last) }
        } catch { throw .broker(error) }
        var batch = FillBatch()
        for fill in fills.sorted(by: { $0.sequence < $1.sequence }) where fill.account == account && fill.sequence > last {
            if batch.isFull { guard try await flush(&batch, at: time, into: &report) else { break } }
            let placement = try await place(fill, in: &batch)
            guard case .alone(let owner) = placement else { continue }
            guard try await flush(&batch, at: time, into: &report),
                  try await sync(fill, owner: owner, at: time, into: &report) else { break }
        }
        _ = try await flush(&batch, at: time, into: &report)
        // Fills recorded by someone else: the store may be further along than this router knows.
        if !report.alreadyRecorded.isEmpty {
            fillCursor = nil
            recent.forget()
        }
        if report.blocked == nil { blockedFill = nil }
    }

    /// Records one fill and its follow-ups; `recorded` is its order as `recordedOwner(of:)`
    /// found it (nil: not in the store). False when the synchronisation must stop at it.
    func sync(_ fill: BrokerFill, owner recorded: FillBatch.Owner?, at time: Timestamp,
              into report: inout FillSyncReport) async throws(RouterError) -> Bool {
        let written: (fill: BrokerFill, order: OrderRecord)?
        do throws(RouterError) {
            let found: FillBatch.Owner?
            if let recorded { found = recorded } else { found = try await venueExit(of: fill, at: time) }
            guard let owner = found else {
                report.unmatched.append(fill)
                return false
            }
            written = try await record(fill, of: owner.order, earlierFills: owner.fills)
        } catch {
            if case .store = error { throw error }
            try await block(fill, error, at: time, into: &report)
            return false
        }
        fillCursor = max(fillCursor ?? 0, fill.sequence)
        guard let written else {
            report.alreadyRecorded.append(fill)
            return true
        }
        report.recorded.append(written.fill)
        try await followUp(written.order, at: time, report: &report)
        try await followVenueBracket(written.order, at: time, report: &report)
        return true
    }

    /// Reports the fill the synchronisation stopped at, auditing it the first time it stops one.
    private func block(_ fill: BrokerFill, _ error: RouterError, at time: Timestamp, into report: inout FillSyncReport) async throws(RouterError) {
        report.blocked = FillSyncReport.BlockedFill(fill: fill, error: error)
        guard blockedFill != fill.id else { return }
        let note = entry(time, "fill.blocked", "order", fill.clientID.rawValue, reason: error.description,
                         details: "\(fill.id) seq \(fill.sequence): \(fill.side.rawValue) \(fill.quantity) \(fill.symbol) @ \(fill.price); later fills wait")
        try await guarded { () async throws(StoreError) in try await store.appendAudit([note]) }
        blockedFill = fill.id
    }

    /// Records one fill; nil when the store already had it (the ledger is then reloaded).
    /// `earlierFills` are the order's recorded fills when the caller has read them already.
    func record(_ fill: BrokerFill, of order: OrderRecord,
                earlierFills: [BrokerFill]? = nil) async throws(RouterError) -> (fill: BrokerFill, order: OrderRecord)? {
        await fillTurns.acquire()
        defer { fillTurns.release() }
        var next = try await takeLedger()
        defer { dropUnlessPutBack() }
        let terms = try catalog.terms(for: fill.symbol, at: fill.time)
        let position: PositionRecord
        do throws(LedgerError) { position = try next.apply(fill, terms: terms) } catch { throw .ledger(error) }
        let earlier: [BrokerFill]
        if let earlierFills { earlier = earlierFills } else {
            earlier = try await guarded { () async throws(StoreError) in try await store.fills(order: order.id) }
        }
        var updated = Self.order(order, after: fill, earlier: earlier)
        var audit: [AuditEntry] = []
        let answered = takeAnswer(into: &updated, audit: &audit)
        audit.append(recordedEntry(fill, of: order.id, position: position))
        let recorded = try await writingOrders({ () async throws(StoreError) in
            try await store.recordFill(fill, order: updated, position: position, audit: audit)
        }, stored: { [updated] new in new ? [updated] : [] })
        guard recorded else {
            recent.forget()
            return nil
        }
        noteRecorded([fill], ledger: next, answered: answered ? [updated.id] : [])
        return (fill, updated)
    }

    /// Takes the venue's answer on an order being sent into `order`, the state a fill of it is
    /// about to store, with its audit entry (see `settle`); true when there was one to store.
    func takeAnswer(into order: inout OrderRecord, audit: inout [AuditEntry]) -> Bool {
        guard let sent = sending[order.id], let answer = sent.answer, !sent.answerStored else { return false }
        order = SendingOrder.answered(order, by: answer.order)
        audit.append(entry(answer.time, "order.\(order.status.rawValue)", "order", order.id.rawValue,
                           reason: answer.order.reason, details: "broker \(answer.order.brokerID)"))
        return true
    }

    /// What a fill write that took the ledger leaves behind once stored: `ledger`, the ledger
    /// after `fills`, is put back; the fills join the recent ones and the fills of the orders
    /// being sent (whose state came with the write, see `writingOrders`), with whether the
    /// write stored the venue's answer of each order in `answered`.
    func noteRecorded(_ fills: [BrokerFill], ledger: PositionLedger, answered: Set<ClientOrderID>) {
        putBack(ledger)
        for fill in fills {
            recent.append(fill)
            sending[fill.clientID]?.fills?.append(fill)
        }
        for id in answered { sending[id]?.answerStored = true }
    }

    func recordedEntry(_ fill: BrokerFill, of order: ClientOrderID, position: PositionRecord) -> AuditEntry {
        entry(fill.time, "fill.recorded", "order", order.rawValue,
              details: "\(fill.id) \(fill.side.rawValue) \(fill.quantity) @ \(fill.price), position \(position.quantity)")
    }

    /// `order` after `fill`: filled quantity and average price from every recorded fill.
    static func order(_ order: OrderRecord, after fill: BrokerFill, earlier: [BrokerFill]) -> OrderRecord {
        let all = earlier.filter { $0.id != fill.id } + [fill]
        let total = all.reduce(Int64(0)) { $0 + $1.quantity.raw }
        let value = all.reduce(Int128(0)) { $0 + Int128($1.price.raw) * Int128($1.quantity.raw) }
        var updated = order
        updated.filledQuantity = Quantity(raw: total)
        updated.averagePrice = Price(raw: Int64(FixedPointMath.roundedDivide(value, Int128(max(total, 1)))))
        let step: OrderTransition = total >= order.order.quantity.raw ? .fill : .partialFill
        if let next = order.status.next(on: step) { updated.status = next }
        updated.updatedAt = max(order.updatedAt, fill.time)
        return updated
    }

    /// The ledger, owned by the caller until it puts it back (`putBack`) or, when its write
    /// failed, drops it (the next use reloads it): with the stored copy released, `apply`
    /// mutates in place instead of copying every applied fill id (which made each fill cost
    /// O(fills so far)). Readers meanwhile get the positions it held (`settledPositions`).
    func takeLedger() async throws(RouterError) -> PositionLedger {
        let taken = try await loadedLedger()
        settledPositions = taken.positions
        ledger = nil
        return taken
    }

    /// Ends a fill write that took the ledger: `updated` holds what the write stored.
    func putBack(_ updated: PositionLedger) {
        ledger = updated
        settledPositions = nil
    }

    /// Ends a fill write that did not put the ledger back (it failed, or stopped before
    /// writing): the next use reloads the ledger from the store, and readers with it.
    func dropUnlessPutBack() {
        if ledger == nil { settledPositions = nil }
    }

    func loadedLedger() async throws(RouterError) -> PositionLedger {
        if let ledger { return ledger }
        let account = configuration.account
        let stored = try await guarded { () async throws(StoreError) in try await store.positions(account: account) }
        // A fill recorded while this read was in flight left a newer ledger: the read is stale.
        if let ledger { return ledger }
        let loaded = PositionLedger(accountCurrency: configuration.accountCurrency, positions: stored)
        ledger = loaded
        return loaded
    }
}
