import BallastCore

/// Typed reads of a row's columns. A missing column, a NULL where a value is required or a
/// value of the wrong type throws `.invalidData` naming the column, never traps.
extension SQLRow {
    /// A required integer.
    public func int64(_ column: String) throws(StoreError) -> Int64 {
        guard let value = try optionalInt64(column) else { throw Self.invalid(column, "is NULL") }
        return value
    }

    /// An integer or NULL.
    public func optionalInt64(_ column: String) throws(StoreError) -> Int64? {
        switch try value(column) {
        case .null: return nil
        case .integer(let number): return number
        case let other: throw Self.invalid(column, "holds \(other), not an integer")
        }
    }

    /// Required text.
    public func text(_ column: String) throws(StoreError) -> String {
        guard let value = try optionalText(column) else { throw Self.invalid(column, "is NULL") }
        return value
    }

    /// Text or NULL.
    public func optionalText(_ column: String) throws(StoreError) -> String? {
        switch try value(column) {
        case .null: return nil
        case .text(let text): return text
        case let other: throw Self.invalid(column, "holds \(other), not text")
        }
    }

    /// A number (an integer column reads as its value).
    public func double(_ column: String) throws(StoreError) -> Double {
        switch try value(column) {
        case .real(let number): return number
        case .integer(let number): return Double(number)
        case let other: throw Self.invalid(column, "holds \(other), not a number")
        }
    }

    /// A 0/1 flag.
    public func bool(_ column: String) throws(StoreError) -> Bool {
        switch try int64(column) {
        case 0: return false
        case 1: return true
        case let other: throw Self.invalid(column, "holds \(other), not 0 or 1")
        }
    }

    /// The value of an enum stored as its raw value.
    public func `enum`<E: RawRepresentable>(_ column: String, as type: E.Type) throws(StoreError) -> E where E.RawValue == String {
        let raw = try text(column)
        guard let value = E(rawValue: raw) else { throw Self.invalid(column, "holds unknown value \"\(raw)\"") }
        return value
    }

    func timestamp(_ column: String) throws(StoreError) -> Timestamp { Timestamp(nanoseconds: try int64(column)) }

    func optionalTimestamp(_ column: String) throws(StoreError) -> Timestamp? {
        try optionalInt64(column).map { Timestamp(nanoseconds: $0) }
    }

    func price(_ column: String) throws(StoreError) -> Price { Price(raw: try int64(column)) }

    func optionalPrice(_ column: String) throws(StoreError) -> Price? { try optionalInt64(column).map { Price(raw: $0) } }

    func quantity(_ column: String) throws(StoreError) -> Quantity { Quantity(raw: try int64(column)) }

    /// Money stored as its raw value in `column` and its currency in `column_currency`.
    func money(_ column: String) throws(StoreError) -> Money {
        Money(raw: try int64(column), currency: try text(column + "_currency"))
    }

    func int(_ column: String) throws(StoreError) -> Int {
        let value = try int64(column)
        guard let result = Int(exactly: value) else { throw Self.invalid(column, "holds \(value), out of range") }
        return result
    }

    private func value(_ column: String) throws(StoreError) -> SQLValue {
        guard let index = columns.firstIndex(of: column) else { throw Self.invalid(column, "is missing from the row") }
        return values[index]
    }

    private static func invalid(_ column: String, _ problem: String) -> StoreError {
        StoreError(.invalidData, "column \(column) \(problem)")
    }
}
