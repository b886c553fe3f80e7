import BallastTestSupport
import Foundation
import Testing

/// `ballast backtest` on a real stored series, and its tearsheet in a real browser.
@Suite struct BacktestCLITests {
    @Test func backtestPrintsTheRequiredFieldsAndWritesReports() throws {
        try Scratch.with { scratch in
            let imported = try scratch.ballast("data", "import", TestData.path("mt5/XAUUSD_H1_20250102-20251027.csv.gz"), "--tz", "NY+7")
            #expect(imported.status == 0, "\(imported)")
            let report = scratch.root + "/tearsheet.html", trades = scratch.root + "/trades.csv"
            let result = try scratch.ballast("backtest", "--symbol", "XAUUSD", "--timeframe", "H1", "--json",
                                             "--report", report, "--trades", trades)
            #expect(result.status == 0, "\(result)")
            let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
            for key in ["bars", "fills", "net_pnl", "final_position", "sharpe", "max_drawdown", "engine_seconds"] {
                #expect(json[key] != nil, "missing \(key)")
            }
            #expect(json["bars"] as? Int == 4858)
            #expect(json["capacity"] == nil, "MT5 CFD bars carry no real volume, so there is no capacity estimate")
            let csv = try String(contentsOfFile: trades, encoding: .utf8).split(separator: "\n")
            #expect(csv.first?.hasPrefix("symbol,side,quantity,entry_time") == true && csv.count > 10)
        }
    }

    @Test(.enabled(if: BrowserCheck.chromium != nil, "needs Debian's chromium (apt-get install chromium), which .ci/run installs"))
    func tearsheetRendersEveryChartInChromium() throws {
        try Scratch.with { scratch in
            _ = try scratch.ballast("data", "import", TestData.path("mt5/XAUUSD_H1_20250102-20251027.csv.gz"), "--tz", "NY+7")
            let report = scratch.root + "/tearsheet.html"
            let result = try scratch.ballast("backtest", "--symbol", "XAUUSD", "--timeframe", "H1", "--report", report)
            #expect(result.status == 0, "\(result)")
            try BrowserCheck.expectRendersCharts(report, count: 5)
        }
    }

    @Test func unknownStrategyAndParameterAreUsageErrors() throws {
        try Scratch.with { scratch in
            _ = try scratch.ballast("data", "import", TestData.path("mt5/XAUUSD_H4_20250102-20251027.csv.gz"), "--tz", "NY+7")
            let strategy = try scratch.ballast("backtest", "--symbol", "XAUUSD", "--timeframe", "H4", "--strategy", "magic")
            #expect(strategy.status == 64 && strategy.err.contains("sma-cross"), "\(strategy)")
            let parameter = try scratch.ballast("backtest", "--symbol", "XAUUSD", "--timeframe", "H4", "--param", "fats=3")
            #expect(parameter.status == 64 && parameter.err.contains("fats"), "\(parameter)")
            let missing = try scratch.ballast("backtest", "--symbol", "XAUUSD", "--timeframe", "M1")
            #expect(missing.status == 64 && missing.err.contains("import"), "\(missing)")
        }
    }

    @Test func configurationFileSetsStrategyAccountAndCosts() throws {
        try Scratch.with { scratch in
            _ = try scratch.ballast("data", "import", TestData.path("mt5/XAUUSD_H4_20250102-20251027.csv.gz"), "--tz", "NY+7")
            func run() throws -> [String: Any] {
                let result = try scratch.ballast("backtest", "--symbol", "XAUUSD", "--timeframe", "H4", "--json")
                #expect(result.status == 0, "\(result)")
                return try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
            }
            let plain = try run()
            #expect(plain["strategy"] as? String == "sma-cross")
            try FileManager.default.createDirectory(atPath: scratch.home, withIntermediateDirectories: true)
            try scratch.write("home/ballast.yaml", Array("""
                backtest:
                  parameters: {fast: 20, slow: 100}
                  costs: {commission_per_lot: 7}
                """.utf8))
            let charged = try run()
            let fills = try #require(charged["fills"] as? Int)
            // 7 USD per lot per fill; the reversals after the first fill trade 2 lots.
            let commission = try #require((charged["costs"] as? [String: Any])?["commission"] as? Double)
            #expect(commission == Double(7 * (2 * fills - 1)), "\(fills) fills")
            #expect(abs((plain["net_pnl"] as! Double) - (charged["net_pnl"] as! Double) - commission) < 0.005)
            try scratch.write("home/ballast.yaml", Array("backtest:\n  strategy: donchian-breakout\n".utf8))
            #expect(try run()["strategy"] as? String == "donchian-breakout")
        }
    }

    @Test func capacityIsEstimatedWhenBarsCarryVolume() throws {
        try Scratch.with { scratch in
            _ = try scratch.ballast("data", "import", TestData.path("yahoo/BTC-USD_1d_2014-2020_yahoo.csv"))
            let result = try scratch.ballast("backtest", "--symbol", "BTCUSD", "--timeframe", "D1", "--json")
            #expect(result.status == 0, "\(result)")
            let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
            #expect((json["capacity"] as? Double ?? 0) > 0, "\(result.out)")
        }
    }
}
