import BallastBacktest
import BallastCore
import BallastData
import BallastEngine
import BallastRisk
import BallastTestSupport
import Foundation
import Testing

/// `sma-cross` on real data (the first 20,000 bars of the XAUUSD M5 sample) through the whole
/// runner, checked against a plain reference loop and pinned (LEAN-style golden test).
@Suite struct GoldenBacktestTests {
    static let file = "mt5/XAUUSD_M5_20250102-20251027.csv.gz"
    static let count = 20_000

    func bars() throws -> (BarColumns, Int) {
        let read = try MT5BarsReader().read(try ByteSource(path: TestData.path(Self.file)),
                                            options: ReadOptions(symbol: "XAUUSD", timeframe: .m5, zone: .utc))
        guard case .bars(let all) = read.payload else { throw BacktestError.unknownSymbol("XAUUSD") }
        return (all.selecting(Array(0..<min(Self.count, all.count))), read.priceDigits)
    }

    /// The peer standard's rules, written out plainly: integer SMA comparison, flat until the first
    /// flip, fills at the next open ± half the fill bar's spread, PnL = cash + position × last close.
    func reference(_ c: BarColumns, point: Int64, contract: Int64) -> (fills: Int, pnl: Int128, position: Int64) {
        var regime = 0, position: Int64 = 0, pending: Int64 = 0, fills = 0
        var cash: Int128 = 0
        var sum20: Int128 = 0, sum100: Int128 = 0
        for i in 0..<c.count {
            if pending != 0 {
                let half = Int64(c.spread[i]) * point / 2
                let price = c.open[i] + (pending > 0 ? half : -half)
                cash -= Int128(pending) * Int128(price) * Int128(contract)
                position += pending
                pending = 0
                fills += 1
            }
            sum20 += Int128(c.close[i]) - (i >= 20 ? Int128(c.close[i - 20]) : 0)
            sum100 += Int128(c.close[i]) - (i >= 100 ? Int128(c.close[i - 100]) : 0)
            guard i >= 99 else { continue }
            let d = 100 * sum20 - 20 * sum100
            let sign = d > 0 ? 1 : (d < 0 ? -1 : 0)
            guard sign != 0, sign != regime else { continue }
            let previous = regime
            regime = sign
            if previous != 0, i + 1 < c.count { pending = Int64(sign) - position }
        }
        return (fills, cash + Int128(position) * Int128(c.close[c.count - 1]) * Int128(contract), position)
    }

    func run(_ series: BarSeries, digits: Int) throws -> BacktestResult {
        let gold = try Instrument(symbol: "XAUUSD", assetClass: .metal, baseCurrency: "XAU", quoteCurrency: "USD", digits: digits,
                                  contractSize: Quantity(100), volumeMin: Quantity("0.01")!, volumeStep: Quantity("0.01")!,
                                  volumeMax: Quantity(100), marginRate: 0.05, session: .alwaysOpen)
        let account = try Account(settings: AccountSettings(currency: "USD", deposit: Money("10000000", currency: "USD")!),
                                  instruments: [gold], swaps: [.none])
        let strategy = try SMACross(parameters: ["symbol": "XAUUSD", "quantity": "1"])
        let engine = Engine(strategy: strategy, risk: PreTradeLimits(maxOrderQuantity: Quantity(2)),
                            context: StrategyContext(accountCurrency: "USD"))
        var runner = try BacktestRunner(engine: engine, exchange: SimulatedExchange(markets: [
            MarketRules(instrument: gold, timeframe: .m5, spread: BarSpread())]), account: account)
        return try runner.run([series])
    }

    @Test(.enabled(if: TestData.isAvailable)) func smaCrossOnRealGoldMatchesTheReferenceAndThePins() throws {
        let (columns, digits) = try bars()
        let result = try run(BarSeries(symbol: "XAUUSD", timeframe: .m5, columns: columns), digits: digits)
        // Reference: prices ×10⁻⁹, 1 lot = 100 oz (lots in whole units here), money = price·lots·100 / 10³ micro-units.
        let ref = reference(columns, point: Price(mantissa: 1, decimals: digits).raw, contract: 100)
        #expect(result.bars == columns.count)
        #expect(result.fills.count == ref.fills)
        #expect(Int128(result.netPnL.raw) * 1_000 == ref.pnl)
        #expect(result.finalPosition == Quantity(ref.position))
        #expect(result.equity.count == columns.count)
        #expect(result.trades.count == ref.fills - 1)

        // Pins: change only on purpose.
        #expect(result.fills.count == Self.pinnedFills)
        #expect(result.netPnL == Money(Self.pinnedPnL, currency: "USD")!)
        #expect(Self.hash(result.fills) == Self.pinnedHash)
    }

    @Test(.enabled(if: TestData.isAvailable)) func storedSeriesReplayLikeColumns() throws {
        // The same bars from the store (memory-mapped monthly partitions) give the same run.
        let (columns, digits) = try bars()
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("ballast-backtest-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let store = BarStore(home: home)
        _ = try store.importBars(columns, into: .bars("XAUUSD", .m5), digits: digits, zone: "UTC")
        let stored = try store.bars(.bars("XAUUSD", .m5))
        #expect(stored.count == columns.count)
        let result = try run(BarSeries(symbol: "XAUUSD", timeframe: .m5, stored: stored), digits: digits)
        #expect(result.fills.count == Self.pinnedFills)
        #expect(Self.hash(result.fills) == Self.pinnedHash)
        #expect(result.equity.count == columns.count)
    }

    static let pinnedFills = 301
    static let pinnedPnL = "-26753.5"
    static let pinnedHash: UInt64 = 2_381_664_235_993_402_716

    /// FNV-1a over each fill's order id, side, quantity, price and time.
    static func hash(_ fills: [Fill]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ v: Int64) { for i in 0..<8 { h = (h ^ UInt64(UInt8(truncatingIfNeeded: v >> (i * 8)))) &* 0x100_0000_01b3 } }
        for f in fills {
            for byte in f.orderID.rawValue.utf8 { mix(Int64(byte)) }
            mix(f.side.sign); mix(f.quantity.raw); mix(f.price.raw); mix(f.time.nanoseconds)
        }
        return h
    }
}
