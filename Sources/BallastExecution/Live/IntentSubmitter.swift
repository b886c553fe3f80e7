import BallastCore

/// Where a live session sends its intents: the risk desk in front of the router (which also
/// counts what was sent and what failed, for the order-rate rule and the error-rate switch), or
/// the router itself when no desk keeps those counts.
public protocol IntentSubmitter: Sendable {
    /// Routes `intent` (screened and approved as the router's configuration says).
    func route(_ intent: TradeIntent, at time: Timestamp) async throws(DeskError) -> RouteOutcome
}

extension RiskDesk: IntentSubmitter {
    public func route(_ intent: TradeIntent, at time: Timestamp) async throws(DeskError) -> RouteOutcome {
        try await submit(intent, at: time)
    }
}

extension OrderRouter: IntentSubmitter {
    public func route(_ intent: TradeIntent, at time: Timestamp) async throws(DeskError) -> RouteOutcome {
        do { return try await submit(intent, at: time) } catch { throw .router(error) }
    }
}
