import Foundation
import Testing

/// The order-path benchmarks as regression checks (small runs of the debug build; their figures
/// are not asserted, their verdicts are): the ledger must match the paper venue after a run, and
/// after a trading process is killed mid-session and restarted.
@Suite struct OrderPathBenchCLITests {
    struct OrdersOutput: Decodable {
        var orders: Int
        var ledger_fills: Int
        var venue_fills: Int
        var ledger_matches_venue: Bool
    }

    struct ChaosOutput: Decodable {
        var kills: Int
        var intents: Int
        var duplicate_orders: Int
        var lost_fills: Int
        var ledger_mismatches: Int
    }

    static let postgresURL = ProcessInfo.processInfo.environment["BALLAST_TEST_POSTGRES_URL"]

    @Test func ordersReachTheLedgerExactlyOnce() throws {
        let result = try CLI.run(["orders", "--orders", "300", "--concurrency", "3", "--json"], binary: "ballast-bench")
        #expect(result.status == 0, "\(result)")
        let output = try result.json(OrdersOutput.self)
        // 200 warm-up orders run before the 300 timed ones; every order fills once.
        #expect(output.venue_fills == 500)
        #expect(output.ledger_fills == 500)
        #expect(output.ledger_matches_venue)
    }

    @Test func killedTradingProcessLeavesNoDuplicateOrLostOrder() throws {
        let result = try CLI.run(["chaos", "--kills", "4", "--steps", "1500", "--max-delay-ms", "250", "--json"],
                                 binary: "ballast-bench", timeout: 300)
        #expect(result.status == 0, "\(result)")
        let output = try result.json(ChaosOutput.self)
        #expect(output.kills == 4)
        #expect(output.intents == 1_500)
        #expect(output.duplicate_orders == 0)
        #expect(output.lost_fills == 0)
        #expect(output.ledger_mismatches == 0)
    }

    @Test(.enabled(if: postgresURL != nil, "BALLAST_TEST_POSTGRES_URL is not set: no PostgreSQL server to run the chaos check on"))
    func killedTradingProcessOnPostgres() throws {
        let result = try CLI.run(["chaos", "--store", "postgres", "--kills", "3", "--steps", "800", "--max-delay-ms", "600", "--json"],
                                 binary: "ballast-bench", timeout: 300)
        #expect(result.status == 0, "\(result)")
        let output = try result.json(ChaosOutput.self)
        #expect(output.kills == 3)
        #expect(output.duplicate_orders == 0 && output.lost_fills == 0 && output.ledger_mismatches == 0)
    }
}
