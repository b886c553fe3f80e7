/// How an order executes.
public enum OrderType: Sendable, Codable, Hashable {
    /// At the next available price (by default the next bar's open in a bar backtest).
    case market
    /// At `price` or better.
    case limit(Price)
    /// Becomes a market order when the price trades through `price`.
    case stop(Price)
    /// Becomes a limit order at `limit` when the price trades through `stop`.
    case stopLimit(stop: Price, limit: Price)
    /// A stop that follows the best price since submission at `distance`.
    case trailingStop(distance: Price)
}
