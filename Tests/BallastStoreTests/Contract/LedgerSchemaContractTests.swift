import BallastCore
import BallastStore
import Testing
import BallastTestSupport

/// Versioned configuration, migrations and persistence across re-opening, on every backend.
@Suite struct LedgerSchemaContractTests {
    typealias S = LedgerSample

    @Test(arguments: StoreBackend.all)
    func configVersionsIncrementPerKey(_ backend: StoreBackend) async throws {
        try await withStore(backend) { handle in
            let store = handle.store
            #expect(try await store.config("risk") == nil)
            var saved: [ConfigRecord] = []
            for (index, body) in ["a: 1", "a: 2", "a: 3"].enumerated() {
                let record = ConfigRecord(key: "risk", version: 77, body: body, changedAt: S.time(Int64(index)), actor: "alice")
                let stored = try await store.saveConfig(record, audit: [S.audit("config.saved", "risk")])
                #expect(stored.version == index + 1)
                var expected = record
                expected.version = index + 1
                #expect(stored == expected)
                saved.append(stored)
            }
            let mode = try await store.saveConfig(ConfigRecord(key: "mode", body: "manual", changedAt: S.time(9), actor: "bob"), audit: [])
            #expect(mode.version == 1)
            #expect(try await store.config("risk") == saved.last)
            #expect(try await store.configHistory("risk") == saved)
            #expect(try await store.configHistory("none") == [])
            #expect(try await LedgerInspection.count("audit_logs", handle.database) == 3)
        }
    }

    @Test(arguments: StoreBackend.all)
    func migratingAgainChangesNothing(_ backend: StoreBackend) async throws {
        try await withStore(backend) { handle in
            try await handle.store.saveAccount(S.account, audit: [S.audit("account.saved", "a")])
            let before = try await LedgerInspection.rowCounts(handle.database)
            #expect(try await handle.store.schemaVersion() == Migrator.ledger.latestVersion)
            try await handle.store.migrate()
            #expect(try await Migrator.ledger.migrate(handle.database) == [])
            #expect(try await handle.store.schemaVersion() == Migrator.ledger.latestVersion)
            #expect(try await LedgerInspection.rowCounts(handle.database) == before)
        }
    }

    @Test(arguments: StoreBackend.all)
    func aNewerSchemaIsRefused(_ backend: StoreBackend) async throws {
        try await withStore(backend) { handle in
            try await handle.database.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                                              [.integer(99), .text("from the future")])
            let error = await #expect(throws: StoreError.self) { try await handle.store.migrate() }
            #expect(error?.code == .migration)
            #expect(error?.message.contains("newer") == true)
        }
    }

    @Test(arguments: StoreBackend.reopenable)
    func reopeningKeepsEverything(_ backend: StoreBackend) async throws {
        try await withStore(backend) { handle in
            let store = handle.store
            try await store.saveAccount(S.account, audit: [S.audit("account.saved", "a")])
            let intent = S.intent("keep-1", S.orderIntents[3])
            let order = S.order(for: intent)
            _ = try await store.recordIntent(intent, order: order, approval: nil, audit: [S.audit("intent.recorded", "keep-1")])
            let fill = S.fill("deal-1", sequence: 5, order: order, quantity: 1)
            let position = S.position(order.order.symbol, quantity: -1)
            _ = try await store.recordFill(fill, order: order, position: position, audit: [])
            let config = try await store.saveConfig(ConfigRecord(key: "k", body: "b", changedAt: S.time(1), actor: "a"), audit: [])
            let log = try await store.auditLog(after: 0, limit: 10)
            await store.close()

            guard let reopen = handle.reopen else { return }
            let again = try await reopen()
            #expect(try await again.schemaVersion() == Migrator.ledger.latestVersion)
            #expect(try await again.account(S.accountID) == S.account)
            #expect(try await again.intent(intent.id) == intent)
            #expect(try await again.order(order.id) == order)
            #expect(try await again.fills(account: S.accountID, after: 0) == [fill])
            #expect(try await again.positions(account: S.accountID) == [position])
            #expect(try await again.config("k") == config)
            #expect(try await again.auditLog(after: 0, limit: 10) == log)
            try await again.appendAudit([S.audit("after.reopen", "x")])
            let sequences = try await again.auditLog(after: 0, limit: 10).compactMap(\.sequence)
            #expect(sequences == sequences.sorted() && Set(sequences).count == 3)
            await again.close()
        }
    }
}
