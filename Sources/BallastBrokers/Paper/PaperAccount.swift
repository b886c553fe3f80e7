import BallastCore

/// One account at the paper venue: its orders (duplicates of a client id included), net
/// positions and fills (sequence = position in `fills` + 1, so strictly increasing).
public struct PaperAccount: Sendable, Codable, Hashable {
    public internal(set) var orders: [PaperOrder] = []
    public internal(set) var positions: [String: BrokerPosition] = [:]
    public internal(set) var fills: [BrokerFill] = []
    /// Indices of working orders, in submission order (their matching priority).
    var working: [Int] = []
    /// Indices of the orders with each client id, oldest first (rebuilt on decoding).
    var byClientID: [ClientOrderID: [Int]] = [:]

    enum CodingKeys: String, CodingKey { case orders, positions, fills, working }

    init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        orders = try c.decode([PaperOrder].self, forKey: .orders)
        positions = try c.decode([String: BrokerPosition].self, forKey: .positions)
        fills = try c.decode([BrokerFill].self, forKey: .fills)
        working = try c.decode([Int].self, forKey: .working)
        for (index, order) in orders.enumerated() { byClientID[order.state.clientID, default: []].append(index) }
    }

    /// Appends `order` and returns its index.
    mutating func append(_ order: PaperOrder) -> Int {
        orders.append(order)
        let index = orders.count - 1
        byClientID[order.state.clientID, default: []].append(index)
        if order.state.status.isWorking { working.append(index) }
        return index
    }

    mutating func stopWorking(_ index: Int) {
        if let at = working.lastIndex(of: index) { working.remove(at: at) }
    }

    /// Moves the position in `fill.symbol` by the fill; the average price is the fills'
    /// weighted average while the position grows, kept while it shrinks, and the fill price
    /// when it flips.
    mutating func applyToPosition(_ fill: BrokerFill) {
        var position = positions[fill.symbol]
            ?? BrokerPosition(account: fill.account, symbol: fill.symbol, quantity: .zero, averagePrice: .zero)
        let old = position.quantity.raw
        let delta = fill.signedQuantity.raw
        let new = old + delta
        if old == 0 || (old > 0) == (delta > 0) {
            let weighted = Int128(position.averagePrice.raw) * Int128(old.magnitude) + Int128(fill.price.raw) * Int128(delta.magnitude)
            position.averagePrice = Price(raw: Int64(weighted / Int128(new.magnitude)))
        } else if new != 0, (new > 0) != (old > 0) {
            position.averagePrice = fill.price
        }
        position.quantity = Quantity(raw: new)
        positions[fill.symbol] = new == 0 ? nil : position
    }
}
