/// What reconciliation does with a position the venue holds but the ledger does not.
public enum UnknownPositionPolicy: String, Sendable, Hashable {
    /// Record it (a synthetic intent, order and fill at the venue's average price, audited).
    case adopt
    /// Send an order that closes it (through the router, so it is screened and recorded).
    case flatten
}
