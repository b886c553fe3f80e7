import Foundation

/// The probability of backtest overfitting by combinatorially symmetric cross-validation (Bailey,
/// Borwein, López de Prado and Zhu, "The Probability of Backtest Overfitting", *Journal of
/// Computational Finance* 2017 / SSRN 2015).
///
/// The T × N performance matrix (T periods, N strategy configurations) is cut into S row blocks.
/// For each of the C(S, S/2) ways to pick half the blocks as in-sample (the rest out-of-sample),
/// the strategy that is best in-sample is ranked out-of-sample; ω̄ is its relative rank
/// rank/(N + 1) (ties take the average rank) and λ = ln(ω̄ / (1 − ω̄)) its logit. PBO is the share of
/// λ ≤ 0: how often the in-sample winner is no better than the out-of-sample median.
public struct BacktestOverfitting: Sendable, Codable, Equatable {
    /// How a strategy's performance on a set of periods is scored.
    public enum Metric: String, Sendable, Codable {
        /// Mean over sample standard deviation of the returns.
        case sharpeRatio
        /// Mean return.
        case meanReturn
    }

    /// PBO: the share of logits ≤ 0.
    public let probability: Double
    /// λ for every partition, in lexicographic order of the in-sample block sets.
    public let logits: [Double]
    public let blockCount: Int
    public let strategyCount: Int
    public let metric: Metric

    /// Runs CSCV on `returns[strategy][period]` with `blockCount` (S, even, ≥ 2) row blocks.
    public init(returns: [[Double]], blockCount: Int, metric: Metric = .sharpeRatio) throws(CrossValidationError) {
        guard blockCount >= 2, blockCount % 2 == 0 else {
            throw .invalidSetting(name: "blockCount", reason: "must be even and at least 2")
        }
        guard returns.count >= 2 else { throw .invalidSetting(name: "returns", reason: "needs at least 2 strategies") }
        let periods = returns[0].count
        guard returns.allSatisfy({ $0.count == periods }) else { throw .shapeMismatch(what: "strategies have different lengths") }
        guard periods >= 2 * blockCount else { throw .tooFewSamples(count: periods, needed: 2 * blockCount) }
        let sums = BlockSums(returns: returns, blocks: SpanPurging.blocks(count: periods, groups: blockCount))
        var logits: [Double] = []
        for inSample in Combinations.all(of: blockCount, choose: blockCount / 2) {
            let outOfSample = (0..<blockCount).filter { !inSample.contains($0) }
            let scoresIn = sums.scores(blocks: inSample, metric: metric)
            let scoresOut = sums.scores(blocks: outOfSample, metric: metric)
            let best = scoresIn.indices.max { scoresIn[$0] < scoresIn[$1] || (scoresIn[$0] == scoresIn[$1] && $0 < $1) } ?? 0
            let value = scoresOut[best]
            let below = scoresOut.count { $0 < value }, equal = scoresOut.count { $0 == value }
            let rank = Double(below) + Double(equal + 1) / 2
            let omega = rank / Double(returns.count + 1)
            logits.append(log(omega / (1 - omega)))
        }
        probability = Double(logits.count { $0 <= 0 }) / Double(logits.count)
        self.logits = logits
        self.blockCount = blockCount
        strategyCount = returns.count
        self.metric = metric
    }
}

/// Per strategy and row block: count, sum and sum of squares, so a partition's scores cost O(S·N).
private struct BlockSums {
    let blockCount: Int
    let strategyCount: Int
    let counts: [Double]
    /// Flat `[strategy * blockCount + block]`.
    let sums: [Double]
    let squares: [Double]

    init(returns: [[Double]], blocks: [Range<Int>]) {
        blockCount = blocks.count
        strategyCount = returns.count
        counts = blocks.map { Double($0.count) }
        var sums = [Double](repeating: 0, count: returns.count * blocks.count), squares = sums
        for (strategy, series) in returns.enumerated() {
            for (block, range) in blocks.enumerated() {
                var sum = 0.0, square = 0.0
                for period in range { sum += series[period]; square += series[period] * series[period] }
                sums[strategy * blocks.count + block] = sum
                squares[strategy * blocks.count + block] = square
            }
        }
        self.sums = sums
        self.squares = squares
    }

    func scores(blocks: [Int], metric: BacktestOverfitting.Metric) -> [Double] {
        var n = 0.0
        for block in blocks { n += counts[block] }
        var scores = [Double](repeating: 0, count: strategyCount)
        for strategy in 0..<strategyCount {
            var sum = 0.0, square = 0.0
            for block in blocks {
                sum += sums[strategy * blockCount + block]
                square += squares[strategy * blockCount + block]
            }
            let mean = sum / n
            // Sample variance from the sums; clamped because rounding can make it slightly negative.
            scores[strategy] = metric == .meanReturn ? mean : mean / max(0, (square - sum * mean) / (n - 1)).squareRoot()
        }
        return scores
    }
}
