import BallastCore

/// One order as the paper venue holds it: the request, the state it reports, and what the
/// matching needs to remember (stop-limit trigger, trailing anchor, bracket exits).
public struct PaperOrder: Sendable, Codable, Hashable {
    public var request: OrderRequest
    /// What `Broker.order(_:account:)` reports.
    public var state: BrokerOrder
    public var submittedAt: Timestamp
    /// The entry whose bracket placed this exit.
    public var parent: ClientOrderID?
    /// Orders sharing a group cancel each other on the first fill of any of them.
    public var ocoGroup: String?
    /// Whether a stop-limit's stop has been crossed (it then works as a limit).
    var triggered = false
    /// The best price since submission, for trailing stops.
    var trailAnchor: Price?
    /// Indices (in the account's orders) of the exits this entry's bracket placed.
    var exits: [Int] = []
    /// How many stop-loss/take-profit pairs this entry has placed.
    var exitPairs = 0

    init(request: OrderRequest, state: BrokerOrder, submittedAt: Timestamp, parent: ClientOrderID? = nil) {
        self.request = request
        self.state = state
        self.submittedAt = submittedAt
        self.parent = parent
        self.ocoGroup = request.order.ocoGroup
    }

    var side: OrderSide { request.order.side }
    var remaining: Quantity { state.quantity - state.filledQuantity }

    /// Moves the reported status along the order table; false (and no change) when illegal.
    @discardableResult
    mutating func move(_ transition: OrderTransition, at time: Timestamp, reason: String? = nil) -> Bool {
        guard let next = state.status.next(on: transition) else { return false }
        state.status = next
        state.updatedAt = time
        if let reason { state.reason = reason }
        return true
    }

    /// Records a fill of `quantity` at `price`: average price, filled quantity and status.
    mutating func recordFill(_ quantity: Quantity, at price: Price, time: Timestamp) {
        let total = state.filledQuantity + quantity
        let weighted = Int128(state.averagePrice.raw) * Int128(state.filledQuantity.raw) + Int128(price.raw) * Int128(quantity.raw)
        state.averagePrice = Price(raw: Int64(weighted / Int128(total.raw)))
        state.filledQuantity = total
        move(total >= state.quantity ? .fill : .partialFill, at: time)
    }

    /// Adds `quantity` to a working order (a bracket exit following its entry's fills).
    mutating func grow(by quantity: Quantity, at time: Timestamp) {
        state.quantity = state.quantity + quantity
        move(.modify, at: time)
    }

    /// Whether the time in force has run out at `time` (`.day` ends at the UTC midnight after submission).
    func hasExpired(at time: Timestamp) -> Bool {
        switch request.order.timeInForce {
        case .gtd(let end): time > end
        case .day: time.days > submittedAt.days
        case .gtc, .ioc: false
        }
    }
}
