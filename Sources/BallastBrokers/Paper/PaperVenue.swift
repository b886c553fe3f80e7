import BallastCore

/// The state of a simulated broker's server as a pure value: accounts with their orders,
/// positions and fills, and the last quote of each symbol. Every operation is deterministic
/// (ids come from counters, time from quotes and callers), so replaying the same commands
/// rebuilds an identical venue — which is what the journal relies on.
public struct PaperVenue: Sendable, Codable, Hashable {
    public internal(set) var settings: PaperVenueSettings
    public internal(set) var accounts: [String: PaperAccount] = [:]
    public internal(set) var quotes: [String: PaperQuote] = [:]
    /// The venue clock: the latest quote time seen.
    public internal(set) var now = Timestamp(nanoseconds: 0)
    /// What the current quote of each capped symbol can still fill.
    var budgets: [String: Quantity] = [:]
    var nextOrderNumber: UInt64 = 1
    var nextDealNumber: UInt64 = 1

    public init(settings: PaperVenueSettings = PaperVenueSettings()) {
        self.settings = settings
    }

    /// Places an order at `time` and returns its state: rejected (no or stale quote for a
    /// market order, non-positive quantity, deadline passed, or `options.rejectReason`),
    /// filled or partially filled (marketable, within the quote's fill budget), cancelled
    /// (IOC remainder) or accepted (working). Throws `.rejected` only for a duplicate client id
    /// when `rejectDuplicateClientIDs` is set; then nothing is placed.
    public mutating func submit(_ request: OrderRequest, at time: Timestamp,
                                options: PaperSubmitOptions = PaperSubmitOptions()) throws(BrokerError) -> BrokerOrder {
        let name = request.account
        if settings.rejectDuplicateClientIDs, accounts[name]?.byClientID[request.clientID] != nil {
            throw BrokerError(.rejected, "duplicate client order id \(request.clientID)")
        }
        let state = BrokerOrder(clientID: request.clientID, brokerID: BrokerOrderID("P\(nextOrderNumber)"),
                                symbol: request.order.symbol, side: request.order.side, quantity: request.order.quantity,
                                status: .submitted, updatedAt: time, type: request.order.type)
        nextOrderNumber += 1
        var order = PaperOrder(request: request, state: state, submittedAt: time)
        if let reason = options.rejectReason ?? refusal(of: request, at: time) {
            order.move(.reject, at: time, reason: reason)
            _ = accounts[name, default: PaperAccount()].append(order)
            return order.state
        }
        order.move(.accept, at: time)
        let quote = quotes[request.order.symbol]
        if case .trailingStop = request.order.type, let quote { order.trailAnchor = quote.price(for: order.side) }
        // The dictionary's in-place accessor keeps the account's arrays uniquely referenced (no copies).
        let index = accounts[name, default: PaperAccount()].append(order)
        if let quote { work(index, account: name, against: quote, at: time, cap: options.fillCap) }
        if request.order.timeInForce == .ioc { cancelIfWorking(index, account: name, at: time, reason: "IOC remainder") }
        return accounts[name]?.orders[index].state ?? order.state
    }

    /// Cancels every working order with this client id and returns the first of them (or,
    /// when none is working, the first order with the id, unchanged: cancelling a finished
    /// order succeeds and reports its final state). Throws `.unknownOrder` when there is none.
    public mutating func cancel(_ id: ClientOrderID, account name: String, at time: Timestamp) throws(BrokerError) -> BrokerOrder {
        guard let indices = accounts[name]?.byClientID[id], let first = indices.first else {
            throw BrokerError(.unknownOrder, "no order \(id) in account \(name)")
        }
        var reported = first
        for index in indices.reversed() where cancelIfWorking(index, account: name, at: time, reason: "cancelled by client") {
            reported = index
        }
        guard let state = accounts[name]?.orders[reported].state else { preconditionFailure("account \(name) lost an order") }
        return state
    }

    /// Why the venue refuses `request` at `time`, or nil when it takes it.
    func refusal(of request: OrderRequest, at time: Timestamp) -> String? {
        let order = request.order
        if order.quantity.raw <= 0 { return "quantity \(order.quantity) is not positive" }
        if let deadline = request.deadline, time > deadline { return "deadline \(deadline) passed" }
        guard order.type == .market else { return nil }
        guard let quote = quotes[order.symbol] else { return "no quote for \(order.symbol)" }
        if let maxAge = settings.maxQuoteAge, time.nanoseconds - quote.time.nanoseconds > maxAge {
            return "quote for \(order.symbol) from \(quote.time) is stale"
        }
        return nil
    }

    /// Cancels the order at `index` if it is working; returns whether it did.
    @discardableResult
    mutating func cancelIfWorking(_ index: Int, account name: String, at time: Timestamp, reason: String) -> Bool {
        guard accounts[name]?.orders[index].state.status.isWorking == true else { return false }
        accounts[name]?.orders[index].move(.cancel, at: time, reason: reason)
        accounts[name]?.stopWorking(index)
        return true
    }
}
