import CSQLite

/// One open SQLite connection with its cache of prepared statements. Not thread-safe: its
/// owner (`SQLiteDatabase`) serialises every call.
final class SQLiteConnection {
    private var handle: OpaquePointer?
    /// Prepared statements by SQL text, reset and reused, with their column names: the order
    /// path runs the same few statements thousands of times a second.
    private var statements: [String: (statement: OpaquePointer, columns: [String])] = [:]

    /// The page size of a database this connection creates (an existing file keeps its own).
    /// Each commit writes every page it changed to the log, and an order changes a row or an
    /// index entry on a dozen pages: at SQLite's default of 4 KiB that is 48 KiB of log per
    /// transaction for under 2 KiB of data. Half-size pages cut the copying and took a tenth
    /// off an order's latency.
    static let pageSize = 2048

    /// Opens (creating when missing) the database at `path` (`:memory:` for a private
    /// in-memory database) and applies Ballast's connection settings.
    init(path: String) throws(StoreError) {
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(db)
            throw StoreError(.connection, "cannot open SQLite database at \(path): \(message)")
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
        do {
            for pragma in ["PRAGMA page_size=\(Self.pageSize)", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                           "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"] {
                _ = try query(pragma, [])
            }
        } catch {
            close()
            throw error
        }
    }

    deinit { close() }

    var isOpen: Bool { handle != nil }

    /// Whether a transaction is open (SQLite ends one by itself after some errors, such as a
    /// full disk).
    var inTransaction: Bool { handle.map { sqlite3_get_autocommit($0) == 0 } ?? false }

    /// Runs one statement; returns the rows it changed (0 for read-only statements).
    @discardableResult
    func execute(_ sql: String, _ binds: [SQLValue]) throws(StoreError) -> Int {
        let (db, statement, _) = try prepared(sql)
        defer { finish(statement) }
        try bind(binds, to: statement)
        while true {
            let rc = sqlite3_step(statement)
            if rc == SQLITE_DONE { break }
            if rc != SQLITE_ROW { throw Self.error(rc, db) }
        }
        return sqlite3_stmt_readonly(statement) != 0 ? 0 : Int(sqlite3_changes64(db))
    }

    /// Runs one statement and returns every row it produces.
    func query(_ sql: String, _ binds: [SQLValue]) throws(StoreError) -> [SQLRow] {
        let (db, statement, names) = try prepared(sql)
        defer { finish(statement) }
        try bind(binds, to: statement)
        var rows: [SQLRow] = []
        while true {
            let rc = sqlite3_step(statement)
            if rc == SQLITE_DONE { break }
            guard rc == SQLITE_ROW else { throw Self.error(rc, db) }
            rows.append(SQLRow(columns: names, values: readRow(statement, count: names.count)))
        }
        return rows
    }

    /// Copies the write-ahead log back into the database as far as it can without waiting
    /// (a `PASSIVE` checkpoint); a failure only leaves the log longer.
    func checkpoint() {
        guard let handle else { return }
        WALCheckpointer.checkpoint(handle)
    }

    /// Finalises every cached statement and closes the connection; later calls fail with `.connection`.
    func close() {
        for cached in statements.values { sqlite3_finalize(cached.statement) }
        statements.removeAll()
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    private func prepared(_ sql: String) throws(StoreError) -> (OpaquePointer, OpaquePointer, [String]) {
        guard let db = handle else { throw StoreError(.connection, "the SQLite database is closed") }
        if let cached = statements[sql] { return (db, cached.statement, cached.columns) }
        var statement: OpaquePointer?
        var trailing = false
        let rc = sql.withCString { text -> Int32 in
            var tail: UnsafePointer<CChar>?
            let rc = sqlite3_prepare_v3(db, text, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, &tail)
            trailing = tail.map { Self.hasStatementText($0) } ?? false
            return rc
        }
        guard rc == SQLITE_OK else { throw Self.error(rc, db) }
        guard let statement else { throw StoreError(.database, "empty SQL statement") }
        guard !trailing else {
            sqlite3_finalize(statement)
            throw StoreError(.database, "more than one SQL statement in one call: \(sql.prefix(80))")
        }
        let columns = columnNames(statement)
        statements[sql] = (statement, columns)
        return (db, statement, columns)
    }

    private func finish(_ statement: OpaquePointer) {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
    }

    private func columnNames(_ statement: OpaquePointer) -> [String] {
        (0..<sqlite3_column_count(statement)).map { index in
            sqlite3_column_name(statement, index).map { String(cString: $0) } ?? ""
        }
    }

    /// Whether anything but white space and `;` follows the first statement.
    private static func hasStatementText(_ tail: UnsafePointer<CChar>) -> Bool {
        var cursor = tail
        while cursor.pointee != 0 {
            switch UInt8(bitPattern: cursor.pointee) {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: ";"): cursor += 1
            default: return true
            }
        }
        return false
    }
}
