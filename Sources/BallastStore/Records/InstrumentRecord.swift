import BallastCore

/// An instrument as traded on an account's venue: Ballast's symbol, the broker's name for it,
/// and its specification as JSON (contract size, digits, volume limits...).
public struct InstrumentRecord: Sendable, Codable, Hashable {
    public var symbol: String
    public var brokerSymbol: String
    public var assetClass: String
    public var specification: String
    public var updatedAt: Timestamp

    public init(symbol: String, brokerSymbol: String, assetClass: String, specification: String, updatedAt: Timestamp) {
        self.symbol = symbol
        self.brokerSymbol = brokerSymbol
        self.assetClass = assetClass
        self.specification = specification
        self.updatedAt = updatedAt
    }
}
