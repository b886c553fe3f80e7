import BallastCore

/// Every order one engine created, by id, with the links between them: OCO groups and the
/// exits each bracket entry placed.
public struct OrderBook: Sendable {
    public private(set) var orders: [ClientOrderID: Order] = [:]
    /// Members of each one-cancels-other group, oldest first.
    public private(set) var groups: [String: [ClientOrderID]] = [:]
    /// The stop-loss and take-profit orders each bracket entry placed.
    public private(set) var exits: [ClientOrderID: [ClientOrderID]] = [:]
    /// Orders with a cancel sent and not yet confirmed (so no second cancel goes out).
    public private(set) var cancelling: Set<ClientOrderID> = []
    /// Modifications sent and not yet confirmed; applied when the venue accepts them.
    public private(set) var pendingModifications: [ClientOrderID: OrderModification] = [:]

    public init() {}

    public subscript(id: ClientOrderID) -> Order? { orders[id] }

    /// The other orders in `order`'s OCO group, oldest first.
    public func siblings(of order: Order) -> [Order] {
        guard let group = order.intent.ocoGroup else { return [] }
        return (groups[group] ?? []).compactMap { $0 == order.id ? nil : orders[$0] }
    }

    mutating func insert(_ order: Order) {
        orders[order.id] = order
        if let group = order.intent.ocoGroup { groups[group, default: []].append(order.id) }
    }

    /// Stores a changed order; a terminal order has nothing pending any more.
    mutating func update(_ order: Order) {
        orders[order.id] = order
        if order.status.isTerminal {
            cancelling.remove(order.id)
            pendingModifications[order.id] = nil
        }
    }

    mutating func setExits(_ ids: [ClientOrderID], of entry: ClientOrderID) { exits[entry] = ids }

    mutating func markCancelling(_ id: ClientOrderID) { cancelling.insert(id) }

    mutating func setPendingModification(_ modification: OrderModification, for id: ClientOrderID) {
        pendingModifications[id] = modification
    }

    mutating func takePendingModification(for id: ClientOrderID) -> OrderModification? {
        pendingModifications.removeValue(forKey: id)
    }
}
