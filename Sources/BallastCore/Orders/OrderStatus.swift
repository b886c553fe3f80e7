/// Where an order is in its life. Only the transitions in `OrderStatus.next` exist.
public enum OrderStatus: String, Sendable, Codable, Hashable, CaseIterable {
    /// Created by the engine, not yet sent.
    case created
    /// Sent to the venue, not yet acknowledged.
    case submitted
    /// Working at the venue.
    case accepted
    case partiallyFilled
    case filled
    case cancelled
    case rejected
    case expired

    /// Filled, cancelled, rejected and expired orders never change again.
    public var isTerminal: Bool {
        switch self {
        case .filled, .cancelled, .rejected, .expired: true
        default: false
        }
    }

    /// Whether the order can still fill.
    public var isWorking: Bool { self == .submitted || self == .accepted || self == .partiallyFilled }

    /// The statuses of orders that can still fill (`isWorking`), as store queries take them.
    public static let working: Set<OrderStatus> = Set(allCases.filter(\.isWorking))
}
