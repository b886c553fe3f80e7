import BallastCore
@testable import BallastStore
import BallastTestSupport
import Foundation
import Testing

/// Version 4 merges PostgreSQL's CHECKs into one per table and adds the open-orders index:
/// every rule of version 1 still refuses its row, on every backend, and the open-orders query
/// reads the new index even from a plan made on an empty table.
@Suite struct LedgerSchemaV4Tests {
    typealias Row = [(String, SQLValue)]

    static let intent: Row = [
        ("id", .text("i1")), ("account", .text("a")), ("strategy", .text("s")), ("symbol", .text("EURUSD")),
        ("side", .text("buy")), ("quantity", .integer(1)), ("type_kind", .text("limit")), ("type_price", .integer(5)),
        ("type_limit", .null), ("tif_kind", .text("gtc")), ("tif_until", .null), ("has_bracket", .integer(0)),
        ("stop_loss", .null), ("take_profit", .null), ("oco_group", .null), ("tag", .text("")), ("created_at", .integer(1)),
        ("reference_price", .integer(5)), ("status", .text("ordered")), ("rule", .text("")), ("reason", .text("")),
        ("updated_at", .integer(1)),
    ]

    static let order: Row = [
        ("id", .text("o1")), ("intent_id", .text("i1")), ("parent_id", .null), ("account", .text("a")),
        ("symbol", .text("EURUSD")), ("side", .text("buy")), ("quantity", .integer(1)), ("type_kind", .text("limit")),
        ("type_price", .integer(5)), ("type_limit", .null), ("tif_kind", .text("gtc")), ("tif_until", .null),
        ("has_bracket", .integer(0)), ("stop_loss", .null), ("take_profit", .null), ("oco_group", .null), ("tag", .text("")),
        ("status", .text("submitted")), ("filled_quantity", .integer(0)), ("average_price", .integer(0)), ("broker_id", .null),
        ("reason", .text("")), ("attempts", .integer(0)), ("created_at", .integer(1)), ("updated_at", .integer(1)),
    ]

    static let fill: Row = [
        ("account", .text("a")), ("id", .text("f1")), ("sequence", .integer(1)), ("order_id", .text("o1")),
        ("symbol", .text("EURUSD")), ("side", .text("buy")), ("quantity", .integer(1)), ("price", .integer(5)),
        ("time", .integer(1)), ("commission", .integer(0)), ("commission_currency", .text("USD")),
    ]

    /// One change per rule of `LedgerSchemaV1.orderIntentColumns` and `orderIntentChecks`.
    static let badOrderIntents: [[String: SQLValue]] = [
        ["side": .text("hold")], ["quantity": .integer(0)], ["type_kind": .text("iceberg")], ["tif_kind": .text("fok")],
        ["has_bracket": .integer(2)], ["type_kind": .text("market")], ["type_price": .null],
        ["type_kind": .text("stopLimit")], ["type_limit": .integer(4)], ["tif_kind": .text("gtd")],
        ["tif_until": .integer(9)], ["stop_loss": .integer(4)], ["take_profit": .integer(6)], ["status": .text("bogus")],
    ]

    static let badOrders: [[String: SQLValue]] = [
        ["filled_quantity": .integer(-1)], ["filled_quantity": .integer(2)], ["attempts": .integer(-1)],
    ]

    static let badFills: [[String: SQLValue]] = [["sequence": .integer(-1)], ["side": .text("x")], ["quantity": .integer(0)]]

    @Test(arguments: StoreBackend.all)
    func everyCheckOfVersion1StillRefusesItsRow(_ backend: StoreBackend) async throws {
        try await withStore(backend) { handle in
            let db = handle.database
            try await db.execute("INSERT INTO accounts (id, broker, currency, mode, created_at) VALUES ('a', 'paper', 'USD', 'netting', 0)", [])
            for change in Self.badOrderIntents {
                try await expectRefused(db, "intents", Self.intent, change)
            }
            try await insert(db, "intents", Self.intent, [:])
            for change in Self.badOrderIntents + Self.badOrders {
                try await expectRefused(db, "orders", Self.order, change)
            }
            try await insert(db, "orders", Self.order, [:])
            for change in Self.badFills {
                try await expectRefused(db, "order_fills", Self.fill, change)
            }
            try await insert(db, "order_fills", Self.fill, [:])
        }
    }

    @Test(arguments: StoreBackend.postgres)
    func openOrdersPlanReadsTheOpenIndexOnAnEmptyTable(_ backend: StoreBackend) async throws {
        try await withStore(backend) { handle in
            let plan = try await handle.database.transaction { (sql) throws(StoreError) -> String in
                try await sql.execute("SET LOCAL plan_cache_mode = force_generic_plan", [])
                let select = SQLLedgerStore.selectOrders([.submitted, .accepted, .partiallyFilled]).replacingOccurrences(of: "account = ?", with: "account = $1")
                try await sql.execute("PREPARE ballast_open_orders (text) AS " + select, [])
                let rows = try await sql.query("EXPLAIN EXECUTE ballast_open_orders ('a')", [])
                try await sql.execute("DEALLOCATE ballast_open_orders", [])
                var lines: [String] = []
                for row in rows { lines.append(try row.text("QUERY PLAN")) }
                return lines.joined(separator: "\n")
            }
            #expect(plan.contains("orders_open"), "\(plan)")
        }
    }

    /// A database written by version 3 upgrades, keeping its rows, and the open order it holds
    /// is found through the new index.
    @Test(arguments: ["sqlite"] + (StoreBackend.postgresURL == nil ? [] : ["postgres"]))
    func version3DatabasesUpgrade(_ engine: String) async throws {
        let (db, drop) = try await Self.emptyDatabase(engine)
        try await Migrator(migrations: Array(Migrator.ledger.migrations.prefix(3))).migrate(db)
        let store = SQLLedgerStore(database: db)
        let order = try await LedgerSample.recordedOrder("v3", quantity: 10, in: store)
        #expect(try await Migrator.ledger.migrate(db) == [4])
        #expect(try await store.order(order.id) == order)
        #expect(try await store.orders(account: order.account, statuses: [.submitted, .accepted]) == [order])
        #expect(try await store.orders(account: order.account, statuses: [.filled]) == [])
        await drop()
    }

    /// An unmigrated database of `engine`, and how to get rid of it.
    private static func emptyDatabase(_ engine: String) async throws -> (any SQLDatabase, @Sendable () async -> Void) {
        guard engine == "postgres", let url = StoreBackend.postgresURL else {
            let db = try SQLiteDatabase.inMemory()
            return (db, { await db.close() })
        }
        let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let db = try await PostgresDatabase.connect(url: url, options: PostgresDatabase.Options(schema: schema, createsSchema: true))
        return (db, {
            _ = try? await db.execute("DROP SCHEMA IF EXISTS \(schema) CASCADE", [])
            await db.close()
        })
    }

    private func insert(_ db: any SQLDatabase, _ table: String, _ row: Row, _ change: [String: SQLValue]) async throws {
        let columns = row.map(\.0)
        let values = row.map { change[$0.0] ?? $0.1 }
        try await db.execute("INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES ("
                             + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")", values)
    }

    private func expectRefused(_ db: any SQLDatabase, _ table: String, _ row: Row, _ change: [String: SQLValue]) async throws {
        let error = await #expect(throws: StoreError.self, "\(table) \(change)") { try await insert(db, table, row, change) }
        #expect(error?.code == .constraint, "\(table) \(change): \(String(describing: error))")
    }
}
