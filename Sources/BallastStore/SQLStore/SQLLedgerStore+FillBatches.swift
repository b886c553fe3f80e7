import BallastCore

extension SQLLedgerStore {
    static let insertFill = SQLText.insert("order_fills", BrokerFill.sqlColumns)

    public func recordFills(_ fills: [BrokerFill], orders: [OrderRecord], positions: [PositionRecord],
                            audit: [AuditEntry]) async throws(StoreError) -> Bool {
        guard !fills.isEmpty else { return true }
        let fillValues = try fills.map { (fill) throws(StoreError) in try fill.sqlValues() }
        do throws(StoreError) {
            if database.dialect == .postgres {
                let text = SingleStatementWrites.recordFillsText(fills: fills.count, orders: orders.count,
                                                                 positions: positions.count, audits: audit.count)
                var binds: [SQLValue] = fillValues.flatMap { $0 }
                for order in orders { binds += order.sqlStateValues + [.text(order.id.rawValue)] }
                binds += positions.flatMap(\.sqlValues)
                binds += audit.flatMap(\.sqlValues)
                _ = try await database.query(text, binds)
                return true
            }
            try await write { (sql) throws(StoreError) in
                for values in fillValues { try await sql.execute(Self.insertFill, values) }
                for order in orders { try await Self.overwrite(order, on: sql) }
                for position in positions { try await sql.execute(Self.upsertPosition, position.sqlValues) }
                try await Self.append(audit, on: sql)
            }
            return true
        } catch {
            // A fill recorded already (its key) or an order not recorded (its foreign key, or
            // the order's update finding no row): nothing was written.
            guard error.code == .constraint else { throw error }
            return false
        }
    }
}
