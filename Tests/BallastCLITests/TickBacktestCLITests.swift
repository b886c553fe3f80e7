import BallastTestSupport
import Foundation
import Testing

/// `ballast backtest` over stored ticks, and over several instruments merged in time order.
@Suite struct TickBacktestCLITests {
    static let ticks = "histdata/DAT_ASCII_EURUSD_T_202001_head9500.csv.gz"

    func json(_ result: CLIResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any], "\(result)")
    }

    @Test func ticksDriveFillsAndTheStrategyGetsBarsBuiltFromThem() throws {
        try Scratch.with { scratch in
            #expect(try scratch.ballast("data", "import", TestData.path(Self.ticks)).status == 0)
            // A 90-minute slice of the 9500 ticks (stored in UTC: 22:00 → 04:00).
            let result = try scratch.ballast("backtest", "--symbol", "EURUSD", "--ticks", "--timeframe", "M1",
                                             "--param", "fast=5", "--param", "slow=20",
                                             "--from", "2020-01-01T22:00:00Z", "--to", "2020-01-01T23:30:00Z", "--json")
            #expect(result.status == 0, "\(result)")
            #expect(result.err.isEmpty, "no progress bar into a pipe: \(result.err)")
            let summary = try json(result)
            for key in ["bars", "ticks", "fills", "net_pnl", "final_position", "sharpe", "max_drawdown", "engine_seconds"] {
                #expect(summary[key] != nil, "missing \(key)")
            }
            let ticks = try #require(summary["ticks"] as? Int)
            #expect(summary["bars"] as? Int == 0 && ticks > 1000 && ticks < 9500)
            #expect((summary["fills"] as? Int ?? 0) > 0, "sma-cross 5/20 on the M1 bars built from the ticks trades")
            #expect(summary["symbols"] == nil && summary["timeframe"] as? String == "M1")
            // The same slice with SYMBOL/ticks spelling runs the same backtest.
            let spelled = try json(try scratch.ballast("backtest", "--symbol", "EURUSD/ticks", "--timeframe", "M1",
                                                       "--param", "fast=5", "--param", "slow=20",
                                                       "--from", "2020-01-01T22:00:00Z", "--to", "2020-01-01T23:30:00Z", "--json"))
            #expect(spelled["net_pnl"] as? Double == summary["net_pnl"] as? Double && spelled["ticks"] as? Int == ticks)
        }
    }

    @Test func severalSymbolsRunAsOneBacktestOfTicksAndBars() throws {
        try Scratch.with { scratch in
            #expect(try scratch.ballast("data", "import", TestData.path(Self.ticks)).status == 0)
            let gold = try scratch.ballast("data", "import", TestData.path("mt5/XAUUSD_H4_20250102-20251027.csv.gz"), "--tz", "NY+7")
            #expect(gold.status == 0, "\(gold)")
            let report = scratch.root + "/tearsheet.html"
            let result = try scratch.ballast("backtest", "--symbol", "EURUSD/ticks", "--symbol", "XAUUSD/H4", "--timeframe", "M1",
                                             "--param", "fast=5", "--param", "slow=20", "--json", "--report", report)
            #expect(result.status == 0, "\(result)")
            let summary = try json(result)
            #expect(summary["symbols"] as? [String] == ["EURUSD", "XAUUSD"] && summary["symbol"] as? String == "EURUSD")
            #expect(summary["ticks"] as? Int == 9500)
            let bars = try #require(summary["bars"] as? Int)
            #expect(bars > 1000 && bars < 1500, "every stored XAUUSD H4 bar")
            let html = try String(contentsOfFile: report, encoding: .utf8)
            #expect(html.contains("EURUSD, XAUUSD") && html.contains("9500 ticks"))
            // One price chart per instrument, each with its own fills.
            for symbol in ["EURUSD", "XAUUSD"] { #expect(html.contains("<h2>Price, entries and exits: \(symbol)</h2>")) }
            #expect(html.components(separatedBy: "<svg").count - 1 == 6)
        }
    }

    /// Ticks every 2 s with volume 1,000 each: 30,000 units in every M1 bucket. The largest fill is a
    /// reversal of 2 lots (200,000 units), so at 10% participation the strategy scales by
    /// 0.1 × 30,000 / 200,000 = 0.015 of the 100,000 USD deposit: 1,500 USD.
    @Test func tickVolumeGivesACapacityEstimate() throws {
        try Scratch.with { scratch in
            var rows = ""
            for i in 0..<3600 {
                let seconds = i * 2
                let price = 1.12 + 0.001 * sin(Double(i) / 60)
                rows += String(format: "20200102 %02d%02d%02d000,%.5f,%.5f,1000\n", seconds / 3600, seconds / 60 % 60,
                               seconds % 60, price, price + 0.0001)
            }
            let file = try scratch.write("DAT_ASCII_EURUSD_T_202001.csv", Array(rows.utf8))
            #expect(try scratch.ballast("data", "import", file).status == 0)
            let summary = try json(try scratch.ballast("backtest", "--symbol", "EURUSD", "--ticks", "--timeframe", "M1",
                                                       "--param", "fast=5", "--param", "slow=20", "--json"))
            #expect((summary["fills"] as? Int ?? 0) > 2)
            let capacity = try #require(summary["capacity"] as? Double, "\(summary)")
            #expect(abs(capacity - 1_500) < 1e-6)
        }
    }

    @Test func researchCommandsRefuseTicksAndSeveralSymbols() throws {
        try Scratch.with { scratch in
            #expect(try scratch.ballast("data", "import", TestData.path(Self.ticks)).status == 0)
            let sweep = try scratch.ballast("sweep", "--symbol", "EURUSD", "--ticks", "--timeframe", "M1", "--grid", "fast=5,10")
            #expect(sweep.status == 64 && sweep.err.contains("one bar series"), "\(sweep)")
            let twice = try scratch.ballast("backtest", "--symbol", "EURUSD/ticks", "--symbol", "EURUSD/M1", "--timeframe", "M1")
            #expect(twice.status == 64 && twice.err.contains("once"), "\(twice)")
            let none = try scratch.ballast("backtest", "--timeframe", "M1")
            #expect(none.status == 64, "\(none)")
        }
    }
}
