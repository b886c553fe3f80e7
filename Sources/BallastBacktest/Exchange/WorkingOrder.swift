import BallastCore

/// An order held by the simulated exchange, with what the exchange tracks about it.
@usableFromInline
struct WorkingOrder: Sendable {
    var order: Order
    /// It arrives at the venue when its market has seen this many bars …
    var arrivalBar: Int
    /// … and at a bar opening at or after this time (UTC ns).
    var arrivalTime: Int64
    var accepted = false
    /// Where this bar's `accept` event goes in the event list, on the arrival bar only: an order
    /// that fills completely at that open has none (see `SimulatedExchange.reportAccepts`).
    var acceptEvent: Int?
    /// Filled completely at the open of its arrival bar.
    var filledAtArrival = false
    /// A stop-limit whose stop has traded: from now on a limit.
    var triggered = false
    /// Trailing stops: the best price seen (mid, raw) and the current stop (execution side, raw).
    var trailBest: Int64 = 0
    var trailStop: Int64 = 0
    /// `.day` orders: expiry (UTC ns), set on acceptance.
    var dayEnd: Int64 = .max
    /// Bracket exits wait until their entry has filled.
    var waitsForParent: Bool
    /// A cancel or modify on its way, with its arrival (bars seen, time).
    var pendingCancel: (bar: Int, time: Int64)?
    var pendingModify: (change: OrderModification, bar: Int, time: Int64)?
    /// Set when the order is done (filled, cancelled, rejected, expired) and must be dropped.
    var isDone = false

    init(order: Order, arrivalBar: Int, arrivalTime: Int64, waitsForParent: Bool) {
        self.order = order
        self.arrivalBar = arrivalBar
        self.arrivalTime = arrivalTime
        self.waitsForParent = waitsForParent
    }

    func hasArrived(barsSeen: Int, time: Int64) -> Bool { barsSeen >= arrivalBar && time >= arrivalTime }

    var side: OrderSide { order.intent.side }
    var isIOC: Bool { order.intent.timeInForce == .ioc }
}
