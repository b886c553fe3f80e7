import BallastBacktest
import BallastCore
import BallastData
import BallastTestSupport
import Foundation

/// Series and templates for the research tests.
enum ResearchFixture {
    static let hour: Int64 = 3_600 * Timestamp.nanosPerSecond

    /// `count` hourly EURUSD bars from 2024-01-01 00:00 UTC: a slow sine wave with a drift, spread 10 points.
    static func columns(count: Int = 1_200) -> BarColumns {
        let start = Timestamp(year: 2024, month: 1, day: 1).nanoseconds
        var c = BarColumns()
        for i in 0..<count {
            let mid = 1.1 + 0.01 * sin(Double(i) / 25) + 0.00001 * Double(i)
            let raw = Int64((mid * 1e5).rounded()) * 10_000
            c.append(time: start + Int64(i) * hour, open: raw, high: raw + 200_000, low: raw - 200_000, close: raw,
                     tickVolume: 100, volume: 0, spread: 10)
        }
        return c
    }

    static func series(count: Int = 1_200) -> BarSeries {
        BarSeries(symbol: "EURUSD", timeframe: .h1, columns: columns(count: count))
    }

    static func template(strategy: String = "sma-cross") -> BacktestTemplate {
        BacktestTemplate(instrument: Fixture.eurusd, timeframe: .h1, strategy: strategy,
                         baseParameters: ["symbol": "EURUSD", "quantity": "1"],
                         account: AccountSettings(currency: "USD", deposit: Fixture.usd("100000")), swaps: SwapSchedule.none)
    }

    /// The XAUUSD H1 sample (NY+7 server time) and a gold instrument for it.
    static func gold() throws -> (BarSeries, BacktestTemplate) {
        let read = try MT5BarsReader().read(try ByteSource(path: TestData.path("mt5/XAUUSD_H1_20250102-20251027.csv.gz")),
                                            options: ReadOptions(symbol: "XAUUSD", timeframe: .h1, zone: TimeZoneRule.named("NY+7")))
        guard case .bars(let bars) = read.payload else { throw BacktestError.unknownSymbol("XAUUSD") }
        let gold = try Instrument(symbol: "XAUUSD", assetClass: .metal, baseCurrency: "XAU", quoteCurrency: "USD",
                                  digits: read.priceDigits, contractSize: Quantity(100), volumeMin: Quantity("0.01")!,
                                  volumeStep: Quantity("0.01")!, volumeMax: Quantity(100), marginRate: 0.05, session: .alwaysOpen)
        let template = BacktestTemplate(instrument: gold, timeframe: .h1, strategy: "sma-cross",
                                        baseParameters: ["symbol": "XAUUSD", "quantity": "1"],
                                        account: AccountSettings(currency: "USD", deposit: Fixture.usd("100000")), swaps: SwapSchedule.none)
        return (BarSeries(symbol: "XAUUSD", timeframe: .h1, columns: bars), template)
    }
}
