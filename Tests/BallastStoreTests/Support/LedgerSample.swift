import BallastCore
import BallastStore
import Testing

/// Ledger records for the contract tests, with every optional field both set and unset and
/// extreme raw values, so a column that loses anything shows.
enum LedgerSample {
    static let accountID = "acct-1"
    static let account = AccountRecord(id: accountID, broker: "paper", currency: "USD", mode: "netting", createdAt: time(1))

    static func time(_ seconds: Int64) -> Timestamp { Timestamp(nanoseconds: 1_700_000_000_000_000_000 + seconds * 1_000_000_007) }

    static func usd(_ raw: Int64) -> Money { Money(raw: raw, currency: "USD") }

    /// One order intent per order type, time in force and bracket shape.
    static let orderIntents: [OrderIntent] = [
        OrderIntent(symbol: "EURUSD", side: .buy, quantity: Quantity(raw: 100_000_000_000)),
        OrderIntent(symbol: "XAUUSD", side: .sell, quantity: Quantity(raw: 1), type: .limit(Price(raw: 2_345_670_000_000)),
                    timeInForce: .day, bracket: Bracket(), ocoGroup: "g1", tag: "héllo \"quoted\" ✓ 'x'"),
        OrderIntent(symbol: "US500", side: .buy, quantity: Quantity(raw: 7), type: .stop(Price(raw: -5)),
                    timeInForce: .gtd(Timestamp(nanoseconds: 1_700_000_000_123_456_789)),
                    bracket: Bracket(stopLoss: Price(raw: 1), takeProfit: nil)),
        OrderIntent(symbol: "GBPUSD", side: .sell, quantity: Quantity(raw: 3), type: .stopLimit(stop: Price(raw: 10), limit: Price(raw: 11)),
                    timeInForce: .ioc, bracket: Bracket(stopLoss: Price(raw: 3), takeProfit: Price(raw: 4)), ocoGroup: ""),
        OrderIntent(symbol: "BTCUSD", side: .buy, quantity: Quantity(raw: .max), type: .trailingStop(distance: Price(raw: .max)),
                    bracket: Bracket(stopLoss: nil, takeProfit: Price(raw: .min)), tag: "line\nbreak"),
    ]

    static func intent(_ id: String, _ order: OrderIntent = orderIntents[0], status: IntentStatus = .ordered,
                       at seconds: Int64 = 10) -> IntentRecord {
        let trade = TradeIntent(id: IntentID(id), account: accountID, strategy: "sma-cross", order: order,
                                createdAt: time(seconds), referencePrice: Price(raw: 1_100_050_000))
        return IntentRecord(intent: trade, status: status, rule: "maxExposure", reason: "sized to 1 lot", updatedAt: time(seconds + 1))
    }

    static func order(for intent: IntentRecord, status: OrderStatus = .submitted, at seconds: Int64 = 11) -> OrderRecord {
        OrderRecord(id: intent.intent.clientOrderID, intentID: intent.id, account: accountID, order: intent.intent.order,
                    status: status, brokerID: BrokerOrderID("T-\(intent.id.rawValue)"), reason: "sent", attempts: 1,
                    createdAt: time(seconds), updatedAt: time(seconds + 2))
    }

    static func audit(_ action: String, _ entityID: String, at seconds: Int64 = 12) -> AuditEntry {
        AuditEntry(time: time(seconds), actor: "router", action: action, entity: "order", entityID: entityID,
                   reason: "because", details: "{\"n\":1}")
    }

    static func fill(_ id: String, sequence: UInt64, order: OrderRecord, quantity: Int64, price: Int64 = 1_100_000_000) -> BrokerFill {
        BrokerFill(id: FillID(id), sequence: sequence, clientID: order.id, account: accountID, symbol: order.order.symbol,
                   side: order.order.side, quantity: Quantity(raw: quantity), price: Price(raw: price), time: time(20 + Int64(sequence % 1000)),
                   commission: usd(-3_500_000))
    }

    static func position(_ symbol: String, quantity: Int64, at seconds: Int64 = 30) -> PositionRecord {
        PositionRecord(account: accountID, symbol: symbol, quantity: Quantity(raw: quantity), averagePrice: Price(raw: 1_100_000_000),
                       realizedPnL: usd(-12_345_678), commissions: Money(raw: -7_000_000, currency: "EUR"), swaps: usd(0),
                       updatedAt: time(seconds))
    }

    static func approval(_ intent: IntentRecord) -> ApprovalRecord {
        ApprovalRecord(intentID: intent.id, requestedAt: time(40), expiresAt: time(100), maxDrift: Price(raw: 50_000))
    }

    /// Saves the account and records a new intent `id` with its order of `quantity` raw units
    /// (no approval, no audit): where the fill tests start.
    static func recordedOrder(_ id: String, quantity: Int64, in store: any LedgerStore) async throws -> OrderRecord {
        try await store.saveAccount(account, audit: [])
        let intent = Self.intent(id)
        var order = Self.order(for: intent)
        order.order.quantity = Quantity(raw: quantity)
        #expect(try await store.recordIntent(intent, order: order, approval: nil, audit: []) == .recorded)
        return order
    }

    /// Records fill `id` of `quantity` raw units on `order` as its first, partial fill (the
    /// order partially filled, the position long `quantity`), with `audit`.
    static func recordedPartialFill(_ id: String, of order: OrderRecord, quantity: Int64, audit: [AuditEntry] = [],
                                    in store: any LedgerStore) async throws -> (fill: BrokerFill, order: OrderRecord, position: PositionRecord) {
        let fill = Self.fill(id, sequence: 1, order: order, quantity: quantity)
        var partial = order
        (partial.status, partial.filledQuantity) = (.partiallyFilled, Quantity(raw: quantity))
        let position = Self.position(order.order.symbol, quantity: quantity)
        #expect(try await store.recordFill(fill, order: partial, position: position, audit: audit))
        return (fill, partial, position)
    }
}
