import BallastCore

/// Monte Carlo resampling of trade results: each path draws as many trades as the run had, with
/// replacement, from a seeded SplitMix64, and replays them on the deposit. The spread of final
/// PnL and of drawdown says how much of a result is the order and luck of the trades.
public struct MonteCarloTrades: Sendable, Equatable, Codable {
    public var paths: Int
    public var seed: UInt64
    /// Final PnL (account currency) over the paths.
    public var finalPnL: Percentiles
    /// Deepest fall from a peak of each path, as a negative fraction of the peak equity.
    public var maxDrawdown: Percentiles

    /// Resamples `pnls` (each trade's net result) `paths` times.
    public init(pnls: [Double], deposit: Double, paths: Int = 1000, seed: UInt64 = 1) {
        self.paths = paths
        self.seed = seed
        var random = SplitMix64(seed: seed)
        var finals: [Double] = [], drawdowns: [Double] = []
        finals.reserveCapacity(paths)
        drawdowns.reserveCapacity(paths)
        for _ in 0..<(pnls.isEmpty ? 0 : paths) {
            var equity = deposit, peak = deposit, deepest = 0.0
            for _ in pnls.indices {
                equity += pnls[Int(random.next() % UInt64(pnls.count))]
                peak = max(peak, equity)
                if peak > 0 { deepest = min(deepest, equity / peak - 1) }
            }
            finals.append(equity - deposit)
            drawdowns.append(deepest)
        }
        finalPnL = Percentiles(finals)
        maxDrawdown = Percentiles(drawdowns)
    }
}
