import BallastCore
import BallastStore

/// What one fill synchronisation did.
public struct FillSyncReport: Sendable, Hashable {
    /// Fills recorded now (each exactly once, with its order and position).
    public var recorded: [BrokerFill] = []
    /// Fills the store already had (another router instance recorded them first).
    public var alreadyRecorded: [BrokerFill] = []
    /// Fills of orders the store does not know (placed outside Ballast): left to reconciliation.
    public var unmatched: [BrokerFill] = []
    /// Stop-loss and take-profit orders placed for entries that filled.
    public var exitsPlaced: [OrderRecord] = []
    /// Orders cancelled because an order of their one-cancels-other group filled.
    public var cancelled: [OrderRecord] = []

    public init() {}
}
