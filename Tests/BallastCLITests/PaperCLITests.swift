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
        var fills: [Fill]
        var final_position: String
        var realized_pnl: String
        var ledger: String
        var anomalies: [String]

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
        }
    }
}
