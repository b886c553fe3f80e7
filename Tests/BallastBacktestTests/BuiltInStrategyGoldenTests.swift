import BallastBacktest
import BallastCore
import BallastData
import BallastTestSupport
import Testing

/// Every built-in strategy on real data (XAUUSD H1, NY+7 broker clock), with the catalog's gold
/// contract, the bars' spread, swaps and the metals calendar: statistics and the order list are
/// pinned, so any change to the engine, the exchange or a strategy that moves a result is seen.
/// Change a pin only on purpose, saying why in the commit.
@Suite struct BuiltInStrategyGoldenTests {
    struct Pin: Sendable, CustomTestStringConvertible {
        var strategy: String
        var fills: Int
        var netPnL: String
        var hash: UInt64
        var testDescription: String { strategy }
    }

    static let pins = [
        Pin(strategy: "sma-cross", fills: 49, netPnL: "105151.30", hash: 18_387_441_080_047_449_128),
        Pin(strategy: "donchian-breakout", fills: 244, netPnL: "50060.50", hash: 8_842_675_073_235_573_042),
        Pin(strategy: "mean-reversion", fills: 149, netPnL: "-74290.10", hash: 10_834_161_759_094_594_540),
        Pin(strategy: "seasonality", fills: 424, netPnL: "22094.50", hash: 16_987_946_162_023_451_974),
    ]

    @Test(arguments: pins)
    func builtInStrategyIsPinned(_ pin: Pin) throws {
        let catalog = try InstrumentCatalog.shipped()
        let gold = try #require(catalog.instrument("XAUUSD"))
        let read = try MT5BarsReader().read(try ByteSource(path: TestData.path("mt5/XAUUSD_H1_20250102-20251027.csv.gz")),
                                            options: ReadOptions(zone: TimeZoneRule.named("NY+7")))
        guard case .bars(let bars) = read.payload else { Issue.record("no bars"); return }
        let template = BacktestTemplate(instrument: gold, timeframe: .h1, strategy: pin.strategy,
                                        baseParameters: ["symbol": "XAUUSD", "quantity": "1"],
                                        account: AccountSettings(currency: "USD", deposit: Money("100000", currency: "USD")!),
                                        calendar: catalog.calendar(for: gold))
        let result = try template.run(BarSeries(symbol: "XAUUSD", timeframe: .h1, columns: bars))
        #expect(result.fills.count == pin.fills)
        #expect(result.netPnL == Money(pin.netPnL, currency: "USD")!)
        #expect(GoldenBacktestTests.hash(result.fills) == pin.hash)
        #expect(result.anomalies.isEmpty && result.equity.count == bars.count)
    }
}
