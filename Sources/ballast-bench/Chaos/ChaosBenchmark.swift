import ArgumentParser
import BallastBrokers
import BallastCore
import Foundation

/// `ballast-bench chaos`: runs a scripted trading session in a child process, kills it with
/// SIGKILL at random moments N times, restarts it each time (it reconciles and resumes), lets
/// the last run finish, then compares the ledger with the venue's journal.
struct ChaosBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chaos",
        abstract: "SIGKILL a trading process N times mid-session; report duplicate orders, lost fills and ledger mismatches.")

    @Option(help: "How many times to kill the trading process.") var kills = 100
    @Option(help: "The ledger store: sqlite or postgres.") var store: BenchStoreKind = .sqlite
    @Option(help: "Script steps (one quote and one intent each); enough that the session outlives the kills.") var steps = 20_000
    @Option(help: "Seed of the kill times.") var seed: UInt64 = 7
    @Option(help: "Longest wait before a kill, in milliseconds (each wait is uniform in 0...this).") var maxDelayMs = 150
    @Option(help: "PostgreSQL URL (default: $BALLAST_BENCH_POSTGRES_URL, then $BALLAST_TEST_POSTGRES_URL).")
    var postgresURL: String?
    @Flag(help: "Print one JSON object.") var json = false

    func run() async throws {
        guard kills >= 0, steps > 0, maxDelayMs > 0 else { throw ValidationError("--kills, --steps and --max-delay-ms must be positive") }
        let directory = NSTemporaryDirectory() + "ballast-chaos-\(getpid())"
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let bench = try await store.open(directory: directory, postgresURL: postgresURL, tag: "chaos_\(getpid())")
        let session = sessionArguments(directory: directory, bench: bench)
        var random = SplitMix64(seed: seed)
        let started = Clock.now
        var killed = 0, finished = false
        while killed < kills && !finished {
            let delay = Double(random.next() % UInt64(maxDelayMs + 1)) / 1_000
            switch try ChildProcess.run(session, killAfter: delay) {
            case .killed: killed += 1
            case .exited(0): finished = true   // the script ran out before the kill
            case .exited(let status): throw BenchError("the trading process failed (exit \(status)); see its stderr above")
            }
        }
        guard killed == kills else {
            throw BenchError("the session finished after \(killed) of \(kills) kills: raise --steps or lower --max-delay-ms")
        }
        guard case .exited(0) = try ChildProcess.run(session, killAfter: nil) else { throw BenchError("the final run failed") }
        let seconds = Clock.since(started)
        let venue = await (try PaperBroker(journalPath: directory + "/venue.journal", syncs: false)).venue
        let verdict = try await ChaosVerdict.judge(bench.store, venue: venue)
        let recoveries = ChaosRecovery.all(in: directory + "/recoveries.log")
        await bench.close()
        try? FileManager.default.removeItem(atPath: directory)
        try report(verdict, recoveries: recoveries, kills: killed, seconds: seconds)
    }

    private func sessionArguments(directory: String, bench: BenchStore) -> [String] {
        var arguments = ["chaos-session", "--store", store.rawValue, "--directory", directory, "--steps", String(steps)]
        if let schema = bench.dropSchema, let url = postgresURL ?? ProcessInfo.processInfo.environment["BALLAST_BENCH_POSTGRES_URL"]
            ?? ProcessInfo.processInfo.environment["BALLAST_TEST_POSTGRES_URL"] {
            arguments += ["--postgres-url", url, "--schema", schema]
        }
        return arguments
    }

    private func report(_ verdict: ChaosVerdict, recoveries: [ChaosRecovery], kills: Int, seconds: Double) throws {
        func total(_ field: (ChaosRecovery) -> Int) -> Int { recoveries.reduce(0) { $0 + field($1) } }
        let inDoubt = total { $0.adopted + $0.resent + $0.abandoned + $0.unresolved }
        let fields: [String: Any] = [
            "restarts": recoveries.count, "orders_in_doubt": inDoubt, "in_doubt_adopted": total(\.adopted),
            "in_doubt_resent": total(\.resent), "in_doubt_abandoned": total(\.abandoned), "fills_caught_up": total(\.fillsCaughtUp),
            "store": store.rawValue, "kills": kills, "steps": steps, "intents": verdict.intents, "orders": verdict.orders,
            "duplicate_orders": verdict.duplicateOrders, "lost_fills": verdict.lostFills,
            "ledger_mismatches": verdict.ledgerMismatches, "seconds": seconds,
        ]
        if json {
            print(String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self))
        } else {
            print("store \(store.rawValue): \(kills) kills, \(verdict.intents) intents, \(verdict.orders) orders in \(String(format: "%.1f", seconds)) s")
            print("restarts \(recoveries.count): \(inDoubt) orders in doubt (adopted \(total(\.adopted)), resent \(total(\.resent)), "
                + "abandoned \(total(\.abandoned))), \(total(\.fillsCaughtUp)) fills caught up")
            print("duplicate orders \(verdict.duplicateOrders), lost fills \(verdict.lostFills), ledger mismatches \(verdict.ledgerMismatches)")
        }
        for detail in verdict.details.prefix(20) { FileHandle.standardError.write(Data((detail + "\n").utf8)) }
        guard verdict.intents == steps, verdict.duplicateOrders == 0, verdict.lostFills == 0, verdict.ledgerMismatches == 0 else {
            throw BenchError("the ledger and the venue disagree after \(kills) kills")
        }
    }
}
