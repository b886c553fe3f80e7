/// How long an order works.
public enum TimeInForce: Sendable, Codable, Hashable {
    /// Good till cancelled.
    case gtc
    /// Until the end of the trading day it was placed in (the session calendar decides).
    case day
    /// Good till the given instant.
    case gtd(Timestamp)
    /// Immediate or cancel: what cannot fill at once is cancelled.
    case ioc
}
