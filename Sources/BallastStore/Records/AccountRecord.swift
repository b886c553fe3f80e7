import BallastCore

/// A trading account at a venue.
public struct AccountRecord: Sendable, Codable, Hashable, Identifiable {
    public let id: String
    /// The broker's name (`paper`, `mt5-icmarkets`).
    public var broker: String
    /// The account currency (`USD`).
    public var currency: String
    /// `netting` or `hedging`.
    public var mode: String
    public var createdAt: Timestamp

    public init(id: String, broker: String, currency: String, mode: String, createdAt: Timestamp) {
        self.id = id
        self.broker = broker
        self.currency = currency
        self.mode = mode
        self.createdAt = createdAt
    }
}
