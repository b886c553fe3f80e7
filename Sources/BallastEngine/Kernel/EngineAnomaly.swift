import BallastCore

/// An event the engine could not apply and therefore ignored: a fill for an unknown order, a
/// transition the status table forbids, a bar older than the history. Venues and feeds do send
/// these; the engine records them instead of crashing, and the run report shows them.
public struct EngineAnomaly: Sendable, Hashable, CustomStringConvertible {
    /// What kind of event could not be applied.
    public enum Kind: String, Sendable, Hashable {
        /// No order with this id was ever created by this engine.
        case unknownOrder
        /// The status table does not allow this transition from the order's status.
        case illegalTransition
        /// The fill is larger than what remains, or the order cannot fill in its status.
        case illegalFill
        /// The fill's symbol or side differs from the order's.
        case mismatchedFill
        /// A bar that did not open after the newest bar of its series (late or repeated).
        case staleBar
        /// A cancel or modify for an order that can no longer fill.
        case orderNotWorking
        /// A modification the order cannot take (quantity below what filled, another order type).
        case invalidModification
    }

    public var time: Timestamp
    public var kind: Kind
    public var orderID: ClientOrderID?
    public var detail: String

    public init(time: Timestamp, kind: Kind, orderID: ClientOrderID? = nil, detail: String) {
        self.time = time
        self.kind = kind
        self.orderID = orderID
        self.detail = detail
    }

    public var description: String {
        "\(time) \(kind.rawValue)" + (orderID.map { " \($0)" } ?? "") + ": \(detail)"
    }
}
