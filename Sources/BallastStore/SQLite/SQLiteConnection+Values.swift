import CSQLite

/// SQLite's "copy the bytes now" destructor, which the C macro `SQLITE_TRANSIENT` spells as -1.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

extension SQLiteConnection {
    /// Binds `values` to the statement's `?` placeholders, in order.
    func bind(_ values: [SQLValue], to statement: OpaquePointer) throws(StoreError) {
        let expected = Int(sqlite3_bind_parameter_count(statement))
        guard expected == values.count else {
            throw StoreError(.database, "the statement has \(expected) placeholders but \(values.count) values were given")
        }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let rc = Self.bind(value, at: index, to: statement)
            guard rc == SQLITE_OK else {
                throw StoreError(.database, "cannot bind value \(index): SQLite result code \(rc)")
            }
        }
    }

    private static func bind(_ value: SQLValue, at index: Int32, to statement: OpaquePointer) -> Int32 {
        switch value {
        case .null:
            return sqlite3_bind_null(statement, index)
        case .integer(let number):
            return sqlite3_bind_int64(statement, index, number)
        case .real(let number):
            return sqlite3_bind_double(statement, index, number)
        case .text(var text):
            // Bound by length, so text holding NUL characters is stored whole.
            return text.withUTF8 { bytes in
                guard let base = bytes.baseAddress, !bytes.isEmpty else {
                    return sqlite3_bind_text(statement, index, "", 0, transient)
                }
                return sqlite3_bind_text64(statement, index, base, sqlite3_uint64(bytes.count), transient, UInt8(SQLITE_UTF8))
            }
        case .blob(let bytes):
            return bytes.withUnsafeBytes { raw in
                guard let base = raw.baseAddress, !raw.isEmpty else { return sqlite3_bind_zeroblob(statement, index, 0) }
                return sqlite3_bind_blob64(statement, index, base, sqlite3_uint64(raw.count), transient)
            }
        }
    }

    /// The current row's values, by column position.
    func readRow(_ statement: OpaquePointer, count: Int) -> [SQLValue] {
        var values: [SQLValue] = []
        values.reserveCapacity(count)
        for column in 0..<Int32(count) {
            values.append(Self.read(statement, column))
        }
        return values
    }

    private static func read(_ statement: OpaquePointer, _ column: Int32) -> SQLValue {
        switch sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(statement, column))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(statement, column))
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(statement, column) else { return .text("") }
            let length = Int(sqlite3_column_bytes(statement, column))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: length), as: UTF8.self))
        case SQLITE_BLOB:
            let length = Int(sqlite3_column_bytes(statement, column))
            guard let bytes = sqlite3_column_blob(statement, column), length > 0 else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: length)))
        default:
            return .null
        }
    }
}
