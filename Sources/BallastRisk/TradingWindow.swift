import BallastCore

/// Lets a strategy see bars before `start` without trading on them (a warm-up), then defers
/// to `inner`. Walk-forward test runs use it so that indicators start warm on the test window.
public struct TradingWindow: RiskGate {
    public var start: Timestamp
    public var inner: any RiskGate

    public init(start: Timestamp, inner: any RiskGate) {
        self.start = start
        self.inner = inner
    }

    public func check(_ intent: OrderIntent, context: StrategyContext) -> RiskDecision {
        guard context.time >= start else {
            return .reject(rule: "warmUp", reason: "trading starts at \(start.iso8601); earlier bars only warm the strategy up")
        }
        return inner.check(intent, context: context)
    }
}
