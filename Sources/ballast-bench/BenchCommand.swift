import ArgumentParser

/// `ballast-bench`: Ballast's benchmarks, each printing one JSON object with `--json`.
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ballast-bench",
        abstract: "Ballast benchmarks (run in release: swift run -c release ballast-bench ...).",
        subcommands: [IngestBenchmark.self, EngineLoopBenchmark.self, BacktestBenchmark.self, OrdersBenchmark.self, ChaosBenchmark.self, ChaosSession.self, GBMBenchmark.self]
    )
}
