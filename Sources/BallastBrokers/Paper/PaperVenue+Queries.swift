import BallastCore

extension PaperVenue {
    /// The first order placed with this client id, or nil.
    public func order(_ id: ClientOrderID, account: String) -> BrokerOrder? {
        guard let account = accounts[account], let index = account.byClientID[id]?.first else { return nil }
        return account.orders[index].state
    }

    /// Every order placed with this client id, oldest first (more than one means it was sent twice).
    public func orders(_ id: ClientOrderID, account: String) -> [BrokerOrder] {
        guard let account = accounts[account], let indices = account.byClientID[id] else { return [] }
        return indices.map { account.orders[$0].state }
    }

    /// Working orders, oldest first.
    public func openOrders(account: String) -> [BrokerOrder] {
        guard let account = accounts[account] else { return [] }
        return account.working.map { account.orders[$0].state }
    }

    /// Net positions, by symbol.
    public func positions(account: String) -> [BrokerPosition] {
        guard let account = accounts[account] else { return [] }
        return account.positions.values.sorted { $0.symbol < $1.symbol }
    }

    /// Fills with a sequence above `sequence`, oldest first.
    public func fills(account: String, after sequence: UInt64) -> [BrokerFill] {
        guard let fills = accounts[account]?.fills, sequence < UInt64(fills.count) else { return [] }
        return Array(fills[Int(sequence)...])
    }
}
