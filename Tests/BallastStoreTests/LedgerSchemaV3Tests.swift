import BallastCore
import BallastStore
import Testing

/// Version 3 gives fills the swap they book: fills recorded before it read back with none.
@Suite struct LedgerSchemaV3Tests {
    @Test func fillsRecordedBeforeVersion3BookNoSwap() async throws {
        let db = try SQLiteDatabase.inMemory()
        try await Migrator(migrations: Array(Migrator.ledger.migrations.prefix(2))).migrate(db)
        let store = SQLLedgerStore(database: db)
        let order = try await LedgerSample.recordedOrder("v2", quantity: 10, in: store)
        let fill = LedgerSample.fill("deal-v2", sequence: 1, order: order, quantity: 10)
        try await db.execute("""
            INSERT INTO order_fills (account, id, sequence, order_id, symbol, side, quantity, price, time, commission, commission_currency)
            VALUES (?, ?, 1, ?, ?, ?, 10, ?, ?, ?, ?)
            """, [.text(fill.account), .text(fill.id.rawValue), .text(order.id.rawValue), .text(fill.symbol),
                  .text(fill.side.rawValue), .integer(fill.price.raw), .integer(fill.time.nanoseconds),
                  .integer(fill.commission.raw), .text(fill.commission.currency)])
        #expect(try await Migrator(migrations: Array(Migrator.ledger.migrations.prefix(3))).migrate(db) == [3])
        #expect(try await store.fills(account: fill.account, after: 0) == [fill])
        await db.close()
    }
}
