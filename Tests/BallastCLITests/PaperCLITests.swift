import BallastTestSupport
import Foundation
import Testing

/// `ballast paper`: real EURUSD M1 bars replayed through the paper venue, the router and the
/// SQLite ledger in the test's home.
@Suite struct PaperCLITests {
    struct Summary: Decodable {
        var session: String
        var orders: Int
        var duplicates: Int
        var refused: Int
        var refusals: [Refusal]
        var fills: [Fill]
        var final_position: String
        var realized_pnl: String
        var swaps: String
        var ledger: String
        var anomalies: [String]

        struct Refusal: Decodable {
            var intent: String
            var rule: String
            var reason: String
        }

        struct Fill: Decodable, Equatable {
            var order: String
            var side: String
            var quantity: String
            var price: String
            var time: String
        }
    }

    static let day = ["--symbol", "EURUSD", "--timeframe", "M1", "--from", "2017-01-03T00:00:00Z", "--to", "2017-01-04T00:00:00Z",
                      "--param", "fast=10", "--param", "slow=40", "--json"]

    static func imported(_ scratch: Scratch) throws {
        let result = try scratch.ballast("data", "import", TestData.path("histdata/DAT_ASCII_EURUSD_M1_201701.csv.gz"))
        #expect(result.status == 0, "\(result)")
    }

    @Test(.enabled(if: TestData.isAvailable)) func aPaperRunTradesAndASecondIdenticalRunSendsNothing() throws {
        try Scratch.with { scratch in
            try Self.imported(scratch)
            let first = try scratch.ballast(["paper"] + Self.day)
            #expect(first.status == 0, "\(first)")
            let one = try first.json(Summary.self)
            #expect(one.orders > 5 && one.fills.count == one.orders && one.duplicates == 0)
            #expect(one.ledger == scratch.home + "/ledger.sqlite")
            #expect(FileManager.default.fileExists(atPath: scratch.home + "/ledger.sqlite"))
            #expect(FileManager.default.fileExists(atPath: scratch.home + "/paper/venue.journal"))
            #expect(one.anomalies.isEmpty)
            // The final position is the sum of the fills.
            let net = one.fills.reduce(Decimal(0)) { $0 + (Decimal(string: $1.quantity) ?? 0) * ($1.side == "buy" ? 1 : -1) }
            #expect(Decimal(string: one.final_position) == net)

            let second = try scratch.ballast(["paper"] + Self.day)
            #expect(second.status == 0, "\(second)")
            let two = try second.json(Summary.self)
            #expect(two.session == one.session)
            #expect(two.orders == 0 && two.duplicates == one.orders)
            #expect(two.fills == one.fills, "the engine hears of the recorded fills again")
            #expect(two.final_position == one.final_position && two.realized_pnl == one.realized_pnl)
        }
    }

    @Test(.enabled(if: TestData.isAvailable)) func aMalformedRiskSectionIsRefusedWithNothingWritten() throws {
        try Scratch.with { scratch in
            try Self.imported(scratch)
            try scratch.write("home/ballast.yaml", Array("risk:\n  accountCurrency: USD\n  limits:\n    maxOrderLots: lots\n".utf8))
            let result = try scratch.ballast(["paper"] + Self.day)
            #expect(result.status == 5, "\(result)")
            #expect(result.err.contains("risk.limits.maxOrderLots"), "\(result)")
            #expect(result.out.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: scratch.home + "/ledger.sqlite"))
            #expect(!FileManager.default.fileExists(atPath: scratch.home + "/paper"))
        }
    }

    @Test(.enabled(if: TestData.isAvailable)) func riskLimitsFromTheConfigurationRefuseOrders() throws {
        try Scratch.with { scratch in
            try Self.imported(scratch)
            // One lot a side: the first entry passes, every reversal (two lots) is refused.
            try scratch.write("home/ballast.yaml", Array("risk:\n  accountCurrency: USD\n  limits:\n    maxOrderLots: 1\n".utf8))
            let result = try scratch.ballast(["paper"] + Self.day)
            #expect(result.status == 0, "\(result)")
            let summary = try result.json(Summary.self)
            #expect(summary.orders == 1 && summary.fills.count == 1)
            #expect(summary.final_position == "1" || summary.final_position == "-1")
            // Each refusal says which rule refused it, with its numbers.
            #expect(summary.refused > 0 && summary.refusals.count == summary.refused)
            #expect(summary.refusals.allSatisfy { $0.rule == "maxOrderSize" && $0.reason == "order 2.00 lots > max 1.00 lots" },
                    "\(summary.refusals.prefix(2))")
        }
    }

    /// USDJPY in a USD account: the ledger converts the yen PnL and the venue the yen swaps at
    /// the pair's own price. In a EUR account there is no JPY→EUR rate in a replay of USDJPY
    /// alone: refused up front, with nothing written.
    @Test(.enabled(if: TestData.isAvailable)) func aPairWhoseBaseIsTheAccountCurrencyTradesAndAnyOtherIsRefused() throws {
        try Scratch.with { scratch in
            let imported = try scratch.ballast("data", "import", TestData.path("dukascopy/USDJPY_Candlestick_1_Hour_BID_01.01.2024-01.01.2025.csv.gz"))
            #expect(imported.status == 0, "\(imported)")
            let month = ["paper", "--symbol", "USDJPY", "--timeframe", "H1", "--from", "2024-03-01T00:00:00Z", "--to", "2024-04-01T00:00:00Z",
                         "--param", "fast=10", "--param", "slow=40"]
            let refused = try scratch.ballast(month + ["--currency", "EUR", "--json"])
            #expect(refused.status != 0, "\(refused)")
            #expect(refused.err.contains("JPY→EUR"), "\(refused)")
            #expect(!FileManager.default.fileExists(atPath: scratch.home + "/ledger.sqlite"))
            #expect(!FileManager.default.fileExists(atPath: scratch.home + "/paper"))

            let traded = try scratch.ballast(month + ["--json"])
            #expect(traded.status == 0, "\(traded)")
            let summary = try traded.json(Summary.self)
            #expect(summary.orders > 5 && summary.fills.count == summary.orders)
            #expect(summary.realized_pnl.hasSuffix(" USD") && summary.realized_pnl != "0.00 USD")
            #expect(summary.swaps.hasSuffix(" USD") && summary.swaps != "0.00 USD", "yen swaps are charged, in dollars")
        }
    }
}
