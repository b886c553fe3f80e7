import BallastCore

extension ConfigReader {
    /// A non-negative decimal, exact to 10⁻⁹, as a ratio or multiple.
    func ratio(_ key: String) throws -> Double? {
        try decimal(key, decimals: 9).map { Double($0) / 1e9 }
    }

    func lots(_ key: String) throws -> Quantity? {
        try decimal(key, decimals: Quantity.decimals).map(Quantity.init(raw:))
    }

    func money(_ key: String, currency: String) throws -> Money? {
        try decimal(key, decimals: Money.decimals).map { Money(raw: $0, currency: currency) }
    }

    /// A non-negative whole number.
    func count(_ key: String) throws -> Int64? {
        guard let text = try text(key) else { return nil }
        guard let value = FixedDecimal.parse(text, decimals: 0), !text.contains(".") else {
            throw fail(key, text, "expected a whole number")
        }
        guard value >= 0 else { throw fail(key, text, "must not be negative") }
        return value
    }

    func bool(_ key: String) throws -> Bool? {
        guard let text = try text(key) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default: throw fail(key, text, "expected true or false")
        }
    }

    /// A name from a closed set (a grade, a rule, an asset class).
    func name<E: RawRepresentable & CaseIterable>(_ key: String, as: E.Type) throws -> E? where E.RawValue == String {
        guard let text = try text(key) else { return nil }
        return try parseName(text, key: key, as: E.self)
    }

    func parseName<E: RawRepresentable & CaseIterable>(_ text: String, key: String, as: E.Type) throws -> E where E.RawValue == String {
        guard let value = E(rawValue: text) else {
            throw fail(key, text, "unknown name; expected one of \(E.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    private func decimal(_ key: String, decimals: Int) throws -> Int64? {
        guard let text = try text(key) else { return nil }
        guard let raw = FixedDecimal.parse(text, decimals: decimals) else { throw fail(key, text, "expected a decimal number") }
        guard raw >= 0 else { throw fail(key, text, "must not be negative") }
        return raw
    }
}
