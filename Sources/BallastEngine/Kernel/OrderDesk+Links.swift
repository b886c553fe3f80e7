import BallastCore

extension OrderDesk {
    /// What a fill of `order` sets off: a bracket entry places (or grows) its exits; an order in
    /// an OCO group cancels its working siblings when it fills completely and shrinks them to
    /// what it has left when it fills partly.
    @usableFromInline
    mutating func linkedActions(after index: Int, context: StrategyContext) -> [EngineAction] {
        guard book[position: index].intent.bracket != nil || book[position: index].intent.ocoGroup != nil else { return [] }
        let order = book[position: index]
        var actions: [EngineAction] = []
        if let bracket = order.intent.bracket, order.parent == nil {
            actions += bracketActions(entry: order, bracket: bracket, context: context)
        }
        if order.intent.ocoGroup != nil {
            actions += ocoActions(after: order)
        }
        return actions
    }

    private mutating func bracketActions(entry: Order, bracket: Bracket, context: StrategyContext) -> [EngineAction] {
        if let placed = book.exits[entry.id] {
            // A further partial fill of the entry: the exits grow to cover all of it.
            return placed.compactMap { id in
                guard let exit = book[id], exit.status.isWorking, !book.cancelling.contains(id),
                      exit.intent.quantity != entry.filledQuantity else { return nil }
                return resize(exit, to: entry.filledQuantity)
            }
        }
        let group = bracket.stopLoss != nil && bracket.takeProfit != nil ? "\(entry.id)/bracket" : nil
        var exits: [Order] = []
        if let stop = bracket.stopLoss {
            exits.append(open(exitIntent(entry, .stop(stop), group: group, tag: "stop-loss"), parent: entry.id, context: context))
        }
        if let target = bracket.takeProfit {
            exits.append(open(exitIntent(entry, .limit(target), group: group, tag: "take-profit"), parent: entry.id, context: context))
        }
        book.setExits(exits.map(\.id), of: entry.id)
        return exits.map { .submit($0) }
    }

    private func exitIntent(_ entry: Order, _ type: OrderType, group: String?, tag: String) -> OrderIntent {
        OrderIntent(symbol: entry.intent.symbol, side: entry.intent.side.opposite, quantity: entry.filledQuantity,
                    type: type, timeInForce: .gtc, ocoGroup: group, tag: tag)
    }

    private mutating func ocoActions(after order: Order) -> [EngineAction] {
        var actions: [EngineAction] = []
        for sibling in book.siblings(of: order) where sibling.status.isWorking && !book.cancelling.contains(sibling.id) {
            if order.status == .filled {
                book.markCancelling(sibling.id)
                actions.append(.cancel(sibling.id))
            } else {
                let total = sibling.filledQuantity + order.remainingQuantity
                if total != sibling.intent.quantity { actions.append(resize(sibling, to: total)) }
            }
        }
        return actions
    }

    private mutating func resize(_ order: Order, to quantity: Quantity) -> EngineAction {
        let modification = OrderModification(quantity: quantity)
        book.setPendingModification(modification, for: order.id)
        return .modify(order.id, modification)
    }
}
