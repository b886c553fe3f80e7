import BallastBrokers
import BallastCore

/// Shared values for the paper venue tests: EURUSD quotes and order requests.
enum PaperFixtures {
    static let account = "acc-1"
    static let t0 = Timestamp(year: 2024, month: 3, day: 1, hour: 10)

    static func price(_ text: String) -> Price { Price(text)! }
    static func lots(_ text: String) -> Quantity { Quantity(text)! }

    static func quote(_ bid: String, _ ask: String, second: Int64 = 0, symbol: String = "EURUSD", volume: String? = nil) -> PaperQuote {
        PaperQuote(symbol: symbol, time: t0 + second * Timestamp.nanosPerSecond, bid: price(bid), ask: price(ask),
                   volume: volume.map(lots))
    }

    static func request(_ id: String, _ side: OrderSide, _ quantity: String, _ type: OrderType = .market,
                        timeInForce: TimeInForce = .gtc, bracket: Bracket? = nil, symbol: String = "EURUSD") -> OrderRequest {
        OrderRequest(clientID: ClientOrderID(id), account: account,
                     order: OrderIntent(symbol: symbol, side: side, quantity: lots(quantity), type: type,
                                        timeInForce: timeInForce, bracket: bracket))
    }

    /// A venue with one quote (bid 1.10000, ask 1.10020) at `t0`.
    static func venue(_ settings: PaperVenueSettings = PaperVenueSettings()) -> PaperVenue {
        var venue = PaperVenue(settings: settings)
        venue.apply(quote: quote("1.10000", "1.10020"))
        return venue
    }
}
