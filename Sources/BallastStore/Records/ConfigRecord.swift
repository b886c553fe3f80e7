import BallastCore

/// One version of a named configuration document (risk limits, autonomy mode...). Versions
/// are never overwritten: each save adds the next one.
public struct ConfigRecord: Sendable, Codable, Hashable {
    public var key: String
    /// 1 for the first save; assigned by the store.
    public var version: Int
    /// The document (YAML or JSON text).
    public var body: String
    public var changedAt: Timestamp
    public var actor: String

    public init(key: String, version: Int = 0, body: String, changedAt: Timestamp, actor: String) {
        self.key = key
        self.version = version
        self.body = body
        self.changedAt = changedAt
        self.actor = actor
    }
}
