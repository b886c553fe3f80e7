/// How a model study validates: the configurations it tries, the splits that score them out of
/// sample (purged k-fold by default, or walk-forward), the trading rule and costs their
/// out-of-sample returns are measured with, and the optional combinatorial purged CV of the
/// chosen configuration.
public struct StudySettings: Sendable {
    /// Walk-forward instead of purged k-fold: each configuration is trained on the past only.
    /// Samples before the first test block are never scored (they count as flat).
    public var walkForward: WalkForwardSplitter?
    /// Every configuration tried (the trial count of the deflated Sharpe ratio).
    public var configurations: [BoostingParameters]
    public var folds = 5
    /// Share of samples embargoed after each test block.
    public var embargo = 0.01
    /// The score (2p − 1) a position needs: long at ≥ entry, short at ≤ −entry, else flat.
    public var entry = 0.1
    /// Cost of one position, in log-return units (the spread's share of the price).
    public var costPerTrade = 0.0
    /// Blocks of the CSCV behind the probability of backtest overfitting (even).
    public var overfittingBlocks = 10
    /// CPCV of the chosen configuration: groups N and test groups k; nil skips it.
    public var combinatorial: (groups: Int, testGroups: Int)?
    /// Train with each event's average uniqueness as its sample weight (López de Prado, AFML
    /// 4.4): events that overlap share their weight instead of counting as independent.
    public var weighsByUniqueness = false

    public init(configurations: [BoostingParameters]) {
        self.configurations = configurations
    }
}
