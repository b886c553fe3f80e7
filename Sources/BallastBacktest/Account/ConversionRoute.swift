import BallastCore

/// The pairs, at most two, that take one currency to the account currency.
public struct ConversionRoute: Sendable, Hashable {
    struct Hop: Sendable, Hashable {
        var slot: Int
        /// Divide by the price (the account currency is the pair's base) instead of multiplying.
        var divide: Bool
    }

    var first: Hop?
    var second: Hop?

    public static let identity = ConversionRoute(first: nil, second: nil)

    public var isIdentity: Bool { first == nil }
}
