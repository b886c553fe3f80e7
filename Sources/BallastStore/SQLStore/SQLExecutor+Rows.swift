extension SQLExecutor {
    /// Runs a query and decodes every row.
    func rows<T>(_ sql: String, _ binds: [SQLValue], as decode: (SQLRow) throws(StoreError) -> T) async throws(StoreError) -> [T] {
        let rows = try await query(sql, binds)
        var decoded: [T] = []
        decoded.reserveCapacity(rows.count)
        for row in rows { decoded.append(try decode(row)) }
        return decoded
    }

    /// Runs a query and decodes its first row, nil when there is none.
    func first<T>(_ sql: String, _ binds: [SQLValue], as decode: (SQLRow) throws(StoreError) -> T) async throws(StoreError) -> T? {
        guard let row = try await query(sql, binds).first else { return nil }
        return try decode(row)
    }
}
