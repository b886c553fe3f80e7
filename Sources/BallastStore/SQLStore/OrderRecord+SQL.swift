import BallastCore

extension OrderRecord {
    static let sqlColumns = ["id", "intent_id", "parent_id", "account"] + OrderIntentColumns.names
        + ["status", "filled_quantity", "average_price", "broker_id", "reason", "attempts", "created_at", "updated_at"]

    /// The columns an update writes: all but the order's identity (id, intent, parent,
    /// account, creation time), which is fixed when the order is inserted. Leaving those out
    /// of `SET` keeps SQLite from rewriting the indexes on them (it rewrites every index on a
    /// column an update assigns, changed or not), which was a quarter of the pages the order
    /// path wrote.
    static let sqlStateColumns = sqlColumns.filter { !identityColumns.contains($0) }
    private static let identityColumns: Set = ["id", "intent_id", "parent_id", "account", "created_at"]

    /// The values of `sqlStateColumns`, in their order.
    var sqlStateValues: [SQLValue] {
        OrderIntentColumns.values(order)
            + [.text(status.rawValue), .quantity(filledQuantity), .price(averagePrice), .text(brokerID?.rawValue),
               .text(reason), .int(attempts), .time(updatedAt)]
    }

    var sqlValues: [SQLValue] {
        [.text(id.rawValue), .text(intentID.rawValue), .text(parent?.rawValue), .text(account)]
            + OrderIntentColumns.values(order)
            + [.text(status.rawValue), .quantity(filledQuantity), .price(averagePrice), .text(brokerID?.rawValue),
               .text(reason), .int(attempts), .time(createdAt), .time(updatedAt)]
    }

    init(row: SQLRow) throws(StoreError) {
        self.init(id: ClientOrderID(try row.text("id")), intentID: IntentID(try row.text("intent_id")),
                  parent: try row.optionalText("parent_id").map(ClientOrderID.init), account: try row.text("account"),
                  order: try OrderIntentColumns.decode(row), status: try row.enum("status", as: OrderStatus.self),
                  filledQuantity: try row.quantity("filled_quantity"), averagePrice: try row.price("average_price"),
                  brokerID: try row.optionalText("broker_id").map(BrokerOrderID.init), reason: try row.text("reason"),
                  attempts: try row.int("attempts"), createdAt: try row.timestamp("created_at"),
                  updatedAt: try row.timestamp("updated_at"))
    }
}
