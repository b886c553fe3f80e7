/// The identifier of one trading decision. Strategies derive it from what they decided and when
/// (for example `"sma-cross/EURUSD/2024-03-01T10:00Z"`), never from a clock or a random source, so
/// a decision repeated after a crash or a retry carries the same id and finds the order it made.
public struct IntentID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    public static func < (lhs: IntentID, rhs: IntentID) -> Bool { lhs.rawValue < rhs.rawValue }
}
