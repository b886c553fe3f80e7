/// A sizing parameter outside its range.
public struct SizingError: Error, Sendable, Hashable, CustomStringConvertible {
    public var parameter: String
    public var value: Double
    public var expected: String

    public init(_ parameter: String, _ value: Double, expected: String) {
        self.parameter = parameter
        self.value = value
        self.expected = expected
    }

    public var description: String { "\(parameter) = \(value) is invalid: expected \(expected)" }

    static func check(_ parameter: String, _ value: Double, _ expected: String, _ ok: (Double) -> Bool) throws(SizingError) {
        guard value.isFinite, ok(value) else { throw SizingError(parameter, value, expected: expected) }
    }
}
