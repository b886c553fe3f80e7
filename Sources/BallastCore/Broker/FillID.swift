/// The venue's identifier of one execution (an MT5 deal ticket, for example). Fills are
/// deduplicated by it: the same fill reported twice is recorded once.
public struct FillID: Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }
}
