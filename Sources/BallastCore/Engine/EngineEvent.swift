/// Everything that reaches the trading kernel. Time comes only from these events.
public enum EngineEvent: Sendable, Hashable {
    case bar(BarEvent)
    case tick(TickEvent)
    case orderUpdate(OrderUpdate)
    case fill(Fill)
    /// A scheduled wake-up (session opens and closes, end of day).
    case timer(Timestamp)

    /// The event's time.
    public var time: Timestamp {
        switch self {
        case .bar(let e): e.closeTime
        case .tick(let e): e.tick.time
        case .orderUpdate(let u): u.time
        case .fill(let f): f.time
        case .timer(let t): t
        }
    }
}
