/// The settings of a gradient-boosted tree training run. Names and defaults follow LightGBM
/// (`num_leaves` 31, `min_data_in_leaf` 20, `min_sum_hessian_in_leaf` 1e-3, `lambda_l2` 0,
/// `learning_rate` 0.1, `max_bin` 255, 200,000 rows sampled for bin bounds) so that a model
/// configured the same way in both grows the same kind of trees.
public struct BoostingParameters: Sendable, Equatable, Codable {
    /// The loss the trees descend.
    public enum Objective: String, Sendable, Codable {
        /// Log-loss on 0/1 labels; predictions are probabilities (LightGBM `binary`).
        case binaryLogistic = "binary"
        /// Squared error (LightGBM `regression`).
        case l2Regression = "regression"
    }

    public var objective: Objective = .binaryLogistic
    /// Boosting rounds (trees) at most.
    public var rounds = 100
    public var learningRate = 0.1
    /// Leaves per tree at most; trees grow leaf-wise, best gain first.
    public var numLeaves = 31
    /// Depth limit; `nil` is unlimited (LightGBM `max_depth <= 0`).
    public var maxDepth: Int?
    public var minDataInLeaf = 20
    public var minSumHessianInLeaf = 1e-3
    public var lambdaL2 = 0.0
    /// The least gain a split must bring.
    public var minGainToSplit = 0.0
    /// Bins per feature at most (the NaN bin included), 2...255.
    public var maxBin = 255
    /// Rows sampled to place the bin bounds (LightGBM `bin_construct_sample_cnt`).
    public var binSampleCount = 200_000
    /// Bins must hold at least this many sampled rows (LightGBM `min_data_in_bin`).
    public var minDataInBin = 3
    /// The share of features each tree may split on, drawn per tree.
    public var featureFraction = 1.0
    /// The share of rows each tree is grown on, redrawn every `baggingFrequency` rounds (0: off).
    public var baggingFraction = 1.0
    public var baggingFrequency = 0
    /// Stop when the validation metric has not improved for this many rounds (needs a validation set).
    public var earlyStoppingRounds: Int?
    /// Seeds the bin sample, feature and bagging draws.
    public var seed: UInt64 = 0
    /// Threads for binning, histograms and scoring; the model does not depend on it.
    public var threads = 1

    public init() {}

    /// Throws when a setting is out of range.
    public func validated() throws(BoostingError) -> BoostingParameters {
        func check(_ ok: Bool, _ message: String) throws(BoostingError) {
            if !ok { throw BoostingError.invalidParameter(message) }
        }
        try check(rounds >= 0, "rounds must be >= 0")
        try check(learningRate > 0 && learningRate.isFinite, "learning rate must be positive")
        try check(numLeaves >= 2 && numLeaves <= 1 << 16, "num_leaves must be in 2...65536")
        try check(maxDepth.map { $0 >= 1 } ?? true, "max_depth must be >= 1")
        try check(minDataInLeaf >= 1, "min_data_in_leaf must be >= 1")
        try check(minSumHessianInLeaf >= 0 && lambdaL2 >= 0 && minGainToSplit >= 0, "hessian, lambda and gain limits must be >= 0")
        try check((2...255).contains(maxBin), "max_bin must be in 2...255")
        try check(binSampleCount >= 1 && minDataInBin >= 1, "bin sample and min_data_in_bin must be >= 1")
        try check(featureFraction > 0 && featureFraction <= 1, "feature fraction must be in (0, 1]")
        try check(baggingFraction > 0 && baggingFraction <= 1 && baggingFrequency >= 0, "bagging fraction must be in (0, 1]")
        try check(earlyStoppingRounds.map { $0 >= 1 } ?? true, "early stopping rounds must be >= 1")
        try check(threads >= 1, "threads must be >= 1")
        return self
    }
}
