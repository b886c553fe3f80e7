import BallastCore

extension OrderRouter {
    /// Refuses an order the venue could never take, before anything is written.
    func validate(_ order: OrderIntent, account: String) throws(RouterError) {
        guard account == configuration.account else { throw .wrongAccount(expected: configuration.account, got: account) }
        guard order.quantity.raw > 0 else { throw .nonPositiveQuantity(order.quantity) }
        guard let instrument = catalog.instruments[order.symbol] else { throw .unknownInstrument(order.symbol) }
        guard instrument.isValidVolume(order.quantity) else { throw .invalidVolume(symbol: order.symbol, order.quantity) }
        switch order.type {
        case .market: break
        case let .limit(price), let .stop(price):
            guard price.raw > 0 else { throw .invalidPrice("order price \(price) is not positive") }
        case let .stopLimit(stop, limit):
            guard stop.raw > 0, limit.raw > 0 else { throw .invalidPrice("stop \(stop) / limit \(limit) not positive") }
        case let .trailingStop(distance):
            guard distance.raw > 0 else { throw .invalidPrice("trailing distance \(distance) is not positive") }
        }
        if let bracket = order.bracket {
            for level in [bracket.stopLoss, bracket.takeProfit].compactMap(\.self) where level.raw <= 0 {
                throw .invalidPrice("bracket level \(level) is not positive")
            }
        }
    }
}
