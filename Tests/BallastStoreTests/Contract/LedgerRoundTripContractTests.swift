import BallastCore
import BallastStore
import Testing
import BallastTestSupport

/// Every protocol method gives back exactly what was written, on every backend.
@Suite struct LedgerRoundTripContractTests {
    typealias S = LedgerSample

    @Test(arguments: StoreBackend.all)
    func intentsAndOrdersRoundTripEveryField(_ backend: StoreBackend) async throws {
        try await withStore(backend) { handle in
            let store = handle.store
            try await store.saveAccount(S.account, audit: [])
            var orders: [OrderRecord] = []
            for (index, order) in S.orderIntents.enumerated() {
                let intent = S.intent("intent-\(index)", order, at: Int64(index) * 10)
                var record = S.order(for: intent, at: Int64(index) * 10)
                if index == 1 { record.brokerID = nil; record.averagePrice = Price(raw: -1); record.filledQuantity = Quantity(raw: 1) }
                let outcome = try await store.recordIntent(intent, order: record, approval: nil, audit: [S.audit("intent.recorded", "\(index)")])
                #expect(outcome == .recorded)
                #expect(try await store.intent(intent.id) == intent)
                #expect(try await store.order(record.id) == record)
                orders.append(record)
            }
            let exit = OrderRecord(id: ClientOrderID("exit-1"), intentID: orders[0].intentID, parent: orders[0].id,
                                   account: S.accountID, order: S.orderIntents[2], status: .created, createdAt: S.time(1000),
                                   updatedAt: S.time(1000))
            #expect(try await store.insertOrder(exit, audit: []))
            #expect(try await store.order(exit.id) == exit)
            let working = try await store.orders(account: S.accountID, statuses: [.submitted, .created])
            #expect(working == orders + [exit])
            #expect(try await store.orders(account: S.accountID, statuses: [.created]) == [exit])
            #expect(try await store.orders(account: S.accountID, statuses: []) == [])
            #expect(try await store.orders(account: "other", statuses: Set(OrderStatus.allCases)) == [])
            #expect(try await store.intent(IntentID("missing")) == nil)
            #expect(try await store.order(ClientOrderID("missing")) == nil)
        }
    }

    @Test(arguments: StoreBackend.all)
    func updatesRoundTrip(_ backend: StoreBackend) async throws {
        try await withStore(backend) { handle in
            let store = handle.store
            try await store.saveAccount(S.account, audit: [])
            let intent = S.intent("i-1", S.orderIntents[1], status: .received)
            var order = S.order(for: intent, status: .created)
            _ = try await store.recordIntent(intent, order: order, approval: nil, audit: [])
            #expect(try await store.updateIntent(intent.id, to: .ordered, rule: "", reason: "passed", time: S.time(99),
                                                 expected: [.received, .awaitingApproval], audit: []))
            var expectedIntent = intent
            (expectedIntent.status, expectedIntent.rule, expectedIntent.reason, expectedIntent.updatedAt) = (.ordered, "", "passed", S.time(99))
            #expect(try await store.intent(intent.id) == expectedIntent)

            order.status = .accepted
            order.order.type = .limit(Price(raw: 42))
            order.order.timeInForce = .gtd(S.time(500))
            order.order.bracket = nil
            (order.brokerID, order.reason, order.attempts, order.updatedAt) = (BrokerOrderID("B9"), "modified", 3, S.time(98))
            #expect(try await store.updateOrder(order, expected: .created, audit: []))
            #expect(try await store.order(order.id) == order)
        }
    }

    @Test(arguments: StoreBackend.all)
    func approvalsRoundTripAndDecide(_ backend: StoreBackend) async throws {
        try await withStore(backend) { handle in
            let store = handle.store
            try await store.saveAccount(S.account, audit: [])
            let first = S.intent("a-1", status: .awaitingApproval)
            let second = S.intent("a-2", status: .awaitingApproval)
            let pending = S.approval(first)
            var later = S.approval(second)
            (later.requestedAt, later.maxDrift) = (S.time(41), nil)
            _ = try await store.recordIntent(first, order: nil, approval: pending, audit: [])
            _ = try await store.recordIntent(second, order: nil, approval: later, audit: [])
            #expect(try await store.approval(intent: first.id) == pending)
            #expect(try await store.approvals(status: .pending) == [pending, later])
            #expect(try await store.approvals(status: .approved) == [])

            var decided = pending
            (decided.status, decided.decidedAt, decided.actor, decided.reason, decided.sizeOverride) =
                (.approved, S.time(50), "alice", "looks fine", Quantity(raw: 5))
            let order = S.order(for: first, status: .created, at: 50)
            #expect(try await store.decideApproval(decided, intentStatus: .ordered, order: order, audit: [S.audit("approval.approved", "a-1")]))
            #expect(try await store.approval(intent: first.id) == decided)
            #expect(try await store.intent(first.id)?.status == .ordered)
            #expect(try await store.intent(first.id)?.updatedAt == S.time(50))
            #expect(try await store.order(order.id) == order)
            #expect(try await store.approvals(status: nil) == [decided, later])
            // Deciding again finds it no longer pending and writes nothing.
            let before = try await LedgerInspection.rowCounts(handle.database)
            var again = decided
            again.status = .rejected
            #expect(try await store.decideApproval(again, intentStatus: .expired, order: nil, audit: [S.audit("x", "y")]) == false)
            #expect(try await LedgerInspection.rowCounts(handle.database) == before)
            #expect(try await store.approval(intent: first.id) == decided)
        }
    }

    @Test(arguments: StoreBackend.all)
    func fillsAndPositionsRoundTrip(_ backend: StoreBackend) async throws {
        try await withStore(backend) { handle in
            let store = handle.store
            var order = try await S.recordedOrder("f-1", quantity: 10, in: store)
            #expect(try await store.lastFillSequence(account: S.accountID) == 0)

            let first = S.fill("deal-1", sequence: 7, order: order, quantity: 4)
            (order.status, order.filledQuantity, order.averagePrice) = (.partiallyFilled, Quantity(raw: 4), first.price)
            let position = S.position(order.order.symbol, quantity: 4)
            #expect(try await store.recordFill(first, order: order, position: position, audit: [S.audit("fill", "deal-1")]))
            #expect(try await store.order(order.id) == order)
            #expect(try await store.position(account: S.accountID, symbol: position.symbol) == position)

            var second = S.fill("deal-2", sequence: 9, order: order, quantity: 6, price: 1_100_000_010)
            second.swap = Money("-13.25", currency: "USD")   // booked by a closing deal; `first` books none
            (order.status, order.filledQuantity) = (.filled, Quantity(raw: 10))
            let flat = S.position(order.order.symbol, quantity: -3, at: 31)
            #expect(try await store.recordFill(second, order: order, position: flat, audit: []))
            let other = S.position("ZZZ", quantity: 0)
            #expect(try await store.recordFill(S.fill("deal-3", sequence: 12, order: order, quantity: 1), order: order,
                                               position: other, audit: []))

            let all = try await store.fills(account: S.accountID, after: 0)
            #expect(all.map(\.id.rawValue) == ["deal-1", "deal-2", "deal-3"])
            #expect(all.first == first)
            #expect(all[1] == second)
            #expect(try await store.fills(account: S.accountID, after: 7).map(\.id.rawValue) == ["deal-2", "deal-3"])
            #expect(try await store.fills(account: S.accountID, after: .max) == [])
            #expect(try await store.fills(order: order.id).count == 3)
            let joined = try await store.orderWithFills(order.id)
            #expect(joined?.order == order)
            #expect(joined?.fills.map(\.id.rawValue) == ["deal-1", "deal-2", "deal-3"])
            #expect(joined?.fills.first == first)
            #expect(try await store.orderWithFills(ClientOrderID("missing")) == nil)
            let bare = try await S.recordedOrder("f-2", quantity: 10, in: store)
            #expect(try await store.orderWithFills(bare.id)?.fills == [])
            #expect(try await store.lastFillSequence(account: S.accountID) == 12)
            #expect(try await store.positions(account: S.accountID) == [flat, other])
            #expect(try await store.position(account: S.accountID, symbol: "NONE") == nil)
        }
    }

    @Test(arguments: StoreBackend.all)
    func accountsInstrumentsAndReportsRoundTrip(_ backend: StoreBackend) async throws {
        try await withStore(backend) { handle in
            let store = handle.store
            try await store.saveAccount(S.account, audit: [S.audit("account.saved", S.accountID)])
            var changed = S.account
            (changed.broker, changed.mode) = ("mt5-icmarkets", "hedging")
            try await store.saveAccount(changed, audit: [])
            #expect(try await store.account(S.accountID) == changed)
            #expect(try await store.account("missing") == nil)

            let gold = InstrumentRecord(symbol: "XAUUSD", brokerSymbol: "XAUUSD.a", assetClass: "metal",
                                        specification: "{\"digits\":2}", updatedAt: S.time(5))
            let euro = InstrumentRecord(symbol: "EURUSD", brokerSymbol: "EURUSD", assetClass: "fx", specification: "{}", updatedAt: S.time(6))
            try await store.saveInstrument(gold)
            try await store.saveInstrument(euro)
            var regold = gold
            regold.brokerSymbol = "XAUUSD.b"
            try await store.saveInstrument(regold)
            #expect(try await store.instruments() == [euro, regold])

            let day = DailyPnL(account: S.accountID, day: 19_700, realized: S.usd(.max), unrealized: S.usd(.min),
                               commissions: Money(raw: -1, currency: "EUR"), swaps: S.usd(2))
            try await store.saveDailyPnL(day)
            var replaced = day
            replaced.realized = S.usd(5)
            try await store.saveDailyPnL(replaced)
            let earlier = DailyPnL(account: S.accountID, day: 19_699, realized: S.usd(1), unrealized: S.usd(0),
                                   commissions: S.usd(0), swaps: S.usd(0))
            try await store.saveDailyPnL(earlier)
            #expect(try await store.dailyPnL(account: S.accountID) == [earlier, replaced])

            let metrics = [DailyMetric(account: S.accountID, day: 1, name: "errors", value: 0.1 + 0.2),
                           DailyMetric(account: S.accountID, day: 1, name: "orders", value: 3),
                           DailyMetric(account: S.accountID, day: 2, name: "errors", value: -1e300)]
            for metric in metrics.reversed() { try await store.saveDailyMetric(metric) }
            try await store.saveDailyMetric(metrics[1])
            #expect(try await store.dailyMetrics(account: S.accountID) == metrics)

            let engaged = KillSwitchEvent(account: S.accountID, time: S.time(60), name: "dailyLoss", grade: "flatten",
                                          engaged: true, reason: "lost 3%", actor: "risk")
            var released = engaged
            (released.time, released.engaged, released.actor) = (S.time(61), false, "alice")
            try await store.recordKillSwitch(engaged, audit: [S.audit("killswitch.engaged", "dailyLoss")])
            try await store.recordKillSwitch(released, audit: [])
            #expect(try await store.killSwitchEvents(account: S.accountID) == [engaged, released])
            #expect(try await store.killSwitchEvents(account: "other") == [])
            #expect(try await store.auditLog(after: 0, limit: 10).map(\.action) == ["account.saved", "killswitch.engaged"])
        }
    }
}
