import BallastCore
import BallastRisk

/// The peer benchmark's market (../shared/bench/peers/README.md): EURUSD quoted in USD, a
/// contract size of one unit so quantities are units (1 lot = 100,000 units), no swaps, no
/// commission, fills at the next open paying half the fill bar's spread, a USD account, and
/// a market that is always open (the synthetic data has no sessions).
public enum PeerStandard {
    public static let symbol = "EURUSD"
    /// One lot of the strategy, in units.
    public static let lot = Quantity(100_000)

    public static func instrument(digits: Int = 5) throws(InstrumentSpecError) -> Instrument {
        try Instrument(symbol: symbol, assetClass: .fx, baseCurrency: "EUR", quoteCurrency: "USD", digits: digits,
                       contractSize: Quantity(1), volumeMin: Quantity(1), volumeStep: Quantity(1),
                       volumeMax: Quantity(1_000_000_000), marginRate: 0.0333, session: .alwaysOpen)
    }

    public static func exchange(digits: Int = 5, timeframe: Timeframe = .m1) throws(InstrumentSpecError) -> SimulatedExchange {
        SimulatedExchange(markets: [MarketRules(instrument: try instrument(digits: digits), timeframe: timeframe,
                                                spread: BarSpread())],
                          settings: ExchangeSettings(spreadConvention: .halfEachSide))
    }

    /// A netting USD account with 10,000,000 USD, far from any margin limit.
    public static func account(digits: Int = 5) throws -> Account {
        try Account(settings: AccountSettings(currency: "USD", deposit: Money(raw: 10_000_000 * Money.scale, currency: "USD")),
                    instruments: [try instrument(digits: digits)], swaps: [.none])
    }

    /// Pre-trade limits the strategy never hits: this symbol only, orders up to 2 lots, positions up to 1.
    public static let risk = PreTradeLimits(allowedSymbols: [symbol], maxOrderQuantity: Quantity(200_000),
                                            maxPosition: Quantity(100_000))

    /// `sma-cross` parameters for the standard: SMA 20/100, 1 lot, this symbol.
    public static let strategyParameters = ["fast": "20", "slow": "100", "quantity": "100000", "symbol": symbol]
}
