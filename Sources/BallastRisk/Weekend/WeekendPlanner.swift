import BallastCore

/// Applies a `WeekendPolicy` once per instrument per weekend close: remembers which closes it
/// has acted on, so a position reduced to half stays at half rather than being halved again
/// on the next snapshot.
public struct WeekendPlanner: Sendable, Hashable {
    public var policy: WeekendPolicy
    /// (symbol, close) pairs already acted on.
    public private(set) var handled: Set<Handled> = []

    public struct Handled: Sendable, Hashable {
        public var symbol: String
        public var close: Timestamp
    }

    public init(policy: WeekendPolicy) { self.policy = policy }

    /// The market orders to send now: for each position inside its weekend window and not yet
    /// handled for that close, the flatten or reduce order. Sorted by symbol.
    public mutating func orders(for snapshot: RiskSnapshot) -> [OrderIntent] {
        var result: [OrderIntent] = []
        for symbol in snapshot.positions.keys.sorted() {
            guard let instrument = snapshot.instruments[symbol],
                  let close = policy.windowClose(for: instrument, at: snapshot.time) else { continue }
            let key = Handled(symbol: symbol, close: close)
            guard !handled.contains(key) else { continue }
            handled.insert(key)
            if let order = policy.order(for: instrument, position: snapshot.position(symbol)) { result.append(order) }
        }
        handled = handled.filter { $0.close > snapshot.time }
        return result
    }
}
