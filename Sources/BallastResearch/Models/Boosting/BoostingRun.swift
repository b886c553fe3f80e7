import BallastCore

/// The state of one training run: scores, gradients, the bag and the grower, advanced one
/// round (one tree) at a time.
struct BoostingRun {
    let data: BinnedFeatures
    let labels: [Double]
    /// One per row; nil weighs every row 1.
    let weights: [Double]?
    let parameters: BoostingParameters
    let grower: TreeGrower
    let loop: ParallelLoop
    let initialScore: Double
    private var scores: [Double]
    private var gradients: [SIMD2<Float>]
    private var bag: [Int32] = []
    private var inBag: [Bool] = []
    private var random: SplitMix64

    init(data: BinnedFeatures, labels: [Double], weights: [Double]? = nil, parameters: BoostingParameters) {
        self.data = data
        self.labels = labels
        self.weights = weights
        self.parameters = parameters
        grower = TreeGrower(data: data, parameters: parameters)
        loop = ParallelLoop(threads: parameters.threads)
        initialScore = parameters.objective.initialScore(labels, weights: weights)
        scores = Array(repeating: initialScore, count: data.rowCount)
        gradients = Array(repeating: .zero, count: data.rowCount)
        random = SplitMix64(seed: parameters.seed)
    }

    /// Trains up to `parameters.rounds` trees.
    mutating func train(validation: BinnedFeatures?, validationLabels: [Double]) -> BoostingOutcome {
        var outcome = BoostingOutcome(initialScore: initialScore, learningRate: parameters.learningRate)
        var heldScores = Array(repeating: initialScore, count: validation?.rowCount ?? 0)
        var bestMetric = Double.infinity, bestRound = 0
        for round in 0..<parameters.rounds {
            computeGradients()
            drawBag(round: round)
            let features = drawFeatures()
            let tree = bag.isEmpty
                ? gradients.withUnsafeBufferPointer { grower.grow(gradients: $0.baseAddress!, rows: nil, rowCount: data.rowCount, features: features) }
                : gradients.withUnsafeBufferPointer { g in
                    bag.withUnsafeBufferPointer { grower.grow(gradients: g.baseAddress!, rows: $0.baseAddress!, rowCount: $0.count, features: features) }
                }
            // A tree that cannot split ends training, as in LightGBM.
            if tree.leafCount < 2 { break }
            applyTree(tree)
            outcome.trees.append(tree)
            outcome.roundsTrained = round + 1
            if let validation {
                let values = tree.leafValue.map { $0 * parameters.learningRate }
                for row in 0..<validation.rowCount { heldScores[row] += values[tree.leaf(ofRow: row, in: validation)] }
                let metric = parameters.objective.metric(scores: heldScores, labels: validationLabels)
                outcome.validationMetric.append(metric)
                if metric < bestMetric { bestMetric = metric; bestRound = round + 1 }
                if let patience = parameters.earlyStoppingRounds, round + 1 - bestRound >= patience {
                    outcome.trees.removeLast(outcome.trees.count - bestRound)
                    outcome.stoppedEarly = true
                    break
                }
            }
        }
        return outcome
    }

    private mutating func computeGradients() {
        let objective = parameters.objective, weights = weights
        scores.withUnsafeBufferPointer { s in
            labels.withUnsafeBufferPointer { y in
                gradients.withUnsafeMutableBufferPointer { g in
                    let out = UncheckedBox(g.baseAddress!)
                    loop.forEachRange(s.count, minimum: 16_384) { range in
                        objective.gradients(scores: s.baseAddress!, labels: y.baseAddress!, into: out.value, range: range)
                        if let weights { for row in range { out.value[row] *= Float(weights[row]) } }
                    }
                }
            }
        }
    }

    /// Adds the shrunk leaf values of `tree` to the training scores.
    private mutating func applyTree(_ tree: GrownTree) {
        let values = tree.leafValue.map { $0 * parameters.learningRate }
        let partition = grower.partition
        scores.withUnsafeMutableBufferPointer { s in
            let out = UncheckedBox(s.baseAddress!)
            loop.forEach(tree.leafCount) { leaf in
                let rows = partition.indices + partition.begin[leaf], value = values[leaf]
                for i in 0..<partition.count[leaf] { out.value[Int(rows[i])] += value }
            }
        }
        guard !bag.isEmpty else { return }
        for row in 0..<data.rowCount where !inBag[row] { scores[row] += values[tree.leaf(ofRow: row, in: data)] }
    }

    /// Redraws the bag every `baggingFrequency` rounds (each row kept with probability
    /// `baggingFraction`); an empty `bag` means every row.
    private mutating func drawBag(round: Int) {
        guard parameters.baggingFrequency > 0, parameters.baggingFraction < 1,
              round % parameters.baggingFrequency == 0 else { return }
        bag.removeAll(keepingCapacity: true)
        inBag = Array(repeating: false, count: data.rowCount)
        for row in 0..<data.rowCount where random.nextUnit() < parameters.baggingFraction {
            bag.append(Int32(truncatingIfNeeded: row))
            inBag[row] = true
        }
        if bag.isEmpty { bag = [0]; inBag[0] = true }
    }

    /// The features this tree may use, ascending.
    private mutating func drawFeatures() -> [Int32] {
        let all = (0..<data.featureCount).filter { data.bins[$0].binCount > 1 }.map { Int32($0) }
        guard parameters.featureFraction < 1, !all.isEmpty else { return all }
        let take = max(1, Int((Double(all.count) * parameters.featureFraction).rounded()))
        var pool = all
        for index in 0..<take {
            let pick = index + Int(random.next() % UInt64(pool.count - index))
            pool.swapAt(index, pick)
        }
        return pool.prefix(take).sorted()
    }
}
