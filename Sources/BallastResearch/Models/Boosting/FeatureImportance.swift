/// How much each feature was used by a model: the total gain of its splits and how many
/// splits it has (LightGBM's `importance_type` "gain" and "split").
public struct FeatureImportance: Sendable, Equatable {
    public let featureNames: [String]
    /// Summed split gain per feature (loss reduction, before shrinkage).
    public let gain: [Double]
    /// Number of splits per feature.
    public let splits: [Int]

    public init(featureNames: [String], gain: [Double], splits: [Int]) {
        precondition(gain.count == featureNames.count && splits.count == featureNames.count, "FeatureImportance: one value per feature")
        self.featureNames = featureNames
        self.gain = gain
        self.splits = splits
    }

    /// Features by descending gain, with their gain and split count.
    public var rankedByGain: [(name: String, gain: Double, splits: Int)] {
        featureNames.indices.sorted { gain[$0] != gain[$1] ? gain[$0] > gain[$1] : $0 < $1 }
            .map { (featureNames[$0], gain[$0], splits[$0]) }
    }
}
