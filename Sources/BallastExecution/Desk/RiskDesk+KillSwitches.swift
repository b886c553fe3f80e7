import BallastCore
import BallastRisk
import BallastStore

extension RiskDesk {
    /// Runs the kill switches on a fresh snapshot at `time`. Every change is stored first (a
    /// `kill_switch_events` row with its audit entry, then the whole board); only then are the
    /// actions performed: working orders cancelled, positions flattened by protective orders.
    /// A failed action is audited and retried at the next evaluation.
    public func evaluateKillSwitches(at time: Timestamp) async throws(DeskError) -> KillSwitchResponse {
        try await refresh(at: time)
        let snapshot = snapshot(at: time)
        let before = (board.engaged, board.actedGrade)
        let report = board.update(snapshot)
        unsaved += report.changes
        try await persistBoard(changed: before != (board.engaged, board.actedGrade), at: time)
        if marks.needsSaving(peakStep: configuration.peakSaveStep) { try await saveMarks(at: time) }
        var response = KillSwitchResponse(report: report)
        var actions = (cancel: report.cancel, orders: report.flattenOrders)
        if reassert, let grade = board.grade, actions.cancel.isEmpty, actions.orders.isEmpty {
            let again = KillSwitchBoard.actions(for: grade, in: snapshot)
            actions = (again.cancel, again.orders)
        }
        reassert = false
        try await perform(cancel: actions.cancel, flatten: actions.orders, at: time, into: &response)
        return response
    }

    /// The operator halts trading at `grade`: stored (event, audit entry, board) before the
    /// grade's actions are performed by the evaluation that follows.
    public func engageManual(grade: KillSwitchGrade, actor: String, reason: String, at time: Timestamp)
        async throws(DeskError) -> KillSwitchResponse {
        let change: KillSwitchChange
        do throws(KillSwitchError) { change = try board.engageManual(grade: grade, actor: actor, reason: reason, at: time) } catch {
            throw .killSwitch(error)
        }
        unsaved.append(change)
        try await persistBoard(changed: true, at: time)
        return try await evaluateKillSwitches(at: time)
    }

    /// Releases `kind` by hand, after an evaluation on a fresh snapshot: refused (nothing
    /// stored) while its condition holds, and without an actor or a reason.
    public func release(_ kind: KillSwitchKind, actor: String, reason: String, at time: Timestamp)
        async throws(DeskError) -> KillSwitchChange {
        _ = try await evaluateKillSwitches(at: time)
        let change: KillSwitchChange
        do throws(KillSwitchError) { change = try board.release(kind, actor: actor, reason: reason, at: time) } catch {
            throw .killSwitch(error)
        }
        unsaved.append(change)
        try await persistBoard(changed: true, at: time)
        return change
    }

    /// Stores the changes not yet stored, each as an event with its audit entry, then the board.
    /// The batch is taken before the first write, so an evaluation running meanwhile (the actor
    /// is re-entered at each await) never stores a change twice; what fails goes back first.
    private func persistBoard(changed: Bool, at time: Timestamp) async throws(DeskError) {
        guard changed || !unsaved.isEmpty else { return }
        var batch = unsaved
        unsaved.removeAll()
        let account = configuration.account
        while let change = batch.first {
            let event = change.record(account: account)
            let note = AuditEntry(time: change.time, actor: change.actor, action: "killswitch.\(change.engaged ? "engaged" : "released")",
                                  entity: "killswitch", entityID: "\(account)/\(event.name)", reason: change.reason,
                                  details: "grade \(event.grade)")
            do throws(StoreError) { try await store.recordKillSwitch(event, audit: [note]) } catch {
                unsaved.insert(contentsOf: batch, at: 0)
                throw .store(error)
            }
            batch.removeFirst()
        }
        try await saveBoard(at: time)
    }

    /// Cancels, then flattens, through the router; failures are audited and leave the actions
    /// to be asked for again at the next evaluation.
    private func perform(cancel: [ClientOrderID], flatten: [OrderIntent], at time: Timestamp,
                         into response: inout KillSwitchResponse) async throws(DeskError) {
        guard !cancel.isEmpty || !flatten.isEmpty else { return }
        guard let router else {
            reassert = true
            throw .noRouter
        }
        let why = "kill switch \(board.engaged.keys.sorted().map(\.rawValue).joined(separator: ", ")) (\(board.grade?.rawValue ?? "none"))"
        for id in cancel {
            do throws(RouterError) {
                if let order = try await router.cancel(id, reason: why, at: time) { response.cancelled.append(order) }
            } catch {
                response.failures.append("cancel \(id): \(error)")
            }
        }
        for order in flatten {
            let intent = protectiveIntent(id: "killswitch/\(configuration.account)/\(order.symbol)/\(time.nanoseconds)", order, at: time)
            do throws(OrderRouter.ProtectiveError) {
                response.flattened.append(try await router.submitProtective(intent, reason: "\(why): flatten", at: time))
                ordersSent.record(at: time)
            } catch {
                response.failures.append("flatten \(order.symbol): \(error)")
            }
        }
        if !response.failures.isEmpty { reassert = true }
        try await noteFailures(response.failures, at: time)
    }

    /// Audits failed actions and counts them as errors.
    func noteFailures(_ failures: [String], at time: Timestamp) async throws(DeskError) {
        guard !failures.isEmpty else { return }
        for _ in failures { errors.record(at: time) }
        let notes = failures.map { entry(time, "risk.actionFailed", reason: $0) }
        try await stored { () async throws(StoreError) in try await store.appendAudit(notes) }
    }

    /// A protective intent of the desk, priced at the quote it would take.
    func protectiveIntent(id: String, _ order: OrderIntent, at time: Timestamp) -> TradeIntent {
        let account = configuration.account
        let reference = quotes[order.symbol].map { $0.price(for: order.side) } ?? .zero
        return TradeIntent(id: IntentID(id), account: account,
                           strategy: configuration.actor, order: order, createdAt: time, referencePrice: reference)
    }
}
