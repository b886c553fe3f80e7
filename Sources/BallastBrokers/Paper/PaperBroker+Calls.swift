import BallastCore

extension PaperBroker {
    public func submit(_ request: OrderRequest) async throws(BrokerError) -> BrokerOrder {
        let fault = try await prepare(.submit)
        var options = PaperSubmitOptions()
        if case .reject(let reason) = fault { options.rejectReason = reason }
        if case .partialFill(let cap) = fault { options.fillCap = cap }
        let order = try perform(.submit(request, at: venue.now, options: options))
        try finish(.submit, fault)
        guard let order else { throw BrokerError(.invalidRequest, "paper venue returned no order for \(request.clientID)") }
        return order
    }

    public func cancel(_ id: ClientOrderID, account: String) async throws(BrokerError) -> BrokerOrder {
        let fault = try await prepare(.cancel)
        let order = try perform(.cancel(id, account: account, at: venue.now))
        try finish(.cancel, fault)
        guard let order else { throw BrokerError(.unknownOrder, "no order \(id) in account \(account)") }
        return order
    }

    public func order(_ id: ClientOrderID, account: String) async throws(BrokerError) -> BrokerOrder? {
        let fault = try await prepare(.lookup)
        let order = venue.order(id, account: account)
        try finish(.lookup, fault)
        return order
    }

    public func openOrders(account: String) async throws(BrokerError) -> [BrokerOrder] {
        let fault = try await prepare(.lookup)
        let orders = venue.openOrders(account: account)
        try finish(.lookup, fault)
        return orders
    }

    public func positions(account: String) async throws(BrokerError) -> [BrokerPosition] {
        let fault = try await prepare(.lookup)
        let positions = venue.positions(account: account)
        try finish(.lookup, fault)
        return positions
    }

    public func fills(account: String, after sequence: UInt64) async throws(BrokerError) -> [BrokerFill] {
        let fault = try await prepare(.fills)
        let fills = venue.fills(account: account, after: sequence)
        try finish(.fills, fault)
        return fills
    }
}
