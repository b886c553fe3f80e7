/// A market that never closes (crypto, and the default when nothing better is known).
public struct AlwaysOpenCalendar: TradingCalendar {
    public init() {}
    public func isOpen(at time: Timestamp) -> Bool { true }
    public func nextChange(after time: Timestamp) -> Timestamp { Timestamp(nanoseconds: .max) }
}
