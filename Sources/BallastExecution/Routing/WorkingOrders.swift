import BallastCore
import BallastStore

/// The account's working orders (submitted, accepted, partially filled) as the router wrote
/// them, so the desk can take them instead of reading the store after every fill.
///
/// The router is its account's only writer of orders; it brackets each order write with
/// `begin` and `end`, and `end` takes what the write stored. Writes to one order can come
/// back out of order (two statements on two connections), so a state never replaces a further
/// one (more filled, or further along the status table), and a finished order is remembered
/// until every write that began before it finished has come back.
///
/// Unknown (nil) until a read of the store is adopted; a read is adopted only when no write
/// ended while it was under way, and a failed write (whose outcome is unknown) forgets all.
struct WorkingOrders: Sendable {
    private var orders: [ClientOrderID: OrderRecord]?
    /// Finished orders, with the ticket count when they finished.
    private var finished: [ClientOrderID: Int] = [:]
    /// Tickets of the writes under way.
    private var inFlight: Set<Int> = []
    private var tickets = 0
    /// Counts ended writes, so a read can tell whether one ended while it was under way.
    private(set) var version = 0

    /// The working orders by creation time (as the store lists them), or nil when unknown.
    var known: [OrderRecord]? {
        orders.map { $0.values.sorted { ($0.createdAt, $0.id.rawValue) < ($1.createdAt, $1.id.rawValue) } }
    }

    /// Registers a write about to start; pass the ticket to `end`.
    mutating func begin() -> Int {
        tickets += 1
        inFlight.insert(tickets)
        return tickets
    }

    /// Takes what the write `ticket` stored (nil: its outcome is unknown).
    mutating func end(_ ticket: Int, stored: [OrderRecord]?) {
        inFlight.remove(ticket)
        version += 1
        guard let stored else { return forget() }
        for order in stored { note(order) }
        let oldest = inFlight.min() ?? tickets + 1
        if !finished.isEmpty { finished = finished.filter { $0.value >= oldest } }
    }

    /// Adopts `read`, the store's working orders read while `version` was current.
    mutating func adopt(_ read: [OrderRecord], readAt version: Int) {
        guard version == self.version, orders == nil else { return }
        orders = Dictionary(read.filter { finished[$0.id] == nil }.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
    }

    mutating func forget() {
        orders = nil
    }

    private mutating func note(_ order: OrderRecord) {
        guard finished[order.id] == nil else { return }
        if order.status.isTerminal { finished[order.id] = tickets }
        if !order.status.isWorking {
            orders?[order.id] = nil
            return
        }
        guard orders != nil else { return }
        if let current = orders?[order.id], Self.progress(current) > Self.progress(order) { return }
        orders?[order.id] = order
    }

    private static func progress(_ order: OrderRecord) -> (Int64, Int) {
        let rank = switch order.status {
        case .created: 0
        case .submitted: 1
        case .accepted: 2
        default: 3
        }
        return (order.filledQuantity.raw, rank)
    }
}
