import BallastCore

/// Conversions of ledger values to bound SQL values.
extension SQLValue {
    static func int(_ value: Int) -> SQLValue { .integer(Int64(value)) }
    static func time(_ value: Timestamp) -> SQLValue { .integer(value.nanoseconds) }
    static func time(_ value: Timestamp?) -> SQLValue { value.map { .integer($0.nanoseconds) } ?? .null }
    static func price(_ value: Price) -> SQLValue { .integer(value.raw) }
    static func price(_ value: Price?) -> SQLValue { value.map { .integer($0.raw) } ?? .null }
    static func quantity(_ value: Quantity) -> SQLValue { .integer(value.raw) }
    static func quantity(_ value: Quantity?) -> SQLValue { value.map { .integer($0.raw) } ?? .null }
    static func text(_ value: String?) -> SQLValue { value.map { .text($0) } ?? .null }
    static func bool(_ value: Bool) -> SQLValue { .integer(value ? 1 : 0) }
    /// A money value's two columns: raw amount, then currency.
    static func money(_ value: Money) -> [SQLValue] { [.integer(value.raw), .text(value.currency)] }
}
