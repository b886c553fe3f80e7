/// How a backtest holds up under worse costs, without its best trades, and resampled.
public struct StressReport: Sendable, Equatable, Codable {
    /// The unchanged run first, then each cost scenario.
    public var scenarios: [StressScenario]
    /// The number of best trades removed, and the PnL without them.
    public var removedBest: Int
    public var pnlWithoutBest: Double
    public var monteCarlo: MonteCarloTrades

    public init(scenarios: [StressScenario], removedBest: Int, pnlWithoutBest: Double, monteCarlo: MonteCarloTrades) {
        self.scenarios = scenarios
        self.removedBest = removedBest
        self.pnlWithoutBest = pnlWithoutBest
        self.monteCarlo = monteCarlo
    }

    enum CodingKeys: String, CodingKey {
        case scenarios, removedBest = "removed_best", pnlWithoutBest = "pnl_without_best", monteCarlo = "monte_carlo"
    }
}
