/// The execution port: a venue that takes orders and reports what happened to them. The paper
/// broker and the MT5 gateway implement it; the order router is its only caller.
///
/// Venues are read by polling: `fills(after:)` with the last sequence recorded gives every
/// later fill exactly once, which is what lets a restarted process catch up without losing
/// or doubling anything.
public protocol Broker: Sendable {
    /// A short name for logs and the audit trail (`paper`, `mt5-icmarkets`).
    var name: String { get }
    /// Whether the venue attaches stop-loss and take-profit to a position itself (otherwise
    /// the router places and links the exits).
    var supportsBrackets: Bool { get }

    /// Places an order and returns the venue's acknowledgement (accepted, filled or rejected).
    /// A `BrokerError` with `outcomeUnknown` means the order may exist: look it up with
    /// `order(_:)` before sending it again.
    func submit(_ request: OrderRequest) async throws(BrokerError) -> BrokerOrder
    /// Cancels a working order; cancelling an order that is already cancelled succeeds.
    func cancel(_ id: ClientOrderID, account: String) async throws(BrokerError) -> BrokerOrder
    /// The order with this client id, working or finished, or nil when the venue has none.
    func order(_ id: ClientOrderID, account: String) async throws(BrokerError) -> BrokerOrder?
    /// Orders still working.
    func openOrders(account: String) async throws(BrokerError) -> [BrokerOrder]
    /// Net positions, one per symbol with a non-zero quantity.
    func positions(account: String) async throws(BrokerError) -> [BrokerPosition]
    /// Fills with a sequence above `sequence`, oldest first (0 gives every fill).
    func fills(account: String, after sequence: UInt64) async throws(BrokerError) -> [BrokerFill]
}
