import BallastCore

extension SQLLedgerStore {
    static let selectOrder = SQLText.select(OrderRecord.sqlColumns, from: "orders", "WHERE id = ?")
    /// The order's state (every column but its identity), set from the record, when the stored
    /// status is the expected one.
    static let updateOrderIfStatus = "UPDATE orders SET "
        + SQLText.assignments(OrderRecord.sqlStateColumns) + " WHERE id = ? AND status = ?"
    static let updateOrderState = "UPDATE orders SET " + SQLText.assignments(OrderRecord.sqlStateColumns) + " WHERE id = ?"

    public func order(_ id: ClientOrderID) async throws(StoreError) -> OrderRecord? {
        try await database.first(Self.selectOrder, [.text(id.rawValue)], as: OrderRecord.init(row:))
    }

    /// The statuses are spelled as literals in the text, not bound: a PostgreSQL prepared
    /// statement plans once, and only with the statuses in view can its plan use the index of
    /// open orders (`orders_open`, schema version 4) instead of testing every order of the
    /// account. Raw values of `OrderStatus` are plain identifiers, safe to quote.
    public func orders(account: String, statuses: Set<OrderStatus>) async throws(StoreError) -> [OrderRecord] {
        guard !statuses.isEmpty else { return [] }
        return try await database.rows(Self.selectOrders(statuses), [.text(account)], as: OrderRecord.init(row:))
    }

    /// The text of `orders(account:statuses:)` for `statuses`, built once per set.
    static func selectOrders(_ statuses: Set<OrderStatus>) -> String {
        ordersBySet.text(for: statuses) {
            let names = statuses.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", ")
            return SQLText.select(OrderRecord.sqlColumns, from: "orders",
                                  "WHERE account = ? AND status IN (\(names)) ORDER BY created_at, id")
        }
    }

    private static let ordersBySet = SQLTextCache<Set<OrderStatus>>()

    public func insertOrder(_ order: OrderRecord, audit: [AuditEntry]) async throws(StoreError) -> Bool {
        try await write { (sql) throws(StoreError) -> Bool in
            guard try await sql.execute(Self.insertOrderIfNew, order.sqlValues) == 1 else { return false }
            try await Self.append(audit, on: sql)
            return true
        }
    }

    public func updateOrder(_ order: OrderRecord, expected: OrderStatus, audit: [AuditEntry]) async throws(StoreError) -> Bool {
        let binds = order.sqlStateValues + [.text(order.id.rawValue), .text(expected.rawValue)]
        if database.dialect == .postgres {
            let rows = try await database.query(SingleStatementWrites.updateOrderText(audits: audit.count),
                                                binds + audit.flatMap(\.sqlValues))
            return try rows.first?.int64("changed") == 1
        }
        return try await write { (sql) throws(StoreError) -> Bool in
            guard try await sql.execute(Self.updateOrderIfStatus, binds) == 1 else { return false }
            try await Self.append(audit, on: sql)
            return true
        }
    }

    /// Writes `order`'s state unconditionally; refuses (rolling back the caller's
    /// transaction) when there is no such order.
    static func overwrite(_ order: OrderRecord, on sql: any SQLExecutor) async throws(StoreError) {
        let binds = order.sqlStateValues + [.text(order.id.rawValue)]
        guard try await sql.execute(updateOrderState, binds) == 1 else {
            throw StoreError(.constraint, "order \(order.id) is not recorded")
        }
    }
}
