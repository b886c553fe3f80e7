import BallastCore

/// Typed reads of `ConfigNode`s; every failure names the file, position and key path.
extension ConfigNode {
    func mapping() throws(ConfigFileError) -> [(key: String, node: ConfigNode)] {
        guard case .mapping(let pairs) = value else { throw error("expected a mapping") }
        return pairs
    }

    func sequence() throws(ConfigFileError) -> [ConfigNode] {
        guard case .sequence(let items) = value else { throw error("expected a list") }
        return items
    }

    /// A child by key, nil when absent (or when this is not a mapping).
    subscript(_ key: String) -> ConfigNode? {
        guard case .mapping(let pairs) = value else { return nil }
        return pairs.first { $0.key == key }?.node
    }

    func require(_ key: String) throws(ConfigFileError) -> ConfigNode {
        _ = try mapping()
        guard let child = self[key] else { throw error("missing required key \"\(key)\"") }
        return child
    }

    /// Fails on keys outside `allowed`, so a typo is reported instead of silently ignored.
    func checkKeys(_ allowed: Set<String>) throws(ConfigFileError) {
        for (key, node) in try mapping() where !allowed.contains(key) {
            throw node.error("unknown key \"\(key)\" (expected one of: \(allowed.sorted().joined(separator: ", ")))")
        }
    }

    func string() throws(ConfigFileError) -> String {
        guard case .scalar(let text) = value, !text.isEmpty else { throw error("expected a value") }
        return text
    }

    func int() throws(ConfigFileError) -> Int {
        guard let number = Int(try string()) else { throw error("expected an integer, got \"\(try string())\"") }
        return number
    }

    func double() throws(ConfigFileError) -> Double {
        let text = try string()
        guard let number = Double(text), number.isFinite else { throw error("expected a number, got \"\(text)\"") }
        return number
    }

    func price() throws(ConfigFileError) -> Price {
        let text = try string()
        guard let price = Price(text) else { throw error("expected a decimal price, got \"\(text)\"") }
        return price
    }

    func quantity() throws(ConfigFileError) -> Quantity {
        let text = try string()
        guard let quantity = Quantity(text) else { throw error("expected a decimal quantity, got \"\(text)\"") }
        return quantity
    }

    func points() throws(ConfigFileError) -> Points {
        let text = try string()
        guard let points = Points(text) else { throw error("expected a decimal number of points, got \"\(text)\"") }
        return points
    }

    func money(currency: String) throws(ConfigFileError) -> Money {
        let text = try string()
        guard let money = Money(text, currency: currency) else { throw error("expected a decimal amount, got \"\(text)\"") }
        return money
    }

    /// A list of strings; a single scalar counts as a one-item list.
    func strings() throws(ConfigFileError) -> [String] {
        if case .scalar = value { return [try string()] }
        var out: [String] = []
        for item in try sequence() { out.append(try item.string()) }
        return out
    }
}
