import ArgumentParser
import BallastCore
import BallastStore
import Foundation

/// `ballast-bench orders`: intents through the whole live order path (risk manager, write-ahead
/// persistence, paper venue acknowledgement and fill, fill sync into the ledger), timed per
/// order end to end.
struct OrdersBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orders",
        abstract: "Intent → risk → persist → paper ack → fill → ledger; reports orders/s and p50/p99 latency.")

    @Option(help: "The ledger store: sqlite (a WAL file) or postgres.") var store: BenchStoreKind = .sqlite
    @Option(help: "Orders to time (after a warm-up of 200).") var orders = 10_000
    @Option(help: "Orders in flight at once, as from several strategies (each waits for its fill to be in the ledger; 1 times one order alone).")
    var concurrency = 4
    @Option(help: "PostgreSQL URL (default: $BALLAST_BENCH_POSTGRES_URL, then $BALLAST_TEST_POSTGRES_URL).")
    var postgresURL: String?
    @Option(help: "Folder for the SQLite file (default: a fresh temporary folder).") var directory: String?
    @Flag(help: "Print one JSON object.") var json = false

    func run() async throws {
        guard orders > 0, concurrency > 0 else { throw ValidationError("--orders and --concurrency must be positive") }
        let bench = try await store.open(directory: directory, postgresURL: postgresURL, tag: "orders_\(getpid())")
        do {
            let fixture = try await OrderPathFixture.make(store: bench)
            for index in 0..<200 { _ = try await fixture.place(index % 2 == 0 ? .buy : .sell, run: "warmup") }
            let started = Clock.now, cpuStarted = Clock.processCPU
            let latencies = try await timedOrders(fixture)
            let seconds = Clock.since(started), cpu = Clock.processCPU - cpuStarted
            let check = try await OrderPathCheck.run(fixture, expectedOrders: orders + 200)
            try report(latencies: latencies, seconds: seconds, cpu: cpu, check: check, location: bench.location)
        } catch {
            await bench.close()
            throw error
        }
        await bench.close()
    }

    /// Runs the timed orders on `concurrency` workers; returns each order's latency in seconds.
    private func timedOrders(_ fixture: OrderPathFixture) async throws -> [Double] {
        let workers = concurrency, total = orders
        return try await withThrowingTaskGroup(of: [Double].self) { group in
            for worker in 0..<workers {
                group.addTask {
                    var latencies: [Double] = []
                    for (count, index) in stride(from: worker, to: total, by: workers).enumerated() {
                        let start = Clock.now
                        guard try await fixture.place(count % 2 == 0 ? .buy : .sell, run: "timed") else {
                            throw BenchError("order \(index) did not fill")
                        }
                        latencies.append(Clock.since(start))
                    }
                    return latencies
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
    }

    /// `cpu` is this process's CPU time over the timed orders (a PostgreSQL server's is not in it).
    private func report(latencies: [Double], seconds: Double, cpu: Double, check: OrderPathCheck, location: String) throws {
        let summary = LatencySummary(latencies)
        let fields: [String: Any] = [
            "store": store.rawValue, "orders": orders, "concurrency": concurrency, "seconds": seconds,
            "orders_per_second": Double(orders) / seconds, "p50_ms": summary.milliseconds(at: 0.5),
            "p99_ms": summary.milliseconds(at: 0.99), "max_ms": summary.milliseconds(at: 1),
            "cpu_ms_per_order": cpu * 1_000 / Double(orders),
            "ledger_fills": check.ledgerFills, "venue_fills": check.venueFills, "ledger_matches_venue": check.matches,
        ]
        if json {
            print(String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self))
        } else {
            print("store \(store.rawValue) (\(location)), \(orders) orders, concurrency \(concurrency)")
            print(String(format: "%.0f orders/s, p50 %.3f ms, p99 %.3f ms, max %.3f ms, %.3f ms CPU per order", Double(orders) / seconds,
                         summary.milliseconds(at: 0.5), summary.milliseconds(at: 0.99), summary.milliseconds(at: 1),
                         cpu * 1_000 / Double(orders)))
            print("ledger fills \(check.ledgerFills), venue fills \(check.venueFills), ledger matches venue: \(check.matches)")
        }
        guard check.matches else { throw BenchError("the ledger does not match the venue: \(check.problems.joined(separator: "; "))") }
    }
}
