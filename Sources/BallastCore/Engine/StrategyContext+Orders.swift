extension StrategyContext {
    /// Adds a signed quantity to the position in `symbol` (a fill).
    package func addPosition(_ delta: Quantity, in symbol: String) {
        let after = position(symbol) + delta
        positions[symbol] = after.raw == 0 ? nil : after
    }

    /// Keeps `order` among the working orders of its symbol while it can fill, and drops it
    /// once it cannot.
    package func track(_ order: Order) {
        let symbol = order.intent.symbol
        var orders = working[symbol] ?? []
        let index = orders.firstIndex { $0.id == order.id }
        switch (index, order.status.isWorking) {
        case (let i?, true): orders[i] = order
        case (let i?, false): orders.remove(at: i)
        case (nil, true): orders.append(order)
        case (nil, false): return
        }
        working[symbol] = orders.isEmpty ? nil : orders
    }
}
