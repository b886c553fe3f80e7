import BallastCore

extension PositionRecord {
    /// The key of `positions`: a new state of a position overwrites the row.
    static let sqlKey = ["account", "symbol"]
    static let sqlColumns = ["account", "symbol", "quantity", "average_price", "realized_pnl", "realized_pnl_currency",
                             "commissions", "commissions_currency", "swaps", "swaps_currency", "updated_at"]

    var sqlValues: [SQLValue] {
        [.text(account), .text(symbol), .quantity(quantity), .price(averagePrice)]
            + SQLValue.money(realizedPnL) + SQLValue.money(commissions) + SQLValue.money(swaps) + [.time(updatedAt)]
    }

    init(row: SQLRow) throws(StoreError) {
        self.init(account: try row.text("account"), symbol: try row.text("symbol"), quantity: try row.quantity("quantity"),
                  averagePrice: try row.price("average_price"), realizedPnL: try row.money("realized_pnl"),
                  commissions: try row.money("commissions"), swaps: try row.money("swaps"),
                  updatedAt: try row.timestamp("updated_at"))
    }
}
