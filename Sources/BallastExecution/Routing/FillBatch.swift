import BallastCore
import BallastStore

/// Fills of one synchronisation waiting to be recorded in one write (see
/// `OrderRouter.flush`), each with the order it fills as stored before the batch and that
/// order's recorded fills.
///
/// Only fills that need nothing after them join: their order is known, has no bracket and no
/// one-cancels-other group and is no exit. A fill that needs more is recorded on its own,
/// after the batch before it.
struct FillBatch: Sendable {
    /// An order with its recorded fills.
    typealias Owner = (order: OrderRecord, fills: [BrokerFill])

    /// Where a fill goes: into the batch, or on its own (with its recorded order, nil when the
    /// store does not know it).
    enum Placement {
        case batched
        case alone(Owner?)
    }

    /// The most fills one write records (PostgreSQL takes at most 65,535 bound values in a
    /// statement; a fill with its order, position and audit entries binds about 60).
    static let capacity = 32

    /// A fill waiting in the batch: its order as stored before the batch, and the ledger terms
    /// of its symbol at its time (looked up once, when it joined).
    typealias Entry = (fill: BrokerFill, owner: Owner, terms: ContractTerms)

    /// The fills in sequence order.
    private var entries: [Entry] = []
    private var owners: [ClientOrderID: Owner] = [:]

    var isFull: Bool { entries.count >= Self.capacity }

    /// The owner of a fill of the batch, or of a fill of the same order.
    func owner(of id: ClientOrderID) -> Owner? { owners[id] }

    mutating func add(_ fill: BrokerFill, owner: Owner, terms: ContractTerms) {
        let first = owners[fill.clientID] ?? owner
        owners[fill.clientID] = first
        entries.append((fill, first, terms))
    }

    /// Empties the batch; returns what it held.
    mutating func take() -> [Entry] {
        defer {
            entries = []
            owners = [:]
        }
        return entries
    }

    /// Whether a fill of `order` can be recorded in a batch.
    static func takes(_ order: OrderRecord) -> Bool {
        order.parent == nil && order.order.bracket == nil && order.order.ocoGroup == nil
    }
}
