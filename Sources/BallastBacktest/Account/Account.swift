import BallastCore

/// The trading account of a backtest: balance, positions, equity and margin in the account
/// currency, exactly (fixed-point money, 128-bit intermediates).
///
/// - Balance = deposit + realized profit − commissions + swaps. Equity = balance + unrealized
///   profit of open positions marked at the last price of their symbol.
/// - Netting or hedging (`AccountMode`). Positions keep their exact cost, so realized profit
///   never carries a rounded average price.
/// - Profit, swaps and commissions in another currency are converted at the latest rates
///   (`ConversionRates`, fed from the bars of currency-pair symbols, the traded symbol included).
/// - Margin = notional at the open price × the instrument's margin rate, converted when the
///   position changes. Margin level = equity ÷ margin (%). At or below `marginCallLevel` the
///   account is in margin call; at or below `stopOutLevel` the runner closes the largest
///   losing position at the next price.
public struct Account: Sendable {
    public let settings: AccountSettings
    public private(set) var rates: ConversionRates
    var ledgers: [MarketLedger]
    /// The marking state of every market but `hotMarket`, whose state is `hot`.
    @usableFromInline var marks: [MarkState]
    /// The state of the market marked last, outside the array: marking the same market bar
    /// after bar (every single-series run) then writes two integers, with no copy-on-write
    /// check of `marks` on every bar.
    @usableFromInline var hot = MarkState()
    @usableFromInline var hotMarket = 0
    @usableFromInline var balanceRaw: Int64
    @usableFromInline var unrealizedRaw: Int64 = 0
    @usableFromInline var marginRaw: Int64 = 0
    /// The equity at or below which the account is stopped out, `⌊stopOutLevel × margin ÷ 100⌋`
    /// (`Int64.min` while no margin is used): set with the margin, so the per-bar test is one comparison.
    @usableFromInline var stopOutEquityRaw = Int64.min
    @usableFromInline var nextRollover = Int64.min
    /// Whether any amount ever needs converting (else bar prices need not feed the rates).
    @usableFromInline let convertsCurrencies: Bool
    @usableFromInline let stopOutLevel: Int64
    public internal(set) var trades: [ClosedTrade] = []
    public internal(set) var costs: CostTotals

    /// An account trading `instruments` (index = the exchange's market index). `fixedRates`
    /// seed conversion pairs no bar series feeds. Throws when a currency cannot be converted.
    public init(settings: AccountSettings, instruments: [Instrument], swaps: [SwapSchedule]? = nil,
                fixedRates: [(base: String, quote: String, price: Price)] = []) throws(AccountError) {
        self.settings = settings
        var rates = ConversionRates(accountCurrency: settings.currency)
        var slots: [Int?] = []
        for instrument in instruments {
            let isPair = instrument.baseCurrency != instrument.quoteCurrency
            slots.append(isPair ? rates.addPair(base: instrument.baseCurrency, quote: instrument.quoteCurrency) : nil)
        }
        for rate in fixedRates { rates.set(base: rate.base, quote: rate.quote, price: rate.price) }
        var ledgers: [MarketLedger] = []
        for (i, instrument) in instruments.enumerated() {
            guard let route = rates.route(from: instrument.quoteCurrency) else {
                throw .noConversion(symbol: instrument.symbol, currency: instrument.quoteCurrency, account: settings.currency)
            }
            ledgers.append(MarketLedger(instrument: instrument, swaps: swaps?[i] ?? SwapSchedule(instrument: instrument),
                                        route: route, rateSlot: slots[i]))
        }
        self.rates = rates
        self.ledgers = ledgers
        marks = Array(repeating: MarkState(), count: ledgers.count)
        // Rollovers that charge nothing are not looked for (each costs calendar arithmetic).
        if !ledgers.contains(where: { $0.swaps.charges }) { nextRollover = .max }
        convertsCurrencies = ledgers.contains { !$0.route.isIdentity }
        stopOutLevel = settings.stopOutLevel
        balanceRaw = settings.deposit.raw
        costs = CostTotals(currency: settings.currency)
    }

    public var currency: String { settings.currency }
    public var balance: Money { Money(raw: balanceRaw, currency: settings.currency) }
    public var equity: Money { Money(raw: equityRaw, currency: settings.currency) }
    public var margin: Money { Money(raw: marginRaw, currency: settings.currency) }
    public var freeMargin: Money { Money(raw: equityRaw - marginRaw, currency: settings.currency) }
    /// Unrealized profit of all open positions.
    public var floatingProfit: Money { Money(raw: unrealizedRaw, currency: settings.currency) }
    @inlinable var equityRaw: Int64 { balanceRaw &+ unrealizedRaw }

    /// Equity ÷ margin in percent; nil while no margin is used.
    public var marginLevel: Double? { marginRaw > 0 ? Double(equityRaw) / Double(marginRaw) * 100 : nil }
    public var isMarginCall: Bool { marginRaw > 0 && equityRaw * 100 <= settings.marginCallLevel * marginRaw }
    @inlinable
    public var isStopOut: Bool { equityRaw <= stopOutEquityRaw }

    /// The net position of market `m` (positive long).
    public func position(market m: Int) -> Quantity { Quantity(raw: ledgers[m].netLots) }

    /// The open positions of market `m` (one in netting mode).
    public func tickets(market m: Int) -> [PositionTicket] { ledgers[m].tickets }

    /// A new price of market `m` (a bar's close): marks its position and, for a currency pair,
    /// updates the conversion rate.
    @inlinable @inline(__always)
    public mutating func mark(market m: Int, price: Price) {
        if m != hotMarket { focus(market: m) }
        if convertsCurrencies || !hot.isOpen && hot.unrealized == 0 {
            markSlowly(price: price)
            return
        }
        guard let value = hot.quickQuote(at: price.raw) else {
            markSlowly(price: price)
            return
        }
        unrealizedRaw &+= value &- hot.unrealized
        hot.unrealized = value
        hot.lastPrice = price.raw
    }

    /// Makes market `m` the hot one: the old hot state goes back into `marks`.
    @usableFromInline
    mutating func focus(market m: Int) {
        marks[hotMarket] = hot
        hot = marks[m]
        hotMarket = m
    }

    /// The marking state of market `m`, wherever it is kept.
    func markState(_ m: Int) -> MarkState { m == hotMarket ? hot : marks[m] }

    /// `mark` of the hot market off the shortcut: flat symbols, currency conversion, or exact
    /// division needed.
    @usableFromInline
    mutating func markSlowly(price: Price) {
        let m = hotMarket
        if convertsCurrencies, let slot = ledgers[m].rateSlot { rates.set(slot: slot, price: price) }
        hot.lastPrice = price.raw
        guard hot.isOpen || hot.unrealized != 0 else { return }
        let quote = hot.quickQuote(at: price.raw) ?? ledgers[m].unrealizedQuote(at: price.raw)
        let value = toAccount(quote, route: ledgers[m].route)
        unrealizedRaw &+= value &- hot.unrealized
        hot.unrealized = value
    }

    /// Sets a conversion price without marking (a bar's open, before fills at that open).
    public mutating func observeRate(market m: Int, price: Price) {
        if convertsCurrencies, let slot = ledgers[m].rateSlot { rates.set(slot: slot, price: price) }
    }

    /// Quote micro-units to account micro-units at the current rates (0 while a rate is unknown).
    func toAccount(_ raw: Int64, route: ConversionRoute) -> Int64 { rates.convert(raw, along: route) ?? 0 }

    /// Any amount converted into the account currency at the current rates; nil without a route or a price.
    public func converted(_ money: Money) -> Money? {
        guard let route = rates.route(from: money.currency), let raw = rates.convert(money.raw, along: route) else { return nil }
        return Money(raw: raw, currency: settings.currency)
    }
}
