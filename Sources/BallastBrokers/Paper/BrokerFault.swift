import BallastCore

/// The kinds of call a fault can hit: `lookup` covers `order`, `openOrders` and `positions`.
public enum BrokerCall: String, Sendable, Codable, Hashable, CaseIterable {
    case submit, cancel, lookup, fills
}

/// A failure the paper broker injects into one call.
public enum BrokerFault: Sendable, Hashable {
    /// The call fails with `.disconnected`; nothing reaches the venue.
    case disconnect
    /// The call fails with `.timeout`; nothing reaches the venue.
    case timeoutBeforePlacing
    /// The call takes effect at the venue but the caller gets `.timeout` (the case a router
    /// must resolve by looking the order up before resending).
    case timeoutAfterPlacing
    /// A submission is rejected by the venue with this reason (and kept as a rejected order);
    /// any other call fails with `.rejected`.
    case reject(String)
    /// A submission fills at most this much at once; the rest works (IOC: is cancelled).
    /// No effect on other calls.
    case partialFill(Quantity)
    /// The call fails with `.rateLimited`; nothing reaches the venue.
    case rateLimit
    /// The call is delayed by this much more than the broker's latency, then proceeds.
    case latency(Duration)
}

/// One fault the broker injected, for tests that check what happened.
public struct InjectedFault: Sendable, Hashable {
    public var call: BrokerCall
    public var fault: BrokerFault

    public init(call: BrokerCall, fault: BrokerFault) {
        self.call = call
        self.fault = fault
    }
}
