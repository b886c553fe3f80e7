import BallastCore

extension SQLLedgerStore {
    static let insertFillIfNew = SQLText.insert("order_fills", BrokerFill.sqlColumns, suffix: "ON CONFLICT (account, id) DO NOTHING")
    static let upsertPosition = SQLText.upsert("positions", PositionRecord.sqlColumns, key: ["account", "symbol"])
    static let selectFillsAfter = SQLText.select(BrokerFill.sqlColumns, from: "order_fills",
                                                 "WHERE account = ? AND sequence > ? ORDER BY sequence, id")
    static let selectFillsOfOrder = SQLText.select(BrokerFill.sqlColumns, from: "order_fills",
                                                   "WHERE order_id = ? ORDER BY sequence, id")
    static let selectPositions = SQLText.select(PositionRecord.sqlColumns, from: "positions", "WHERE account = ? ORDER BY symbol")
    static let selectPosition = SQLText.select(PositionRecord.sqlColumns, from: "positions", "WHERE account = ? AND symbol = ?")

    public func recordFill(_ fill: BrokerFill, order: OrderRecord, position: PositionRecord,
                           audit: [AuditEntry]) async throws(StoreError) -> Bool {
        let fillValues = try fill.sqlValues()
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
