import BallastCore
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

    /// Concurrent transactions share commits: each returns committed (another connection sees
    /// its row), and one that fails takes only its own writes back.
    @Test func queuedTransactionsShareACommitButFailAlone() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ballast-sqlite-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("group.sqlite").path
        let db = try SQLiteDatabase(path: path)
        try await db.execute("CREATE TABLE t (n INTEGER NOT NULL)", [])
        let reader = try SQLiteDatabase(path: path)
        let outcomes = await withTaskGroup(of: (Int, Bool).self) { group in
            for n in 0..<200 {
                group.addTask {
                    do {
                        try await db.transaction { (sql) throws(StoreError) in
                            try await sql.execute("INSERT INTO t VALUES (?)", [.integer(Int64(n))])
                            if n % 7 == 3 { try await sql.execute("INSERT INTO t VALUES (NULL)", []) }
                        }
                        // Committed before the call returned: visible to another connection.
                        let seen = try await reader.query("SELECT n FROM t WHERE n = ?", [.integer(Int64(n))])
                        return (n, seen.count == 1)
                    } catch {
                        return (n, false)
                    }
                }
            }
            return await group.reduce(into: [Int: Bool]()) { $0[$1.0] = $1.1 }
        }
        #expect(outcomes.count == 200)
        #expect(outcomes.allSatisfy { $0.value == ($0.key % 7 != 3) })
        let stored = try await db.query("SELECT n FROM t ORDER BY n", []).compactMap { row -> Int64? in
            if case .integer(let n) = row["n"] { n } else { nil }
        }
        #expect(stored == (0..<200).filter { $0 % 7 != 3 }.map(Int64.init))
        await reader.close()
        await db.close()
    }

    /// Version 2 rebuilds SQLite's audit log without AUTOINCREMENT: the entries and their
    /// sequences are kept, new ones continue after them, and the log stays append-only.
    @Test func version2KeepsTheAuditLogAndItsGuard() async throws {
        let db = try SQLiteDatabase.inMemory()
        try await Migrator(migrations: Array(Migrator.ledger.migrations.prefix(1))).migrate(db)
        let store = SQLLedgerStore(database: db)
        let entries = (1...3).map { AuditEntry(time: Timestamp(nanoseconds: Int64($0)), actor: "t", action: "a\($0)", entity: "e",
                                                entityID: "id", reason: "", details: "") }
        try await store.appendAudit(entries)
        let before = try await store.auditLog(after: 0, limit: 10)
        #expect(try await Migrator(migrations: Array(Migrator.ledger.migrations.prefix(2))).migrate(db) == [2])
        try await store.appendAudit([AuditEntry(time: Timestamp(nanoseconds: 9), actor: "t", action: "a9", entity: "e",
                                                entityID: "id", reason: "", details: "")])
        let after = try await store.auditLog(after: 0, limit: 10)
        #expect(Array(after.prefix(3)) == before)
        #expect(after.map(\.sequence) == [1, 2, 3, 4])
        for statement in ["UPDATE audit_logs SET actor = 'x'", "DELETE FROM audit_logs"] {
            let error = await #expect(throws: StoreError.self) { try await db.execute(statement, []) }
            #expect(error?.code == .constraint)
        }
        await db.close()
    }

    @Test func fileDatabasesUseWALForeignKeysSmallPagesAndCreateTheirFolder() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ballast-sqlite-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a/b/ledger.sqlite").path
        let db = try SQLiteDatabase(path: path)
        #expect(try await db.query("PRAGMA journal_mode", []).first?["journal_mode"] == .text("wal"))
        #expect(try await db.query("PRAGMA foreign_keys", []).first?["foreign_keys"] == .integer(1))
        #expect(try await db.query("PRAGMA synchronous", []).first?["synchronous"] == .integer(1))
        #expect(try await db.query("PRAGMA busy_timeout", []).first?.values.first == .integer(5000))
        try await db.execute("CREATE TABLE t (n INTEGER)", [])
        #expect(try await db.query("PRAGMA page_size", []).first?["page_size"] == .integer(2048))
        await db.close()
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func aLedgerFromANewerBallastIsRefusedAtOpen() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ballast-sqlite-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ledger.sqlite").path
        let store = try await SQLiteLedgerStore.open(path: path)
        let next = Int64(Migrator.ledger.latestVersion + 1)
        try await store.database.execute("INSERT INTO schema_migrations (version, name) VALUES (?, 'next')", [.integer(next)])
        await store.close()
        let error = await #expect(throws: StoreError.self) { _ = try await SQLiteLedgerStore.open(path: path) }
        #expect(error?.code == .migration)
        #expect(error?.message.contains("version \(next)") == true)
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
