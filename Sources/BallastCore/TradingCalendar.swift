/// When a market trades. Validation uses it to tell an expected closure from missing data;
/// the simulated exchange uses it to refuse fills while closed.
public protocol TradingCalendar: Sendable {
    /// Whether the market is open at this UTC instant.
    func isOpen(at time: Timestamp) -> Bool

    /// An instant after `time` before which the state does not change: `isOpen` answers the same
    /// for every instant of `time..<nextChange(after: time)`. It need not be the exact change;
    /// the later it is, the fewer questions a scan over many instants has to ask.
    ///
    /// The default, one nanosecond later, promises nothing, so callers ask `isOpen` at every instant.
    func nextChange(after time: Timestamp) -> Timestamp
}

extension TradingCalendar {
    public func nextChange(after time: Timestamp) -> Timestamp {
        Timestamp(nanoseconds: time.nanoseconds == .max ? .max : time.nanoseconds + 1)
    }
}
