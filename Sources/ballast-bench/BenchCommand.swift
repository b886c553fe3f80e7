import ArgumentParser

/// `ballast-bench`: Ballast's benchmarks, each printing one JSON object with `--json`.
/// Built without server dependencies so its release build takes seconds.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ballast-bench",
        abstract: "Ballast benchmarks (run in release: swift run -c release ballast-bench ...).",
        subcommands: [IngestBenchmark.self, EngineLoopBenchmark.self, BacktestBenchmark.self]
    )
}
