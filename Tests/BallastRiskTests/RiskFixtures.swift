import BallastCore
@testable import BallastRisk

/// Instruments, quotes and snapshots the risk tests share. The account is 100 000 USD.
enum RiskFixtures {
    /// Friday 2024-03-08 12:00 UTC, markets open.
    static let now = Timestamp(year: 2024, month: 3, day: 8, hour: 12)

    static func usd(_ text: String) -> Money { Money(text, currency: "USD")! }
    static func lots(_ text: String) -> Quantity { Quantity(text)! }
    static func price(_ text: String) -> Price { Price(text)! }

    static func spec(_ symbol: String, _ assetClass: AssetClass, quote: String = "USD", digits: Int,
                     contract: String, max: String = "50", marginRate: Double = 0.05) -> Instrument {
        try! Instrument(symbol: symbol, assetClass: assetClass, baseCurrency: String(symbol.prefix(3)), quoteCurrency: quote,
                        digits: digits, contractSize: lots(contract), volumeMin: lots("0.01"), volumeStep: lots("0.01"),
                        volumeMax: lots(max), marginRate: marginRate, session: .alwaysOpen)
    }

    static let eurusd = RiskInstrument(spec: spec("EURUSD", .fx, digits: 5, contract: "100000"), calendar: FXTestCalendar())
    static let xauusd = RiskInstrument(spec: spec("XAUUSD", .metal, digits: 2, contract: "100"), calendar: FXTestCalendar())
    static let us500 = RiskInstrument(spec: spec("US500", .index, digits: 2, contract: "1"), calendar: FXTestCalendar())
    static let btcusd = RiskInstrument(spec: spec("BTCUSD", .crypto, digits: 2, contract: "1"), calendar: AlwaysOpenCalendar())
    /// EURJPY in a USD account at USDJPY 150: 1 JPY = 0.006666667 USD.
    static let eurjpy = RiskInstrument(spec: spec("EURJPY", .fx, quote: "JPY", digits: 3, contract: "100000"),
                                       calendar: FXTestCalendar(), quoteToAccount: price("0.006666667"))

    static let instruments: [String: RiskInstrument] = Dictionary(
        uniqueKeysWithValues: [eurusd, xauusd, us500, btcusd, eurjpy].map { ($0.symbol, $0) })

    /// EURUSD 1.09995/1.10005 (mid 1.1), XAUUSD 1999.90/2000.10 (mid 2000), US500 5000/5000.
    static var quotes: [String: QuoteState] {
        ["EURUSD": QuoteState(bid: price("1.09995"), ask: price("1.10005"), time: now),
         "XAUUSD": QuoteState(bid: price("1999.90"), ask: price("2000.10"), time: now),
         "US500": QuoteState(bid: price("5000"), ask: price("5000"), time: now)]
    }

    /// Equity and balance 100 000 USD, free margin 90 000 USD.
    static func snapshot(positions: [String: String] = [:], at time: Timestamp = now) -> RiskSnapshot {
        let account = AccountState(equity: usd("100000"), balance: usd("100000"), freeMargin: usd("90000"))
        var state: [String: PositionState] = [:]
        for (symbol, size) in positions {
            state[symbol] = PositionState(quantity: lots(size), markPrice: quotes[symbol]?.mid ?? price("1"))
        }
        return RiskSnapshot(time: time, account: account, positions: state, quotes: quotes, instruments: instruments)
    }

    /// An EURUSD intent.
    static func intent(_ side: OrderSide, _ size: String, type: OrderType = .market, stop: String? = nil,
                       strategy: String = "trend", reference: String = "1.1") -> TradeIntent {
        intent("EURUSD", side, size, type: type, stop: stop, strategy: strategy, reference: reference)
    }

    static func intent(_ symbol: String, _ side: OrderSide = .buy, _ size: String, type: OrderType = .market,
                       stop: String? = nil, strategy: String = "trend", reference: String = "1.1") -> TradeIntent {
        let order = OrderIntent(symbol: symbol, side: side, quantity: lots(size), type: type,
                                bracket: stop.map { Bracket(stopLoss: price($0)) })
        return TradeIntent(id: IntentID("test/\(symbol)/\(size)"), account: "paper", strategy: strategy, order: order,
                           createdAt: now, referencePrice: price(reference))
    }

    static func manager(_ limits: RiskLimits = RiskLimits(), sleeves: [String: SleeveBudget] = [:],
                        weekend: WeekendPolicy? = nil) -> RiskManager {
        RiskManager(configuration: RiskConfiguration(accountCurrency: "USD", limits: limits, sleeves: sleeves, weekend: weekend))
    }
}

extension RiskDecision {
    /// The rejecting rule's name, nil when accepted.
    var rule: String? {
        if case .reject(let rule, _) = self { return rule }
        return nil
    }

    var reason: String? {
        if case .reject(_, let reason) = self { return reason }
        return nil
    }

    var accepted: OrderIntent? {
        if case .accept(let order) = self { return order }
        return nil
    }
}
