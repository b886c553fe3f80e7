import BallastCore
import BallastStore

extension OrderRouter {
    /// What a lookup by client id found out about an order whose submission went unanswered.
    enum Lookup { case found(BrokerOrder), absent, unknown(BrokerError) }

    /// Sends a stored `submitted` order until the venue answers, within the retry policy.
    /// A lost answer is settled by a lookup before any resend; the order stays `submitted`
    /// (for the reconciler) only when even the lookups fail.
    func dispatch(_ order: OrderRecord, at time: Timestamp) async throws(RouterError) -> OrderRecord {
        let registered = sending[order.id] == nil
        if registered { sending[order.id] = SendingOrder(stored: order) }
        defer { if registered { sending[order.id] = nil } }
        return try await send(order, at: time)
    }

    private func send(_ order: OrderRecord, at time: Timestamp) async throws(RouterError) -> OrderRecord {
        let request = request(for: order, at: time)
        var current = order
        var now = time
        var sends = 0
        while true {
            sends += 1
            if sends > 1 { current = try await recordResend(current, attempt: sends, at: now) }
            now = await pace(now)
            let failure: BrokerError
            switch await outcome("submit \(order.id)", { [broker] () async throws(BrokerError) in try await broker.submit(request) }) {
            case .success(let ack): return try await settle(ack, for: current, at: now)
            case .failure(let error): failure = error
            }
            guard failure.isRetryable else { return try await markRejected(current, reason: failure.description, at: now) }
            if failure.outcomeUnknown {
                switch await lookUp(order.id, from: &now) {
                case .found(let ack): return try await settle(ack, for: current, at: now)
                case .unknown(let error): return try await leaveUnresolved(current, error: error, at: now)
                case .absent: break
                }
            }
            guard configuration.retry.shouldRetry(failure, afterAttempt: sends) else {
                return try await markRejected(current, reason: "not placed after \(sends) attempts: \(failure)", at: now)
            }
            now = await pause(configuration.retry.delay(afterAttempt: sends, random: &random), from: now)
        }
    }

    /// Looks the order up by client id, retrying failed lookups under the same policy.
    func lookUp(_ id: ClientOrderID, from now: inout Timestamp) async -> Lookup {
        var attempt = 0
        while true {
            attempt += 1
            now = await pace(now)
            do {
                let found = try await call("look up \(id)") { [broker, account = configuration.account] () async throws(BrokerError) in
                    try await broker.order(id, account: account)
                }
                return found.map(Lookup.found) ?? .absent
            } catch {
                guard configuration.retry.shouldRetry(error, afterAttempt: attempt) else { return .unknown(error) }
                now = await pause(configuration.retry.delay(afterAttempt: attempt, random: &random), from: now)
            }
        }
    }

    /// Stores the venue's answer on the order being sent. An answer that reports fills is stored
    /// with the first of them, in the fill's write (one write instead of two): the fills are
    /// synchronised at once, their report waiting for the next `syncFills`. When no fill of the
    /// order could be recorded (not yet visible at the venue, a synchronisation that failed or
    /// stopped before it), the answer is stored alone.
    private func settle(_ ack: BrokerOrder, for order: OrderRecord, at time: Timestamp) async throws(RouterError) -> OrderRecord {
        guard ack.filledQuantity.raw > 0, sending[order.id] != nil else { return try await persist(ack, for: order, at: time) }
        sending[order.id]?.answer = (ack, time)
        // The venue filled the order before answering, so a synchronisation under way may be
        // recording the fill already: only when it did not is another one run. A failed one
        // fails again at the next `syncFills`, which reports it; the answer is stored alone.
        await syncs.waitForCurrent()
        if sending[order.id]?.answerStored != true { try? await synchronise(at: time) }
        guard let sent = sending[order.id] else { return try await persist(ack, for: order, at: time) }
        if sent.answerStored { return sent.stored }
        sending[order.id]?.answer = nil
        return try await persist(ack, for: sent.stored, at: time)
    }

    /// Stores the venue's answer on a `submitted` order (compare-and-set). When another
    /// writer moved the order first, the stored state wins and comes back.
    func persist(_ ack: BrokerOrder, for order: OrderRecord, at time: Timestamp) async throws(RouterError) -> OrderRecord {
        var updated = order
        if ack.status != .created, order.status.next(on: transition(to: ack.status)) != nil { updated.status = ack.status }
        updated.brokerID = ack.brokerID
        updated.filledQuantity = max(order.filledQuantity, ack.filledQuantity)
        if ack.filledQuantity >= order.filledQuantity, ack.averagePrice.raw != 0 { updated.averagePrice = ack.averagePrice }
        updated.reason = ack.reason
        updated.updatedAt = time
        let audit = [entry(time, "order.\(updated.status.rawValue)", "order", order.id.rawValue, reason: ack.reason,
                           details: "broker \(ack.brokerID)")]
        return try await compareAndSet(updated, expected: order.status, audit: audit)
    }

    func markRejected(_ order: OrderRecord, reason: String, at time: Timestamp) async throws(RouterError) -> OrderRecord {
        var updated = order
        guard let next = order.status.next(on: .reject) else { return order }
        updated.status = next
        updated.reason = reason
        updated.updatedAt = time
        return try await compareAndSet(updated, expected: order.status,
                                       audit: [entry(time, "order.rejected", "order", order.id.rawValue, reason: reason)])
    }

    func compareAndSet(_ order: OrderRecord, expected: OrderStatus, audit: [AuditEntry]) async throws(RouterError) -> OrderRecord {
        let written = try await writingOrders({ () async throws(StoreError) in
            try await store.updateOrder(order, expected: expected, audit: audit)
        }, stored: { $0 ? [order] : [] })
        if written { return order }
        let stored = try await guarded { () async throws(StoreError) in try await store.order(order.id) } ?? order
        if sending[order.id] != nil {
            // Another flow moved the order first: what it recorded is in the store only.
            sending[order.id]?.stored = stored
            sending[order.id]?.fills = nil
        }
        return stored
    }

    private func recordResend(_ order: OrderRecord, attempt: Int, at time: Timestamp) async throws(RouterError) -> OrderRecord {
        var updated = order
        updated.attempts = attempt
        updated.updatedAt = time
        return try await compareAndSet(updated, expected: order.status,
                                       audit: [entry(time, "order.resent", "order", order.id.rawValue, details: "attempt \(attempt)")])
    }

    private func leaveUnresolved(_ order: OrderRecord, error: BrokerError, at time: Timestamp) async throws(RouterError) -> OrderRecord {
        let note = entry(time, "order.unresolved", "order", order.id.rawValue, reason: "venue answer unknown: \(error)")
        try await guarded { () async throws(StoreError) in try await store.appendAudit([note]) }
        return order
    }

    /// The request for `order`: the bracket travels with it only when the venue attaches brackets.
    func request(for order: OrderRecord, at time: Timestamp) -> OrderRequest {
        var body = order.order
        if !broker.supportsBrackets { body.bracket = nil }
        return OrderRequest(clientID: order.id, account: order.account, order: body,
                            deadline: configuration.requestLifetime.map { time + $0 })
    }

    /// A venue call under the timeout, as a result.
    func outcome<T: Sendable>(_ name: String, _ operation: @escaping @Sendable () async throws(BrokerError) -> T) async -> Result<T, BrokerError> {
        do throws(BrokerError) { return .success(try await call(name, operation)) } catch { return .failure(error) }
    }

    func call<T: Sendable>(_ name: String, _ operation: @escaping @Sendable () async throws(BrokerError) -> T) async throws(BrokerError) -> T {
        try await CallTimeout(nanoseconds: configuration.callTimeout, timer: timer).run(name, operation)
    }

    /// Waits for the venue's rate limit; returns the (logical) time after the wait.
    func pace(_ now: Timestamp) async -> Timestamp {
        guard let throttle else { return now }
        return await pause(await throttle.reserve(at: now), from: now)
    }

    func pause(_ nanoseconds: Int64, from now: Timestamp) async -> Timestamp {
        guard nanoseconds > 0 else { return now }
        try? await sleeper.sleep(nanoseconds: nanoseconds)
        return now + nanoseconds
    }

    func transition(to status: OrderStatus) -> OrderTransition {
        switch status {
        case .created, .submitted: .submit
        case .accepted: .accept
        case .partiallyFilled: .partialFill
        case .filled: .fill
        case .cancelled: .cancel
        case .rejected: .reject
        case .expired: .expire
        }
    }
}
