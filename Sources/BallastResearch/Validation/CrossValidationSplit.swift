/// One train/test split of time-ordered samples, as sample indices in ascending order.
///
/// `train` has already been purged (samples whose label span overlaps a test span are gone) and
/// embargoed; `testGroups` names the groups that form `test` for combinatorial splits (for
/// walk-forward and k-fold splits it holds the fold number).
public struct CrossValidationSplit: Sendable, Codable, Equatable {
    public let train: [Int]
    public let test: [Int]
    public let testGroups: [Int]

    public init(train: [Int], test: [Int], testGroups: [Int]) {
        self.train = train
        self.test = test
        self.testGroups = testGroups
    }
}
