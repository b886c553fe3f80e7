import CSQLite

extension SQLiteConnection {
    /// Maps a SQLite result code to a `StoreError`: constraint failures keep SQLite's message
    /// (it names the constraint), a busy or locked database is worth retrying.
    static func error(_ code: Int32, _ db: OpaquePointer?) -> StoreError {
        let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
        switch code & 0xff {
        case SQLITE_CONSTRAINT:
            return StoreError(.constraint, message)
        case SQLITE_BUSY, SQLITE_LOCKED:
            return StoreError(.database, "database busy: \(message)", isRetryable: true)
        case SQLITE_CANTOPEN, SQLITE_IOERR, SQLITE_FULL, SQLITE_READONLY:
            return StoreError(.connection, message)
        case SQLITE_CORRUPT, SQLITE_NOTADB:
            return StoreError(.invalidData, message)
        default:
            return StoreError(.database, message)
        }
    }
}
