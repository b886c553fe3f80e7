import BallastCore

/// A venue for router tests: market orders fill at once at `marketPrice`, other orders work
/// until `trigger` fills them; a client id is placed once (a resend returns the same order);
/// `faults` are consumed one per `submit` call.
actor ScriptedVenue: Broker {
    enum Fault: Sendable {
        /// The order is placed but the answer is lost.
        case timeoutAfterPlacing
        /// The request is lost before the venue sees it.
        case timeoutBeforePlacing
        case rateLimited
        case reject(String)
        /// The order is placed and the call never answers (until cancelled).
        case hangAfterPlacing
    }

    nonisolated let name = "scripted"
    nonisolated let supportsBrackets: Bool
    var marketPrice: Price
    var faults: [Fault] = []
    /// Lookups that fail (timeout) before one succeeds.
    var failingLookups = 0
    private(set) var submitCalls = 0
    private(set) var requests: [OrderRequest] = []
    private(set) var orders: [ClientOrderID: BrokerOrder] = [:]
    private(set) var allFills: [BrokerFill] = []
    private var nextSequence: UInt64 = 0
    /// Positions the venue reports without any fill behind them (opened before the history starts).
    private var seeded: [BrokerPosition] = []
    let time = Timestamp(year: 2026, month: 3, day: 2, hour: 10)

    init(supportsBrackets: Bool = false, marketPrice: Price = Price("1.1")!) {
        self.supportsBrackets = supportsBrackets
        self.marketPrice = marketPrice
    }

    func inject(_ faults: [Fault]) { self.faults += faults }
    func failLookups(_ count: Int) { failingLookups = count }

    func submit(_ request: OrderRequest) async throws(BrokerError) -> BrokerOrder {
        submitCalls += 1
        let fault = faults.isEmpty ? nil : faults.removeFirst()
        switch fault {
        case .timeoutBeforePlacing: throw BrokerError(.timeout, "request lost")
        case .rateLimited: throw BrokerError(.rateLimited, "slow down")
        case .reject(let reason): throw BrokerError(.rejected, reason)
        case .timeoutAfterPlacing, .hangAfterPlacing, nil: break
        }
        let order = orders[request.clientID] ?? place(request)
        switch fault {
        case .timeoutAfterPlacing: throw BrokerError(.timeout, "answer lost")
        case .hangAfterPlacing:
            try? await Task.sleep(for: .seconds(600))
            throw BrokerError(.disconnected, "call abandoned")
        default: return order
        }
    }

    private func place(_ request: OrderRequest) -> BrokerOrder {
        requests.append(request)
        let body = request.order
        var order = BrokerOrder(clientID: request.clientID, brokerID: BrokerOrderID("B\(orders.count + 1)"), symbol: body.symbol,
                                side: body.side, quantity: body.quantity, status: .accepted, updatedAt: time)
        orders[request.clientID] = order
        if body.type == .market { order = fill(request.clientID, account: request.account, at: marketPrice) }
        return order
    }

    /// Fills a working order completely at `price`.
    @discardableResult
    func fill(_ id: ClientOrderID, account: String, at price: Price) -> BrokerOrder {
        guard var order = orders[id], !order.status.isTerminal else { return orders[id]! }
        nextSequence += 1
        allFills.append(BrokerFill(id: FillID("D\(nextSequence)"), sequence: nextSequence, clientID: id, account: account,
                                   symbol: order.symbol, side: order.side, quantity: order.quantity - order.filledQuantity,
                                   price: price, time: time + Int64(nextSequence), commission: Money(raw: 2_000_000, currency: "USD")))
        order.filledQuantity = order.quantity
        order.averagePrice = price
        order.status = .filled
        orders[id] = order
        return order
    }

    /// Adds a fill for an order the venue has but Ballast never sent (a manual trade).
    func addForeignFill(symbol: String, side: OrderSide, quantity: Quantity, price: Price, account: String) {
        let id = ClientOrderID("manual\(orders.count + 1)")
        orders[id] = BrokerOrder(clientID: id, brokerID: BrokerOrderID("M\(orders.count + 1)"), symbol: symbol, side: side,
                                 quantity: quantity, status: .accepted, updatedAt: time)
        fill(id, account: account, at: price)
    }

    func seed(_ position: BrokerPosition) { seeded.append(position) }

    func cancel(_ id: ClientOrderID, account: String) async throws(BrokerError) -> BrokerOrder {
        guard var order = orders[id] else { throw BrokerError(.unknownOrder, "no order \(id)") }
        if !order.status.isTerminal { order.status = .cancelled }
        orders[id] = order
        return order
    }

    func order(_ id: ClientOrderID, account: String) async throws(BrokerError) -> BrokerOrder? {
        if failingLookups > 0 {
            failingLookups -= 1
            throw BrokerError(.disconnected, "lookup lost")
        }
        return orders[id]
    }

    func openOrders(account: String) async throws(BrokerError) -> [BrokerOrder] {
        orders.values.filter { $0.status.isWorking }.sorted { $0.clientID < $1.clientID }
    }

    func positions(account: String) async throws(BrokerError) -> [BrokerPosition] {
        var net: [String: Int64] = [:]
        for fill in allFills where fill.account == account { net[fill.symbol, default: 0] += fill.signedQuantity.raw }
        for position in seeded where position.account == account { net[position.symbol, default: 0] += position.quantity.raw }
        return net.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map { symbol, quantity in
            let last = allFills.last { $0.symbol == symbol }?.price ?? seeded.first { $0.symbol == symbol }?.averagePrice ?? .zero
            return BrokerPosition(account: account, symbol: symbol, quantity: Quantity(raw: quantity), averagePrice: last)
        }
    }

    func fills(account: String, after sequence: UInt64) async throws(BrokerError) -> [BrokerFill] {
        allFills.filter { $0.account == account && $0.sequence > sequence }
    }
}
