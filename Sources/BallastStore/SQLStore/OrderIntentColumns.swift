import BallastCore

/// How an `OrderIntent` is spread over the columns `intents` and `orders` share: the type and
/// time in force as a kind with its prices or instant, the bracket as a flag with its two
/// prices (so `Bracket()` and no bracket stay distinct).
enum OrderIntentColumns {
    static let names = ["symbol", "side", "quantity", "type_kind", "type_price", "type_limit", "tif_kind", "tif_until",
                        "has_bracket", "stop_loss", "take_profit", "oco_group", "tag"]

    /// The values for `names`, in order.
    static func values(_ order: OrderIntent) -> [SQLValue] {
        let (kind, price, limit) = typeColumns(order.type)
        let (tif, until) = timeInForceColumns(order.timeInForce)
        return [.text(order.symbol), .text(order.side.rawValue), .quantity(order.quantity),
                .text(kind), .price(price), .price(limit), .text(tif), .time(until),
                .bool(order.bracket != nil), .price(order.bracket?.stopLoss), .price(order.bracket?.takeProfit),
                .text(order.ocoGroup), .text(order.tag)]
    }

    static func decode(_ row: SQLRow) throws(StoreError) -> OrderIntent {
        let bracket = try row.bool("has_bracket")
            ? Bracket(stopLoss: try row.optionalPrice("stop_loss"), takeProfit: try row.optionalPrice("take_profit"))
            : nil
        return OrderIntent(symbol: try row.text("symbol"), side: try row.enum("side", as: OrderSide.self),
                           quantity: try row.quantity("quantity"), type: try orderType(row),
                           timeInForce: try timeInForce(row), bracket: bracket,
                           ocoGroup: try row.optionalText("oco_group"), tag: try row.text("tag"))
    }

    private static func typeColumns(_ type: OrderType) -> (String, Price?, Price?) {
        switch type {
        case .market: ("market", nil, nil)
        case .limit(let price): ("limit", price, nil)
        case .stop(let price): ("stop", price, nil)
        case .stopLimit(let stop, let limit): ("stopLimit", stop, limit)
        case .trailingStop(let distance): ("trailingStop", distance, nil)
        }
    }

    private static func timeInForceColumns(_ timeInForce: TimeInForce) -> (String, Timestamp?) {
        switch timeInForce {
        case .gtc: ("gtc", nil)
        case .day: ("day", nil)
        case .gtd(let until): ("gtd", until)
        case .ioc: ("ioc", nil)
        }
    }

    private static func orderType(_ row: SQLRow) throws(StoreError) -> OrderType {
        switch try row.text("type_kind") {
        case "market": return .market
        case "limit": return .limit(try row.price("type_price"))
        case "stop": return .stop(try row.price("type_price"))
        case "stopLimit": return .stopLimit(stop: try row.price("type_price"), limit: try row.price("type_limit"))
        case "trailingStop": return .trailingStop(distance: try row.price("type_price"))
        case let other: throw StoreError(.invalidData, "column type_kind holds unknown value \"\(other)\"")
        }
    }

    private static func timeInForce(_ row: SQLRow) throws(StoreError) -> TimeInForce {
        switch try row.text("tif_kind") {
        case "gtc": return .gtc
        case "day": return .day
        case "gtd": return .gtd(try row.timestamp("tif_until"))
        case "ioc": return .ioc
        case let other: throw StoreError(.invalidData, "column tif_kind holds unknown value \"\(other)\"")
        }
    }
}
