import BallastCore
import BallastStore

extension LiveSession {
    /// What one round of actions produced for the engine: refusals to report at once, and the
    /// order records whose status the engine should hear of after their fills.
    struct Round {
        var rejections: [EngineEvent] = []
        var touched: [OrderRecord] = []
    }

    /// Routes `actions`, then hands the engine what came back (fills first, then status
    /// changes), and routes its reactions, until the engine has nothing more to do.
    /// Fills are synchronised at least once, so a quote that filled a working order is seen.
    mutating func process(_ first: [EngineAction], at time: Timestamp) async throws(LiveSessionError) {
        var actions = first
        repeat {
            var round = Round()
            for action in actions { try await perform(action, at: time, into: &round) }
            actions = []
            for event in round.rejections { actions += deliver(event) }
            for fill in try await newFills(at: time) { actions += deliver(.fill(fill)) }
            for event in statusEvents(round.touched, at: time) { actions += deliver(event) }
        } while !actions.isEmpty
    }

    /// Hands one venue event to the engine, keeping the mirror of its orders in step.
    mutating func deliver(_ event: EngineEvent) -> [EngineAction] {
        switch event {
        case .fill(let fill):
            mirror[fill.orderID]?.recordFill(quantity: fill.quantity, price: fill.price)
            report.fills.append(fill)
        case .orderUpdate(let update):
            mirror[update.id]?.apply(update.transition)
        default:
            break
        }
        return engine.handle(event)
    }

    mutating func perform(_ action: EngineAction, at time: Timestamp, into round: inout Round) async throws(LiveSessionError) {
        switch action {
        case .submit(let order):
            try await submit(order, at: time, into: &round)
        case .cancel(let id):
            guard let client = clientIDs[id] else {
                report.anomalies.append(LiveAnomaly(time: time, kind: .unknownOrder, orderID: id, detail: "cancel of an order never routed"))
                return
            }
            let record = try await routed { router throws(RouterError) in
                try await router.cancel(client, reason: "cancelled by the strategy", at: time)
            }
            if let record { round.touched.append(record) }
        case .modify(let id, let change):
            report.anomalies.append(LiveAnomaly(
                time: time, kind: .modifyUnsupported, orderID: id,
                detail: "the order router cannot modify orders (wanted \(change)); the order keeps working unchanged"))
        }
    }

    private mutating func submit(_ order: Order, at time: Timestamp, into round: inout Round) async throws(LiveSessionError) {
        guard let session = sessionID else { return }
        let intent = tradeIntent(for: order, session: session)
        engineIDs[intent.clientOrderID] = order.id
        clientIDs[order.id] = intent.clientOrderID
        mirror[order.id] = order
        let outcome: RouteOutcome
        do {
            outcome = try await submitter.route(intent, at: time)
        } catch {
            guard case .router(let error) = error else { throw .desk(error) }
            switch error {
            case .store, .broker, .ledger: throw .router(error)
            default:
                report.refused.append(.init(intent: intent.id, rule: "router.validation", reason: error.description))
                round.rejections.append(.orderUpdate(OrderUpdate(id: order.id, transition: .reject, time: time, reason: error.description)))
                return
            }
        }
        switch outcome {
        case .sent(let record):
            report.sent.append(record)
            round.touched.append(record)
        case let .duplicate(existing, record):
            report.duplicates.append(intent.id)
            if let record {
                recordedFills += try await routedStore { store throws(StoreError) in try await store.fills(order: record.id) }
                round.touched.append(record)
            } else if [.rejected, .expired, .cancelled].contains(existing.status) {
                round.rejections.append(.orderUpdate(OrderUpdate(id: order.id, transition: .reject, time: time,
                                                                 reason: "\(existing.rule): \(existing.reason)")))
            }
        case let .rejected(rule, reason):
            report.refused.append(.init(intent: intent.id, rule: rule, reason: reason))
            round.rejections.append(.orderUpdate(OrderUpdate(id: order.id, transition: .reject, time: time, reason: "\(rule): \(reason)")))
        case .awaitingApproval:
            report.awaitingApproval.append(intent.id)
        }
    }

    /// The router's intent for the engine's `order`.
    func tradeIntent(for order: Order, session: LiveSessionID) -> TradeIntent {
        var body = order.intent
        body.bracket = nil
        body.ocoGroup = body.ocoGroup.map { "\(session.rawValue)/\($0)" }
        let quote = lastQuotes[body.symbol]
        let reference = (body.side == .buy ? quote?.ask : quote?.bid) ?? .zero
        return TradeIntent(id: session.intentID(for: order.id), account: router.configuration.account, strategy: strategyName,
                           order: body, createdAt: order.createdAt, referencePrice: reference)
    }

    func routed<T: Sendable>(_ call: (OrderRouter) async throws(RouterError) -> T) async throws(LiveSessionError) -> T {
        do { return try await call(router) } catch { throw .router(error) }
    }

    func routedStore<T: Sendable>(_ call: (any LedgerStore) async throws(StoreError) -> T) async throws(LiveSessionError) -> T {
        do { return try await call(store) } catch { throw .router(.store(error)) }
    }
}
