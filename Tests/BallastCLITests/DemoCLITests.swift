import Foundation
import Testing

/// `ballast demo`: the synthetic sample's planted flaws come back as findings.
@Suite struct DemoCLITests {
    static let plantedFindings = ["duplicate", "outOfOrder", "ohlcInconsistent", "spike", "staleRun",
                                  "missingData", "expectedClosure"]

    @Test func demoReportNamesEveryPlantedFlaw() throws {
        try Scratch.with { scratch in
            let result = try scratch.ballast("demo")
            #expect(result.status == 0, "\(result)")
            #expect(result.out.contains("SYNTHETIC"))
            for kind in Self.plantedFindings {
                #expect(result.out.contains(kind), "the demo report does not name \(kind)")
            }
            #expect(!result.err.contains("\r"), "progress output on a pipe")
        }
    }

    struct DemoOutput: Decodable {
        struct Backtest: Decodable {
            var bars: Int
            var fills: Int
            var net_pnl: Double
            var final_position: Double
            var sharpe: Double
            var max_drawdown: Double
            var engine_seconds: Double
        }
        var imported: ImportedFile
        var backtest: Backtest
        var tearsheet: String
    }

    @Test func demoJSONParsesAndListsTheFindings() throws {
        try Scratch.with { scratch in
            let result = try scratch.ballast("demo", "--json")
            #expect(result.status == 0, "\(result)")
            let output = try result.json(DemoOutput.self)
            let demo = output.imported
            #expect(demo.status == "stored")
            #expect(demo.path.contains("SYNTHETIC"))
            #expect(demo.symbol == "EURUSD" && demo.timeframe == "M5")
            #expect(Set(demo.findings.map(\.kind)) == Set(Self.plantedFindings))
            #expect(demo.stored == demo.valid && demo.valid == demo.rows - 1, "one exact duplicate is dropped")
            #expect(output.backtest.bars == demo.stored && output.backtest.fills > 0)
            let page = try String(contentsOfFile: output.tearsheet, encoding: .utf8)
            #expect(page.components(separatedBy: "<svg").count - 1 == 5)
        }
    }

    /// Running the demo twice starts from a fresh demo store, so it reports the same thing
    /// (everything but the engine's timing).
    @Test func demoRunsTwiceTheSame() throws {
        try Scratch.with { scratch in
            let first = try scratch.ballast("demo", "--json")
            let second = try scratch.ballast("demo", "--json")
            #expect(first.status == 0 && second.status == 0, "\(second)")
            func stable(_ r: CLIResult) -> String {
                r.out.split(separator: "\n").filter { !$0.contains("engine_seconds") && !$0.contains("bars_per_second") }.joined(separator: "\n")
            }
            #expect(stable(first) == stable(second))
            let a = try first.json(DemoOutput.self).backtest, b = try second.json(DemoOutput.self).backtest
            #expect(a.fills == b.fills && a.net_pnl == b.net_pnl && a.final_position == b.final_position)
        }
    }
}
