/// The trees a run kept, turned into a `TreeEnsemble` with real-valued thresholds and
/// shrunk leaf values once training ends.
struct BoostingOutcome {
    let initialScore: Double
    let learningRate: Double
    var trees: [GrownTree] = []
    var roundsTrained = 0
    var validationMetric: [Double] = []
    var stoppedEarly = false

    init(initialScore: Double, learningRate: Double) {
        self.initialScore = initialScore
        self.learningRate = learningRate
    }

    func model(bins: [FeatureBins], names: [String], parameters: BoostingParameters) -> BoostedModel {
        var roots: [Int32] = [], feature: [Int32] = [], threshold: [Double] = [], left: [Int32] = [], right: [Int32] = []
        var defaultLeft: [Bool] = [], missing: [TreeEnsemble.MissingRule] = [], leafValue: [Double] = []
        var gain = Array(repeating: 0.0, count: bins.count), splits = Array(repeating: 0, count: bins.count)
        for tree in trees {
            let nodeBase = Int32(feature.count), leafBase = Int32(leafValue.count)
            func relocate(_ child: Int32) -> Int32 { child >= 0 ? child + nodeBase : ~(~child + leafBase) }
            roots.append(relocate(tree.root))
            for node in tree.feature.indices {
                let f = Int(tree.feature[node])
                feature.append(tree.feature[node])
                threshold.append(bins[f].threshold(ofBin: Int(tree.thresholdBin[node])))
                left.append(relocate(tree.left[node]))
                right.append(relocate(tree.right[node]))
                defaultLeft.append(tree.defaultLeft[node])
                missing.append(bins[f].hasNaNBin ? .nanToDefault : .nanAsZero)
                gain[f] += tree.gain[node]
                splits[f] += 1
            }
            leafValue += tree.leafValue.map { $0 * learningRate }
        }
        let link: TreeEnsemble.Link = parameters.objective == .binaryLogistic ? .logistic : .identity
        let ensemble = TreeEnsemble(featureCount: bins.count, splitRule: .lessOrEqual, link: link, baseScore: initialScore,
                                    roots: roots, feature: feature, threshold: threshold, left: left, right: right,
                                    defaultLeft: defaultLeft, missing: missing, leafValue: leafValue)
        return BoostedModel(ensemble: ensemble, importance: FeatureImportance(featureNames: names, gain: gain, splits: splits),
                            parameters: parameters, treeCount: trees.count, roundsTrained: roundsTrained,
                            validationMetric: validationMetric, stoppedEarly: stoppedEarly)
    }
}
