import BallastCore
import BallastStore
import Testing
import BallastTestSupport

/// Repeats change nothing, and compare-and-set loses cleanly, on every backend.
@Suite struct LedgerIdempotencyContractTests {
    typealias S = LedgerSample

    @Test(arguments: StoreBackend.all)
    func duplicateIntentReturnsTheOriginalsAndWritesNothing(_ backend: StoreBackend) async throws {
        try await withStore(backend) { handle in
            let store = handle.store
            try await store.saveAccount(S.account, audit: [])
            let intent = S.intent("dup-1")
            let order = S.order(for: intent)
            #expect(try await store.recordIntent(intent, order: order, approval: nil, audit: [S.audit("intent.recorded", "dup-1")]) == .recorded)
            let before = try await LedgerInspection.rowCounts(handle.database)

            var repeated = intent
            (repeated.status, repeated.reason) = (.rejected, "second time")
            var repeatedOrder = order
            repeatedOrder.reason = "second"
            let again = try await store.recordIntent(repeated, order: repeatedOrder, approval: S.approval(repeated),
                                                     audit: [S.audit("intent.recorded", "dup-1")])
            #expect(again == .duplicate(intent, order))
            #expect(try await LedgerInspection.rowCounts(handle.database) == before)

            // Another intent whose client order id is taken gets the first intent's records.
            let other = S.intent("dup-other")
            var clash = S.order(for: other)
            clash = OrderRecord(id: order.id, intentID: other.id, account: S.accountID, order: other.intent.order,
                                createdAt: clash.createdAt, updatedAt: clash.updatedAt)
            #expect(try await store.recordIntent(other, order: clash, approval: nil, audit: [S.audit("x", "y")]) == .duplicate(intent, order))
            #expect(try await store.intent(other.id) == nil)
            #expect(try await LedgerInspection.rowCounts(handle.database) == before)
            #expect(try await store.insertOrder(order, audit: [S.audit("x", "y")]) == false)
            #expect(try await LedgerInspection.rowCounts(handle.database) == before)
        }
    }

    @Test(arguments: StoreBackend.all)
    func duplicateOfAnApprovalIntentHasNoOrder(_ backend: StoreBackend) async throws {
        try await withStore(backend) { handle in
            try await handle.store.saveAccount(S.account, audit: [])
            let intent = S.intent("wait-1", status: .awaitingApproval)
            _ = try await handle.store.recordIntent(intent, order: nil, approval: S.approval(intent), audit: [])
            #expect(try await handle.store.recordIntent(intent, order: nil, approval: S.approval(intent), audit: []) == .duplicate(intent, nil))
        }
    }

    @Test(arguments: StoreBackend.all)
    func concurrentRecordingsOfOneIntentMakeOneOrder(_ backend: StoreBackend) async throws {
        try await withStore(backend) { handle in
            let store = handle.store
            try await store.saveAccount(S.account, audit: [])
            let intent = S.intent("race-1")
            let order = S.order(for: intent)
            let outcomes = try await withThrowingTaskGroup(of: IntentRecording.self) { group in
                for _ in 0..<200 {
                    group.addTask { try await store.recordIntent(intent, order: order, approval: nil, audit: [S.audit("intent.recorded", "race-1")]) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 == .recorded }.count == 1)
            #expect(outcomes.filter { $0 == .duplicate(intent, order) }.count == 199)
            #expect(try await LedgerInspection.count("orders", handle.database) == 1)
            #expect(try await LedgerInspection.count("intents", handle.database) == 1)
            #expect(try await LedgerInspection.count("audit_logs", handle.database) == 1)
        }
    }

    /// Recordings that arrive together may be written together (PostgreSQL writes concurrent
    /// recordings as one statement): new ones, repeats and approvals still get their own answers.
    @Test(arguments: StoreBackend.all)
    func concurrentRecordingsOfManyIntentsEachGetTheirOwnAnswer(_ backend: StoreBackend) async throws {
        try await withStore(backend) { handle in
            let store = handle.store
            try await store.saveAccount(S.account, audit: [])
            let first = S.intent("many-0")
            _ = try await store.recordIntent(first, order: S.order(for: first), approval: nil, audit: [])
            let fresh = (1...30).map { S.intent("many-\($0)") }
            let waiting = (1...5).map { S.intent("wait-\($0)", status: .awaitingApproval) }
            let outcomes = try await withThrowingTaskGroup(of: (String, IntentRecording).self) { group in
                for intent in fresh {
                    group.addTask {
                        (intent.id.rawValue, try await store.recordIntent(intent, order: S.order(for: intent), approval: nil,
                                                                          audit: [S.audit("intent.recorded", intent.id.rawValue)]))
                    }
                }
                for intent in waiting {
                    group.addTask { (intent.id.rawValue, try await store.recordIntent(intent, order: nil, approval: S.approval(intent), audit: [])) }
                }
                for _ in 0..<10 {
                    group.addTask { (first.id.rawValue, try await store.recordIntent(first, order: S.order(for: first), approval: nil, audit: [])) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(outcomes.filter { $0.1 == .recorded }.map(\.0).sorted() == (fresh + waiting).map(\.id.rawValue).sorted())
            #expect(outcomes.filter { $0.1 == .duplicate(first, S.order(for: first)) }.count == 10)
            #expect(try await LedgerInspection.count("intents", handle.database) == 36)
            #expect(try await LedgerInspection.count("orders", handle.database) == 31)
            #expect(try await LedgerInspection.count("approvals", handle.database) == 5)
            #expect(try await LedgerInspection.count("audit_logs", handle.database) == 30)
            for intent in fresh { #expect(try await store.intent(intent.id) == intent) }
        }
    }

    @Test(arguments: StoreBackend.all)
    func compareAndSetRefusesAStaleExpectation(_ backend: StoreBackend) async throws {
        try await withStore(backend) { handle in
            let store = handle.store
            try await store.saveAccount(S.account, audit: [])
            let intent = S.intent("cas-1", status: .received)
            let order = S.order(for: intent, status: .submitted)
            _ = try await store.recordIntent(intent, order: order, approval: nil, audit: [])
            let before = try await LedgerInspection.rowCounts(handle.database)

            var accepted = order
            accepted.status = .accepted
            #expect(try await store.updateOrder(accepted, expected: .created, audit: [S.audit("x", "y")]) == false)
            #expect(try await store.updateIntent(intent.id, to: .ordered, rule: "", reason: "", time: S.time(3),
                                                 expected: [.awaitingApproval, .rejected], audit: [S.audit("x", "y")]) == false)
            #expect(try await store.updateIntent(intent.id, to: .ordered, rule: "", reason: "", time: S.time(3),
                                                 expected: [], audit: []) == false)
            var ghost = order
            ghost = OrderRecord(id: ClientOrderID("ghost"), intentID: intent.id, account: S.accountID, order: order.order,
                                createdAt: order.createdAt, updatedAt: order.updatedAt)
            #expect(try await store.updateOrder(ghost, expected: .created, audit: [S.audit("x", "y")]) == false)
            #expect(try await LedgerInspection.rowCounts(handle.database) == before)
            #expect(try await store.order(order.id) == order)
            #expect(try await store.intent(intent.id) == intent)

            #expect(try await store.updateOrder(accepted, expected: .submitted, audit: [S.audit("order.accepted", "cas-1")]))
            // The same move again finds the status already changed.
            #expect(try await store.updateOrder(accepted, expected: .submitted, audit: [S.audit("order.accepted", "cas-1")]) == false)
            #expect(try await LedgerInspection.count("audit_logs", handle.database) == 1)
        }
    }

    @Test(arguments: StoreBackend.all)
    func duplicateFillChangesNothing(_ backend: StoreBackend) async throws {
        try await withStore(backend) { handle in
            let store = handle.store
            let order = try await S.recordedOrder("fill-1", quantity: 10, in: store)
            let (fill, partial, position) = try await S.recordedPartialFill("deal-1", of: order, quantity: 4,
                                                                            audit: [S.audit("fill", "deal-1")], in: store)
            let before = try await LedgerInspection.rowCounts(handle.database)

            var doubled = partial
            doubled.filledQuantity = Quantity(raw: 8)
            #expect(try await store.recordFill(fill, order: doubled, position: S.position(order.order.symbol, quantity: 8),
                                               audit: [S.audit("fill", "deal-1")]) == false)
            #expect(try await LedgerInspection.rowCounts(handle.database) == before)
            #expect(try await store.position(account: S.accountID, symbol: order.order.symbol) == position)
            #expect(try await store.order(order.id) == partial)
        }
    }
}
