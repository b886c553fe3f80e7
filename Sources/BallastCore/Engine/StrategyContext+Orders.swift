extension StrategyContext {
    /// The signed position in `symbol` (positive long), zero when flat.
    public func position(_ symbol: String) -> Quantity {
        slot(symbol, creating: false).map { symbolStates[$0].position } ?? .zero
    }

    /// Orders of `symbol` that can still fill, oldest first.
    public func workingOrders(_ symbol: String) -> [Order] {
        slot(symbol, creating: false).map { symbolStates[$0].working } ?? []
    }

    /// The position once the working market orders of `symbol` have filled: what a strategy
    /// aiming at a target position should count from, so a repeated signal does not double up.
    public func expectedPosition(_ symbol: String) -> Quantity {
        guard let slot = slot(symbol, creating: false) else { return .zero }
        var expected = symbolStates[slot].position.raw
        for order in symbolStates[slot].working where order.intent.type == .market {
            expected += order.intent.side.sign * order.remainingQuantity.raw
        }
        return Quantity(raw: expected)
    }

    /// Every non-zero position, by symbol.
    public var positions: [String: Quantity] {
        var result: [String: Quantity] = [:]
        for (symbol, slot) in symbolSlots where symbolStates[slot].position.raw != 0 { result[symbol] = symbolStates[slot].position }
        return result
    }

    /// Adds a signed quantity to the position in `symbol` (a fill).
    package func addPosition(_ delta: Quantity, in symbol: String) {
        let slot = slot(symbol, creating: true)!
        symbolStates[slot].position.raw += delta.raw
    }

    /// Keeps `order` among the working orders of its symbol while it can fill, and drops it
    /// once it cannot. Changes the stored list in place.
    package func track(_ order: Order) {
        let slot = slot(order.intent.symbol, creating: !order.status.isTerminal)
        guard let slot else { return }
        let index = symbolStates[slot].working.firstIndex { $0.id == order.id }
        switch (index, order.status.isWorking) {
        case (let i?, true): symbolStates[slot].working[i] = order
        case (let i?, false):
            // Usually the newest (often the only) working order: dropped without shifting any.
            if i == symbolStates[slot].working.count - 1 { symbolStates[slot].working.removeLast() } else {
                symbolStates[slot].working.remove(at: i)
            }
        case (nil, true): symbolStates[slot].working.append(order)
        case (nil, false): return
        }
    }

    /// Where `symbol`'s state is; the symbol used last is found without hashing.
    func slot(_ symbol: String, creating: Bool) -> Int? {
        if lastStateSlot >= 0 && lastStateSymbol == symbol { return lastStateSlot }
        let slot: Int
        if let known = symbolSlots[symbol] {
            slot = known
        } else {
            guard creating else { return nil }
            slot = symbolStates.count
            symbolStates.append(SymbolState())
            symbolSlots[symbol] = slot
        }
        lastStateSymbol = symbol
        lastStateSlot = slot
        return slot
    }
}
