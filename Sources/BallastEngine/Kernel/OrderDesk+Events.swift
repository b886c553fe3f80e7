import BallastCore

extension OrderDesk {
    /// Applies a fill to its order, the position and the working orders. Returns where the
    /// order is in the book, or nil (recording an anomaly, changing nothing) when the fill cannot apply.
    @usableFromInline
    mutating func recordFill(_ fill: Fill, context: StrategyContext) -> Int? {
        guard let index = book.index(of: fill.orderID) else {
            note(.unknownOrder, fill.orderID, "fill of \(fill.quantity) \(fill.symbol) for an order this engine never created", context: context)
            return nil
        }
        guard fill.symbol == book[position: index].intent.symbol, fill.side == book[position: index].intent.side else {
            let intent = book[position: index].intent
            note(.mismatchedFill, fill.orderID, "fill is \(fill.side) \(fill.symbol), the order is \(intent.side) \(intent.symbol)",
                 context: context)
            return nil
        }
        // The closure captures the two fields, not the fill (which it would copy, strings and all).
        let (quantity, price) = (fill.quantity, fill.price)
        // The context tracks the order in place, inside the change (a read afterwards copies it).
        guard book.change(at: index, { order in
            guard order.recordFill(quantity: quantity, price: price) else { return false }
            context.track(order)
            return true
        }) else {
            let order = book[position: index]
            note(.illegalFill, order.id, "fill of \(fill.quantity) with status \(order.status) and \(order.remainingQuantity) remaining",
                 context: context)
            return nil
        }
        context.addPosition(fill.signedQuantity, in: fill.symbol)
        return index
    }

    /// Applies a venue's status update. Returns the order after it, or nil (recording an anomaly,
    /// changing nothing) when the status table forbids it. Fills must come as `Fill`s, which
    /// carry the quantity and price a status change lacks.
    @usableFromInline
    mutating func recordUpdate(_ update: OrderUpdate, context: StrategyContext) -> Order? {
        guard let index = book.index(of: update.id) else {
            note(.unknownOrder, update.id, "\(update.transition) for an order this engine never created", context: context)
            return nil
        }
        let order = book[position: index]
        guard update.transition != .fill, update.transition != .partialFill else {
            note(.illegalTransition, order.id, "\(update.transition) as a status update; fills arrive as fill events", context: context)
            return nil
        }
        guard order.status.next(on: update.transition) != nil else {
            note(.illegalTransition, order.id, "\(update.transition) from \(order.status)", context: context)
            return nil
        }
        let modification = update.transition == .modify ? book.takePendingModification(for: order.id) : nil
        let changed = book.change(at: index) { order in
            order.apply(update.transition)
            if let quantity = modification?.quantity { order.intent.quantity = quantity }
            if let type = modification?.type { order.intent.type = type }
            return order
        }
        context.track(changed)
        return changed
    }

    /// Handles a strategy's cancel or modify: an action for a working order, an anomaly otherwise.
    mutating func perform(_ command: OrderCommand, context: StrategyContext) -> EngineAction? {
        switch command {
        case .cancel(let id):
            guard workingOrder(id, context: context) != nil, !book.cancelling.contains(id) else { return nil }
            book.markCancelling(id)
            return .cancel(id)
        case .modify(let id, let modification):
            guard let order = workingOrder(id, context: context) else { return nil }
            if let problem = Self.problem(with: modification, for: order) {
                note(.invalidModification, id, problem, context: context)
                return nil
            }
            book.setPendingModification(modification, for: id)
            return .modify(id, modification)
        }
    }

    private mutating func workingOrder(_ id: ClientOrderID, context: StrategyContext) -> Order? {
        guard let order = book[id] else {
            note(.unknownOrder, id, "cancel or modify of an order this engine never created", context: context)
            return nil
        }
        guard order.status.isWorking else {
            note(.orderNotWorking, id, "cancel or modify of an order that is \(order.status)", context: context)
            return nil
        }
        return order
    }

    private static func problem(with modification: OrderModification, for order: Order) -> String? {
        if let quantity = modification.quantity, quantity <= order.filledQuantity {
            return "new quantity \(quantity) is not above the \(order.filledQuantity) already filled"
        }
        if let type = modification.type, !type.isSameKind(as: order.intent.type) {
            return "cannot change a \(order.intent.type) order into \(type)"
        }
        return nil
    }
}

extension OrderType {
    /// Whether two types differ only in their prices (a modification may change prices, not the kind).
    func isSameKind(as other: OrderType) -> Bool {
        switch (self, other) {
        case (.market, .market), (.limit, .limit), (.stop, .stop), (.stopLimit, .stopLimit), (.trailingStop, .trailingStop): true
        default: false
        }
    }
}
