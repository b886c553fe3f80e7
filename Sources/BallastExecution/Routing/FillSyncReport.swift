import BallastCore
import BallastStore

/// What one fill synchronisation did.
public struct FillSyncReport: Sendable, Hashable {
    /// A fill that could not be recorded, and why. Fills are recorded in sequence order, so
    /// every later fill waits until this one can be (the next synchronisation retries it).
    public struct BlockedFill: Sendable, Hashable {
        public var fill: BrokerFill
        public var error: RouterError

        public init(fill: BrokerFill, error: RouterError) {
            self.fill = fill
            self.error = error
        }
    }

    /// Fills recorded now (each exactly once, with its order and position).
    public var recorded: [BrokerFill] = []
    /// Fills the store already had (another router instance recorded them first).
    public var alreadyRecorded: [BrokerFill] = []
    /// Fills of orders the store does not know (placed outside Ballast), left to
    /// reconciliation, which adopts them. A synchronisation stops at the first one.
    public var unmatched: [BrokerFill] = []
    /// The fill the synchronisation stopped at because it cannot be recorded (an unknown
    /// instrument, a missing conversion rate, a failed venue lookup); nil when none did.
    public var blocked: BlockedFill?
    /// Stop-loss and take-profit orders placed for entries that filled.
    public var exitsPlaced: [OrderRecord] = []
    /// Exits the venue placed for bracketed entries (it attaches brackets itself), recorded
    /// when the router learnt of them.
    public var exitsLearned: [OrderRecord] = []
    /// Orders cancelled because an order of their one-cancels-other group filled (at the
    /// router's request, or by the venue for the exits it manages).
    public var cancelled: [OrderRecord] = []

    public init() {}

    /// Keeps between the last `limit` and the last `2 × limit` entries of each list: what waits
    /// for a `syncFills` nobody makes (a router driven only through `submit`) must not grow
    /// without end; the store has it all. A list is cut back to `limit` only once it doubled, so
    /// a busy router moves its entries once per `limit` fills rather than on every fill.
    mutating func keepLatest(_ limit: Int) {
        Self.cut(&recorded, to: limit)
        Self.cut(&alreadyRecorded, to: limit)
        Self.cut(&unmatched, to: limit)
        Self.cut(&exitsPlaced, to: limit)
        Self.cut(&exitsLearned, to: limit)
        Self.cut(&cancelled, to: limit)
    }

    private static func cut<Entry>(_ list: inout [Entry], to limit: Int) {
        if list.count > 2 * limit { list.removeFirst(list.count - limit) }
    }

    /// This report followed by `later` (a synchronisation run after this one).
    public mutating func append(_ later: FillSyncReport) {
        recorded += later.recorded
        alreadyRecorded += later.alreadyRecorded
        unmatched += later.unmatched
        blocked = later.blocked
        exitsPlaced += later.exitsPlaced
        exitsLearned += later.exitsLearned
        cancelled += later.cancelled
    }
}
