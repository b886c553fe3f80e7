/// The venue's identifier of an order (an MT5 order ticket, for example).
public struct BrokerOrderID: Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }
}
