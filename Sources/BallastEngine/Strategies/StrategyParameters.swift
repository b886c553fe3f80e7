import BallastCore

/// Parameter values for one strategy, checked against its descriptor: unknown names are an
/// error, missing ones take their defaults, and each typed read says what it expected.
public struct StrategyParameters: Sendable {
    public let descriptor: StrategyDescriptor
    let values: [String: String]

    public init(_ values: [String: String], for descriptor: StrategyDescriptor) throws(StrategyParameterError) {
        let known = descriptor.parameters.map(\.name)
        if let unknown = values.keys.sorted().first(where: { !known.contains($0) }) {
            throw .unknownParameter(strategy: descriptor.name, name: unknown, known: known)
        }
        self.descriptor = descriptor
        self.values = values
    }

    /// The value given, or the default (surrounding spaces removed).
    public func text(_ name: String) -> String {
        let value = values[name] ?? descriptor.parameters.first { $0.name == name }?.defaultValue ?? ""
        return value.trimmingSpaces
    }

    public func integer(_ name: String, in range: ClosedRange<Int>) throws(StrategyParameterError) -> Int {
        let value = text(name)
        guard let number = Int(value), range.contains(number) else {
            throw invalid(name, value, "a whole number in \(range.lowerBound)...\(range.upperBound)")
        }
        return number
    }

    public func number(_ name: String, in range: ClosedRange<Double>) throws(StrategyParameterError) -> Double {
        let value = text(name)
        guard let number = Double(value), number.isFinite, range.contains(number) else {
            throw invalid(name, value, "a number in \(range.lowerBound)...\(range.upperBound)")
        }
        return number
    }

    /// A positive exact quantity (`100000`, `0.01`).
    public func quantity(_ name: String) throws(StrategyParameterError) -> Quantity {
        let value = text(name)
        guard let quantity = Quantity(value), quantity.raw > 0 else { throw invalid(name, value, "a positive quantity") }
        return quantity
    }

    public func flag(_ name: String) throws(StrategyParameterError) -> Bool {
        let value = text(name)
        switch value.lowercased() {
        case "true", "yes", "1", "on": return true
        case "false", "no", "0", "off": return false
        default: throw invalid(name, value, "true or false")
        }
    }

    public func choice(_ name: String, from options: [String]) throws(StrategyParameterError) -> String {
        let value = text(name)
        guard options.contains(value) else { throw invalid(name, value, "one of \(options.joined(separator: ", "))") }
        return value
    }

    /// A timeframe such as `M1` or `H1`; nil when empty (any).
    public func timeframe(_ name: String) throws(StrategyParameterError) -> Timeframe? {
        let value = text(name)
        if value.isEmpty { return nil }
        guard let timeframe = Timeframe(parsing: value) else { throw invalid(name, value, "a timeframe such as M1, H1 or D1") }
        return timeframe
    }

    public func invalid(_ name: String, _ value: String, _ expected: String) -> StrategyParameterError {
        .invalidValue(strategy: descriptor.name, parameter: name, value: value, expected: expected)
    }

    public func inconsistent(_ message: String) -> StrategyParameterError {
        .inconsistent(strategy: descriptor.name, message: message)
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
