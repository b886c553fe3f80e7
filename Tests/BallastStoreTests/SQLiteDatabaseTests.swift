import BallastStore
import Foundation
import Testing

/// The SQLite driver itself: values, errors, transactions and connection settings.
@Suite struct SQLiteDatabaseTests {
    @Test func valuesRoundTripExactly() async throws {
        let db = try SQLiteDatabase.inMemory()
        try await db.execute("CREATE TABLE t (n INTEGER, v)", [])
        let values: [SQLValue] = [.integer(.max), .integer(.min), .real(0.1), .real(-0.0), .text(""), .text("a\u{0}b ✓"),
                                  .blob([]), .blob([0, 255, 7]), .null]
        for (index, value) in values.enumerated() {
            #expect(try await db.execute("INSERT INTO t (n, v) VALUES (?, ?)", [.integer(Int64(index)), value]) == 1)
        }
        let rows = try await db.query("SELECT n, v FROM t ORDER BY n", [])
        #expect(rows.map { $0["v"] } == values)
        #expect(rows.first?.columns == ["n", "v"])
        await db.close()
    }

    @Test func badStatementsThrowInsteadOfCrashing() async throws {
        let db = try SQLiteDatabase.inMemory()
        try await db.execute("CREATE TABLE t (n INTEGER PRIMARY KEY)", [])
        let cases: [(String, [SQLValue])] = [("SELEKT 1", []), ("SELECT ?", []), ("SELECT 1", [.integer(1)]),
                                             ("SELECT 1; SELECT 2", []), ("   ", []), ("SELECT * FROM missing", [])]
        for (sql, binds) in cases {
            let error = await #expect(throws: StoreError.self) { _ = try await db.query(sql, binds) }
            #expect(error?.code == .database, "\(sql)")
        }
        try await db.execute("INSERT INTO t VALUES (?)", [.integer(1)])
        let duplicate = await #expect(throws: StoreError.self) { try await db.execute("INSERT INTO t VALUES (?)", [.integer(1)]) }
        #expect(duplicate?.code == .constraint)
        #expect(duplicate?.message.contains("UNIQUE") == true)
        await db.close()
        let closed = await #expect(throws: StoreError.self) { _ = try await db.query("SELECT 1", []) }
        #expect(closed?.code == .connection)
    }

    @Test func transactionsCommitOrRollBackWhole() async throws {
        let db = try SQLiteDatabase.inMemory()
        try await db.execute("CREATE TABLE t (n INTEGER NOT NULL)", [])
        let kept = try await db.transaction { (sql) throws(StoreError) -> Int in
            try await sql.execute("INSERT INTO t VALUES (1)", [])
            return try await sql.execute("INSERT INTO t VALUES (2)", [])
        }
        #expect(kept == 1)
        await #expect(throws: StoreError.self) {
            try await db.transaction { (sql) throws(StoreError) in
                try await sql.execute("INSERT INTO t VALUES (3)", [])
                try await sql.execute("INSERT INTO t VALUES (NULL)", [])
            }
        }
        #expect(try await db.query("SELECT n FROM t ORDER BY n", []).map { $0["n"] } == [.integer(1), .integer(2)])
        await db.close()
    }

    @Test func fileDatabasesUseWALAndForeignKeysAndCreateTheirFolder() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ballast-sqlite-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a/b/ledger.sqlite").path
        let db = try SQLiteDatabase(path: path)
        #expect(try await db.query("PRAGMA journal_mode", []).first?["journal_mode"] == .text("wal"))
        #expect(try await db.query("PRAGMA foreign_keys", []).first?["foreign_keys"] == .integer(1))
        #expect(try await db.query("PRAGMA synchronous", []).first?["synchronous"] == .integer(1))
        #expect(try await db.query("PRAGMA busy_timeout", []).first?.values.first == .integer(5000))
        await db.close()
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func aLedgerFromANewerBallastIsRefusedAtOpen() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ballast-sqlite-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ledger.sqlite").path
        let store = try await SQLiteLedgerStore.open(path: path)
        try await store.database.execute("INSERT INTO schema_migrations (version, name) VALUES (2, 'next')", [])
        await store.close()
        let error = await #expect(throws: StoreError.self) { _ = try await SQLiteLedgerStore.open(path: path) }
        #expect(error?.code == .migration)
        #expect(error?.message.contains("version 2") == true)
    }

    @Test func notADatabaseIsAnErrorNotACrash() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ballast-sqlite-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("junk.sqlite").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        await #expect(throws: StoreError.self) { _ = try await SQLiteLedgerStore.open(path: path) }
        #expect(throws: StoreError.self) { _ = try SQLiteDatabase(path: "") }
    }
}
