

/// What the kernel asks its shell to do. The shell (simulated exchange, paper or live broker)
/// performs actions and reports back with `EngineEvent`s.
public enum EngineAction: Sendable, Hashable {
    /// Send this order (status `submitted`).
    case submit(Order)
    /// Cancel a working order.
    case cancel(ClientOrderID)
    /// Change a working order's quantity or prices.
    case modify(ClientOrderID, OrderModification)
}
