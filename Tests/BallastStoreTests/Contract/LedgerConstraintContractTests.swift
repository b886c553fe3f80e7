import BallastCore
import BallastStore
import Testing
import BallastTestSupport

/// The schema refuses bad writes with `.constraint`, and a refused call writes nothing (its
/// audit entries included), on every backend.
@Suite struct LedgerConstraintContractTests {
    typealias S = LedgerSample

    /// A store with the account and one recorded intent and order.
    private func prepared(_ handle: StoreHandle) async throws -> OrderRecord {
        try await handle.store.saveAccount(S.account, audit: [])
        let intent = S.intent("base")
        let order = S.order(for: intent)
        _ = try await handle.store.recordIntent(intent, order: order, approval: nil, audit: [S.audit("intent.recorded", "base")])
        return order
    }

    private func expectRefused(_ handle: StoreHandle, _ call: () async throws -> Void) async throws {
        let before = try await LedgerInspection.rowCounts(handle.database)
        let error = await #expect(throws: StoreError.self) { try await call() }
        #expect(error?.code == .constraint, "\(String(describing: error))")
        #expect(try await LedgerInspection.rowCounts(handle.database) == before)
    }

    @Test(arguments: StoreBackend.all)
    func badOrdersAreRefused(_ backend: StoreBackend) async throws {
        try await withStore(backend) { handle in
            let store = handle.store
            let base = try await prepared(handle)
            let audit = [S.audit("order.created", "bad")]
            func variant(_ change: (inout OrderRecord) -> Void) -> OrderRecord {
                var order = OrderRecord(id: ClientOrderID("bad"), intentID: base.intentID, account: S.accountID, order: base.order,
                                        createdAt: base.createdAt, updatedAt: base.updatedAt)
                change(&order)
                return order
            }
            try await expectRefused(handle) { _ = try await store.insertOrder(variant { $0.order.quantity = Quantity(raw: -1) }, audit: audit) }
            try await expectRefused(handle) { _ = try await store.insertOrder(variant { $0.order.quantity = .zero }, audit: audit) }
            try await expectRefused(handle) { _ = try await store.insertOrder(variant { $0.filledQuantity = Quantity(raw: $0.order.quantity.raw + 1) }, audit: audit) }
            try await expectRefused(handle) { _ = try await store.insertOrder(variant { $0.attempts = -1 }, audit: audit) }
            try await expectRefused(handle) { _ = try await store.insertOrder(variant { $0.intentID = IntentID("unknown") }, audit: audit) }
            try await expectRefused(handle) { _ = try await store.insertOrder(variant { $0.parent = ClientOrderID("unknown") }, audit: audit) }
            try await expectRefused(handle) { _ = try await store.insertOrder(variant { $0.account = "unknown" }, audit: audit) }
            var negative = base
            negative.filledQuantity = Quantity(raw: -1)
            try await expectRefused(handle) { _ = try await store.updateOrder(negative, expected: base.status, audit: audit) }
            #expect(try await store.order(ClientOrderID("bad")) == nil)
        }
    }

    @Test(arguments: StoreBackend.all)
    func badIntentsFillsAndApprovalsAreRefused(_ backend: StoreBackend) async throws {
        try await withStore(backend) { handle in
            let store = handle.store
            let base = try await prepared(handle)
            let audit = [S.audit("refused", "x")]
            var stranger = S.intent("stranger")
            stranger.intent.account = "unknown"
            try await expectRefused(handle) { _ = try await store.recordIntent(stranger, order: nil, approval: nil, audit: audit) }
            // An approval naming an intent that is not recorded: the intent written first is taken back too.
            let fresh = S.intent("fresh", status: .awaitingApproval)
            var orphan = S.approval(fresh)
            orphan = ApprovalRecord(intentID: IntentID("unknown"), requestedAt: orphan.requestedAt, expiresAt: orphan.expiresAt)
            try await expectRefused(handle) { _ = try await store.recordIntent(fresh, order: nil, approval: orphan, audit: audit) }
            #expect(try await store.intent(fresh.id) == nil)

            var unknownOrder = base
            unknownOrder = OrderRecord(id: ClientOrderID("nobody"), intentID: base.intentID, account: S.accountID, order: base.order,
                                       createdAt: base.createdAt, updatedAt: base.updatedAt)
            let fill = S.fill("deal-x", sequence: 1, order: unknownOrder, quantity: 1)
            try await expectRefused(handle) {
                _ = try await store.recordFill(fill, order: unknownOrder, position: S.position("EURUSD", quantity: 1), audit: audit)
            }
            #expect(try await store.position(account: S.accountID, symbol: "EURUSD") == nil)
            let negativeFill = S.fill("deal-y", sequence: 2, order: base, quantity: -1)
            try await expectRefused(handle) {
                _ = try await store.recordFill(negativeFill, order: base, position: S.position("EURUSD", quantity: 1), audit: audit)
            }
            let hugeSequence = S.fill("deal-z", sequence: .max, order: base, quantity: 1)
            try await expectRefused(handle) {
                _ = try await store.recordFill(hugeSequence, order: base, position: S.position("EURUSD", quantity: 1), audit: audit)
            }
        }
    }

    @Test(arguments: StoreBackend.all)
    func rawWritesOutsideTheEnumsAreRefused(_ backend: StoreBackend) async throws {
        try await withStore(backend) { handle in
            _ = try await prepared(handle)
            let sql = "UPDATE orders SET side = ? WHERE account = ?"
            try await expectRefused(handle) { try await handle.database.execute(sql, [.text("hold"), .text(S.accountID)]) }
            try await expectRefused(handle) {
                try await handle.database.execute("UPDATE orders SET status = ?", [.text("lost")])
            }
            try await expectRefused(handle) {
                try await handle.database.execute("UPDATE intents SET status = ?", [.text("pending")])
            }
        }
    }

    @Test(arguments: StoreBackend.all)
    func auditLogIsAppendOnlyWithIncreasingSequences(_ backend: StoreBackend) async throws {
        try await withStore(backend) { handle in
            let store = handle.store
            let entries = (0..<5).map { S.audit("step.\($0)", "e\($0)", at: Int64($0)) }
            try await store.appendAudit(Array(entries[0..<2]))
            try await store.appendAudit([])
            try await store.appendAudit(Array(entries[2...]))
            let log = try await store.auditLog(after: 0, limit: 100)
            #expect(log.map { var entry = $0; entry.sequence = nil; return entry } == entries)
            let sequences = log.compactMap(\.sequence)
            #expect(sequences.count == 5)
            #expect(zip(sequences, sequences.dropFirst()).allSatisfy { $0 < $1 })
            #expect(try await store.auditLog(after: sequences[1], limit: 2) == Array(log[2..<4]))
            #expect(try await store.auditLog(after: 0, limit: 0) == [])

            try await expectRefused(handle) { try await handle.database.execute("UPDATE audit_logs SET actor = ?", [.text("mallory")]) }
            try await expectRefused(handle) { try await handle.database.execute("DELETE FROM audit_logs", []) }
            try await expectRefused(handle) {
                try await handle.database.execute("DELETE FROM audit_logs WHERE sequence = ?", [.integer(sequences[0])])
            }
            #expect(try await store.auditLog(after: 0, limit: 100) == log)
        }
    }
}
