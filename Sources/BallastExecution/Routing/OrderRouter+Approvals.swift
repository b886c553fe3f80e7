import BallastCore
import BallastStore

extension OrderRouter {
    /// Approves a waiting intent and sends its order. Refused when the request is no longer
    /// pending, has expired (it is marked expired), or the price has moved from the intent's
    /// reference by more than the request allows (it stays pending, the refusal is audited).
    /// The pre-trade screen runs again on the approved (possibly resized) order; its
    /// rejection closes the request as rejected.
    public func approve(_ intentID: IntentID, actor: String, sizeOverride: Quantity? = nil, currentPrice: Price,
                        at time: Timestamp) async throws(RouterError) -> RouteOutcome {
        let (record, approval) = try await pendingApproval(intentID)
        try await refuseIfStale(record, approval, actor: actor, currentPrice: currentPrice, at: time)
        var intent = record.intent
        if let sizeOverride { intent.order.quantity = sizeOverride }
        try validate(intent.order, account: intent.account)
        // The screen runs again: limits and kill switches may have changed while it waited.
        switch await screen.screen(intent, at: time) {
        case let .reject(rule, reason):
            _ = try await decide(approval, as: .rejected, intentStatus: .rejected, actor: actor, reason: "\(rule): \(reason)",
                                 order: nil, at: time)
            return .rejected(rule: rule, reason: reason)
        case let .accept(order):
            intent.order = order
            try validate(order, account: intent.account)
        case .needsApproval:
            break
        }
        let order = submittedOrder(for: intent, at: time)
        var decided = approval
        decided.sizeOverride = sizeOverride
        guard try await decide(decided, as: .approved, intentStatus: .ordered, actor: actor, reason: "approved",
                               order: order, at: time) else {
            throw .approvalNotPending(intentID, try await pendingStatus(intentID))
        }
        return .sent(try await dispatch(order, at: time))
    }

    /// Refuses a waiting intent (it never becomes an order).
    public func reject(_ intentID: IntentID, actor: String, reason: String, at time: Timestamp) async throws(RouterError) {
        let (_, approval) = try await pendingApproval(intentID)
        guard try await decide(approval, as: .rejected, intentStatus: .expired, actor: actor, reason: reason, order: nil, at: time) else {
            throw .approvalNotPending(intentID, try await pendingStatus(intentID))
        }
    }

    /// Expires this account's pending approvals whose time ran out by `time`; returns them.
    public func expireApprovals(at time: Timestamp) async throws(RouterError) -> [ApprovalRecord] {
        let pending = try await guarded { () async throws(StoreError) in try await store.approvals(status: .pending) }
        var expired: [ApprovalRecord] = []
        for approval in pending where approval.expiresAt < time {
            let intent = try await guarded { () async throws(StoreError) in try await store.intent(approval.intentID) }
            guard intent?.intent.account == configuration.account else { continue }
            if try await decide(approval, as: .expired, intentStatus: .expired, actor: configuration.actor,
                                reason: "no decision by \(approval.expiresAt.iso8601)", order: nil, at: time) {
                var done = approval
                done.status = .expired
                done.decidedAt = time
                expired.append(done)
            }
        }
        return expired
    }

    /// Expires a request whose time ran out (and throws); refuses, audited, an approval at a
    /// price too far from the intent's reference (the request stays pending).
    private func refuseIfStale(_ record: IntentRecord, _ approval: ApprovalRecord, actor: String, currentPrice: Price,
                               at time: Timestamp) async throws(RouterError) {
        let id = record.id
        guard time <= approval.expiresAt else {
            _ = try await decide(approval, as: .expired, intentStatus: .expired, actor: configuration.actor,
                                 reason: "expired before approval", order: nil, at: time)
            throw .approvalExpired(id, expiredAt: approval.expiresAt)
        }
        let reference = record.intent.referencePrice
        if let limit = approval.maxDrift, abs(currentPrice.raw - reference.raw) > limit.raw {
            let note = entry(time, "approval.refused", "intent", id.rawValue, actor: actor,
                             reason: "price drift: \(reference) → \(currentPrice), limit \(limit)")
            try await guarded { () async throws(StoreError) in try await store.appendAudit([note]) }
            throw .priceDrift(id, reference: reference, current: currentPrice, limit: limit)
        }
    }

    private func pendingApproval(_ id: IntentID) async throws(RouterError) -> (IntentRecord, ApprovalRecord) {
        guard let approval = try await guarded({ () async throws(StoreError) in try await store.approval(intent: id) }),
              let record = try await guarded({ () async throws(StoreError) in try await store.intent(id) }) else {
            throw .approvalNotFound(id)
        }
        guard record.intent.account == configuration.account else {
            throw .wrongAccount(expected: configuration.account, got: record.intent.account)
        }
        guard approval.status == .pending else { throw .approvalNotPending(id, approval.status) }
        return (record, approval)
    }

    private func pendingStatus(_ id: IntentID) async throws(RouterError) -> ApprovalStatus {
        try await guarded { () async throws(StoreError) in try await store.approval(intent: id) }?.status ?? .pending
    }

    private func decide(_ approval: ApprovalRecord, as status: ApprovalStatus, intentStatus: IntentStatus, actor: String,
                        reason: String, order: OrderRecord?, at time: Timestamp) async throws(RouterError) -> Bool {
        var decided = approval
        decided.status = status
        decided.decidedAt = time
        decided.actor = actor
        decided.reason = reason
        var audit = [entry(time, "approval.\(status.rawValue)", "intent", approval.intentID.rawValue, actor: actor, reason: reason,
                           details: approval.sizeOverride.map { "size override \($0)" } ?? "")]
        if let order {
            audit.append(entry(time, "order.submitted", "order", order.id.rawValue,
                               details: "\(order.order.side.rawValue) \(order.order.quantity) \(order.order.symbol)"))
        }
        return try await writingOrders({ () async throws(StoreError) in
            try await store.decideApproval(decided, intentStatus: intentStatus, order: order, audit: audit)
        }, stored: { decidedNow in decidedNow ? order.map { [$0] } ?? [] : [] })
    }
}
