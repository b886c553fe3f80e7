

/// When a market trades. Validation uses it to tell an expected closure from missing data;
/// the simulated exchange uses it to refuse fills while closed.
public protocol TradingCalendar: Sendable {
    /// Whether the market is open at this UTC instant.
    func isOpen(at time: Timestamp) -> Bool
}
