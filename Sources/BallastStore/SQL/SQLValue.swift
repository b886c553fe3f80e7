/// A value bound to a statement or read from a row. Ledger values are exact integers (fixed-point
/// raw values, nanosecond timestamps); `real` is only for research metrics.
public enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
}
