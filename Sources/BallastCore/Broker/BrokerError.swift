/// Why a venue call failed. Renders itself; never carries credentials.
public struct BrokerError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable, Codable {
        /// The venue refused the request (invalid volume, no money, market closed...).
        case rejected
        /// No answer in time: the request may or may not have taken effect.
        case timeout
        /// The link to the venue dropped: the request may or may not have taken effect.
        case disconnected
        /// Too many requests; try again later. Nothing took effect.
        case rateLimited
        /// The price moved (requote); nothing took effect.
        case priceChanged
        /// The order the request names does not exist at the venue.
        case unknownOrder
        /// The request was malformed and never sent.
        case invalidRequest
    }

    public var code: Code
    public var message: String
    /// Whether sending the same request again may succeed.
    public var isRetryable: Bool

    public init(_ code: Code, _ message: String, isRetryable: Bool? = nil) {
        self.code = code
        self.message = message
        self.isRetryable = isRetryable ?? [.timeout, .disconnected, .rateLimited, .priceChanged].contains(code)
    }

    /// Whether the request may have taken effect although it failed (so the order must be
    /// looked up by its client id before anything is resent).
    public var outcomeUnknown: Bool { code == .timeout || code == .disconnected }

    public var description: String { "\(code.rawValue): \(message)" }
}
