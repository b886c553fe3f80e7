/// The identifier Ballast gives an order. Derived deterministically (strategy, sequence), never
/// random, so a replay produces the same ids and a resend after a crash finds the same order.
public struct ClientOrderID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    public static func < (lhs: ClientOrderID, rhs: ClientOrderID) -> Bool { lhs.rawValue < rhs.rawValue }
}
