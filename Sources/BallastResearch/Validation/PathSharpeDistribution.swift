/// Out-of-sample Sharpe ratios (per period, not annualised) of the backtest paths of combinatorial
/// purged cross-validation, with summary statistics; Codable so a run can store it.
public struct PathSharpeDistribution: Sendable, Codable, Equatable {
    /// One Sharpe ratio per path, in path order.
    public let sharpeRatios: [Double]
    public let mean: Double
    /// Sample standard deviation across paths (0 for a single path).
    public let standardDeviation: Double
    public let minimum: Double
    public let median: Double
    public let maximum: Double

    public init(sharpeRatios: [Double]) {
        self.sharpeRatios = sharpeRatios
        let sorted = sharpeRatios.sorted(), count = sorted.count
        let mean = count == 0 ? .nan : sorted.reduce(0, +) / Double(count)
        let squares = sorted.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        self.mean = mean
        standardDeviation = count > 1 ? (squares / Double(count - 1)).squareRoot() : 0
        minimum = sorted.first ?? .nan
        maximum = sorted.last ?? .nan
        median = count == 0 ? .nan : (sorted[(count - 1) / 2] + sorted[count / 2]) / 2
    }
}
