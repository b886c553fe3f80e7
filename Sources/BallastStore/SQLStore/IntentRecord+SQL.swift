import BallastCore

extension IntentRecord {
    static let sqlColumns = ["id", "account", "strategy"] + OrderIntentColumns.names
        + ["created_at", "reference_price", "status", "rule", "reason", "updated_at"]

    var sqlValues: [SQLValue] {
        [.text(intent.id.rawValue), .text(intent.account), .text(intent.strategy)]
            + OrderIntentColumns.values(intent.order)
            + [.time(intent.createdAt), .price(intent.referencePrice), .text(status.rawValue), .text(rule), .text(reason),
               .time(updatedAt)]
    }

    init(row: SQLRow) throws(StoreError) {
        let intent = TradeIntent(id: IntentID(try row.text("id")), account: try row.text("account"),
                                 strategy: try row.text("strategy"), order: try OrderIntentColumns.decode(row),
                                 createdAt: try row.timestamp("created_at"), referencePrice: try row.price("reference_price"))
        self.init(intent: intent, status: try row.enum("status", as: IntentStatus.self), rule: try row.text("rule"),
                  reason: try row.text("reason"), updatedAt: try row.timestamp("updated_at"))
    }
}
