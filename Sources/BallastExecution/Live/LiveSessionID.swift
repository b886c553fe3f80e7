import BallastCore

/// Names one run of a strategy against a venue: the strategy, the symbol and the event time
/// of the run's first event. Never a wall clock or a random value, so replaying the same
/// events names the same session, and the intent ids built from it repeat (which is what
/// makes a repeated run harmless: the router recognises every intent and sends nothing).
///
/// The engine numbers its orders from 1 in every run; an intent id is the session id plus
/// that number, so orders of different sessions never share an id.
public struct LiveSessionID: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// The session of `strategy` trading `symbol` whose first event happened at `start`.
    public init(strategy: String, symbol: String, start: Timestamp) {
        rawValue = "\(strategy)/\(symbol)/\(start.iso8601)"
    }

    public var description: String { rawValue }

    /// The intent id of the engine's order `order` in this session.
    public func intentID(for order: ClientOrderID) -> IntentID { IntentID("\(rawValue)/\(order.rawValue)") }

    /// Whether `intent` was made by this session.
    public func owns(_ intent: IntentID) -> Bool { intent.rawValue.hasPrefix(rawValue + "/") }
}
