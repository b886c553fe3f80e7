import BallastCore

extension BrokerFill {
    static let sqlColumns = ["account", "id", "sequence", "order_id", "symbol", "side", "quantity", "price", "time",
                             "commission", "commission_currency", "swap", "swap_currency"]

    /// The row's values; sequences above `Int64.max` cannot be stored (SQL integers are signed).
    func sqlValues() throws(StoreError) -> [SQLValue] {
        guard let storedSequence = Int64(exactly: sequence) else {
            throw StoreError(.constraint, "fill \(id) has sequence \(sequence), above the largest storable \(Int64.max)")
        }
        return [.text(account), .text(id.rawValue), .integer(storedSequence), .text(clientID.rawValue), .text(symbol),
                .text(side.rawValue), .quantity(quantity), .price(price), .time(time)] + SQLValue.money(commission)
            + (swap.map(SQLValue.money) ?? [.integer(0), .text("")])
    }

    init(row: SQLRow) throws(StoreError) {
        let stored = try row.int64("sequence")
        guard let sequence = UInt64(exactly: stored) else {
            throw StoreError(.invalidData, "column sequence holds \(stored), below zero")
        }
        self.init(id: FillID(try row.text("id")), sequence: sequence, clientID: ClientOrderID(try row.text("order_id")),
                  account: try row.text("account"), symbol: try row.text("symbol"), side: try row.enum("side", as: OrderSide.self),
                  quantity: try row.quantity("quantity"), price: try row.price("price"), time: try row.timestamp("time"),
                  commission: try row.money("commission"), swap: try Self.swap(row))
    }

    /// A fill without a swap is stored as 0 with no currency, and read back as nil.
    private static func swap(_ row: SQLRow) throws(StoreError) -> Money? {
        let swap = try row.money("swap")
        return swap.currency.isEmpty ? nil : swap
    }
}
