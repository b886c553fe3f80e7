import BallastCore

extension SQLLedgerStore {
    static let insertFillIfNew = SQLText.insert("order_fills", BrokerFill.sqlColumns, suffix: "ON CONFLICT (account, id) DO NOTHING")
    static let upsertPosition = SQLText.upsert("positions", PositionRecord.sqlColumns, key: PositionRecord.sqlKey)
    static let selectFillsAfter = SQLText.select(BrokerFill.sqlColumns, from: "order_fills",
                                                 "WHERE account = ? AND sequence > ? ORDER BY sequence, id")
    static let selectFillsOfOrder = SQLText.select(BrokerFill.sqlColumns, from: "order_fills",
                                                   "WHERE order_id = ? ORDER BY sequence, id")
    static let selectPositions = SQLText.select(PositionRecord.sqlColumns, from: "positions", "WHERE account = ? ORDER BY symbol")
    static let selectPosition = SQLText.select(PositionRecord.sqlColumns, from: "positions", "WHERE account = ? AND symbol = ?")

    public func recordFill(_ fill: BrokerFill, order: OrderRecord, position: PositionRecord,
                           audit: [AuditEntry]) async throws(StoreError) -> Bool {
        let fillValues = try fill.sqlValues()
        if database.dialect == .postgres {
            // The fill's foreign key makes a missing order fail the statement, so a new fill
            // always overwrites its order.
            let binds = fillValues + order.sqlStateValues + [.text(order.id.rawValue)] + position.sqlValues
                + audit.flatMap(\.sqlValues)
            let rows = try await database.query(SingleStatementWrites.recordFillText(audits: audit.count), binds)
            return try rows.first?.int64("fills") == 1
        }
        return try await write { (sql) throws(StoreError) -> Bool in
            guard try await sql.execute(Self.insertFillIfNew, fillValues) == 1 else { return false }
            try await Self.overwrite(order, on: sql)
            try await sql.execute(Self.upsertPosition, position.sqlValues)
            try await Self.append(audit, on: sql)
            return true
        }
    }

    public func fills(account: String, after sequence: UInt64) async throws(StoreError) -> [BrokerFill] {
        // Stored sequences are at most Int64.max, so clamping keeps "above" exact.
        try await database.rows(Self.selectFillsAfter, [.text(account), .integer(Int64(clamping: sequence))],
                                as: BrokerFill.init(row:))
    }

    public func fills(order: ClientOrderID) async throws(StoreError) -> [BrokerFill] {
        try await database.rows(Self.selectFillsOfOrder, [.text(order.rawValue)], as: BrokerFill.init(row:))
    }

    /// One query: the order joined with its fills (the fill columns are aliased, then read
    /// back under their own names), so PostgreSQL answers in one round trip.
    public func orderWithFills(_ id: ClientOrderID) async throws(StoreError) -> (order: OrderRecord, fills: [BrokerFill])? {
        let rows = try await database.query(Self.selectOrderWithFills, [.text(id.rawValue)])
        guard let first = rows.first else { return nil }
        let width = OrderRecord.sqlColumns.count
        let order = try OrderRecord(row: first.slice(0..<width, as: OrderRecord.sqlColumns))
        var fills: [BrokerFill] = []
        for row in rows where row.values.count > width && row.values[width] != .null {
            fills.append(try BrokerFill(row: row.slice(width..<row.values.count, as: BrokerFill.sqlColumns)))
        }
        return (order, fills)
    }

    static let selectOrderWithFills = "SELECT " + OrderRecord.sqlColumns.map { "o.\($0)" }.joined(separator: ", ") + ", "
        + BrokerFill.sqlColumns.map { "f.\($0) AS fill_\($0)" }.joined(separator: ", ")
        + " FROM orders o LEFT JOIN order_fills f ON f.order_id = o.id WHERE o.id = ? ORDER BY f.sequence, f.id"

    public func lastFillSequence(account: String) async throws(StoreError) -> UInt64 {
        let rows = try await database.query(
            "SELECT COALESCE(MAX(sequence), 0) AS last FROM order_fills WHERE account = ?", [.text(account)])
        guard let row = rows.first else { return 0 }
        let last = try row.int64("last")
        guard let value = UInt64(exactly: last) else {
            throw StoreError(.invalidData, "column sequence holds \(last), below zero")
        }
        return value
    }

    public func positions(account: String) async throws(StoreError) -> [PositionRecord] {
        try await database.rows(Self.selectPositions, [.text(account)], as: PositionRecord.init(row:))
    }

    public func position(account: String, symbol: String) async throws(StoreError) -> PositionRecord? {
        try await database.first(Self.selectPosition, [.text(account), .text(symbol)], as: PositionRecord.init(row:))
    }
}
