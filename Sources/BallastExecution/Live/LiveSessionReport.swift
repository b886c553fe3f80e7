import BallastCore
import BallastStore

/// What a live session did: orders sent, intents found already recorded, refusals, the fills
/// the engine heard of, and what could not be carried out.
public struct LiveSessionReport: Sendable, Hashable {
    /// An intent the router refused (pre-trade screen, or an order the venue could never take).
    public struct Refusal: Sendable, Hashable {
        public var intent: IntentID
        public var rule: String
        public var reason: String
    }

    /// Market events handled.
    public var events = 0
    /// Orders sent to the venue by this run, as the router stored them after sending.
    public var sent: [OrderRecord] = []
    /// Intents the ledger already held (an earlier run of the same session): nothing was sent.
    public var duplicates: [IntentID] = []
    public var refused: [Refusal] = []
    /// Intents waiting for a person's approval.
    public var awaitingApproval: [IntentID] = []
    /// Every fill handed to the engine, in order, with the engine's order ids.
    public var fills: [Fill] = []
    /// Engine actions the session could not carry out, and venue fills of orders it does not know.
    public var anomalies: [LiveAnomaly] = []

    public init() {}
}

/// Something the session could not carry out as the engine asked.
public struct LiveAnomaly: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// The order router cannot modify orders; the engine's modification was not sent.
        case modifyUnsupported
        /// A cancel for an order the router does not know.
        case unknownOrder
    }

    public var time: Timestamp
    public var kind: Kind
    public var orderID: ClientOrderID
    public var detail: String

    public init(time: Timestamp, kind: Kind, orderID: ClientOrderID, detail: String) {
        self.time = time
        self.kind = kind
        self.orderID = orderID
        self.detail = detail
    }

    public var description: String { "\(time.iso8601) \(kind.rawValue) \(orderID): \(detail)" }
}
