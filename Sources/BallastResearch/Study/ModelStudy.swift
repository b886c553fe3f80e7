/// Trains gradient-boosted trees on labelled events and learns honestly whether they have an
/// edge: each configuration is scored out of sample by purged k-fold with embargo (or
/// walk-forward), the best
/// by out-of-sample Sharpe is chosen, and the choice is judged with the deflated Sharpe ratio
/// (from the number of configurations actually tried), the probability of backtest overfitting
/// (CSCV across the configurations' out-of-sample returns) and the out-of-sample return net of
/// costs, optionally with the distribution of Sharpe ratios across CPCV paths. The final model
/// is the chosen configuration trained on every sample.
public struct ModelStudy: Sendable {
    public let settings: StudySettings

    public init(settings: StudySettings) { self.settings = settings }

    /// Runs the study; `progress` hears of each model trained (done, total).
    public func run(_ events: LabelledEvents, progress: ((Int, Int) -> Void)? = nil) throws(StudyError) -> StudyResult {
        guard !settings.configurations.isEmpty else { throw .noConfigurations }
        guard events.count >= settings.folds * 10 else { throw .tooFewSamples(events.count) }
        let splits: [CrossValidationSplit]
        do throws(CrossValidationError) {
            if let walkForward = settings.walkForward {
                splits = try walkForward.splits(spans: events.spans)
            } else {
                splits = try PurgedKFold(foldCount: settings.folds, embargoFraction: settings.embargo).splits(spans: events.spans)
            }
        } catch {
            throw .validation(error.description)
        }
        let cpcv = settings.combinatorial.map { CombinatorialPurgedCV(groupCount: $0.groups, testGroupCount: $0.testGroups,
                                                                      embargoFraction: settings.embargo) }
        let total = settings.configurations.count * splits.count + (cpcv?.splitCount ?? 0) + 1
        var done = 0
        var trials: [StudyTrial] = []
        for parameters in settings.configurations {
            trials.append(try trial(parameters, events: events, splits: splits) { done += 1; progress?(done, total) })
        }
        let best = trials.indices.max { trials[$0].sharpe < trials[$1].sharpe || trials[$0].sharpe.isNaN } ?? 0
        let deflated = Self.deflatedSharpe(trials[best].returns, trials: trials.map(\.sharpe), weights: events.weights)
        let overfitting = trials.count > 1
            ? try? BacktestOverfitting(returns: trials.map(\.returns), blockCount: settings.overfittingBlocks).probability : nil
        var paths: PathSharpeDistribution?
        if let cpcv {
            paths = try combinatorial(cpcv, parameters: trials[best].parameters, events: events) { done += 1; progress?(done, total) }
        }
        let model = try train(trials[best].parameters, events)
        progress?(total, total)
        return StudyResult(trials: trials, best: best, deflatedSharpe: deflated, overfittingProbability: overfitting ?? .nan,
                           paths: paths, model: model)
    }

    /// The deflated Sharpe ratio of `returns` among `trials`, counting observations as the sum
    /// of the events' average uniqueness: overlapping events are not independent, and counting
    /// each as a full observation would overstate the confidence.
    static func deflatedSharpe(_ returns: [Double], trials: [Double], weights: [Double]) -> DeflatedSharpeRatio {
        let moments = ReturnMoments(returns), spread = ReturnMoments(trials)
        let effective = Swift.max(2, Int(weights.reduce(0, +).rounded()))
        return DeflatedSharpeRatio(observedSharpe: moments.sharpeRatio, observationCount: Swift.min(effective, returns.count),
                                   skewness: moments.skewness, kurtosis: moments.kurtosis, trialCount: trials.count,
                                   trialSharpeVariance: trials.count > 1 ? spread.standardDeviation * spread.standardDeviation : 0)
    }

    /// One configuration through every split: its out-of-sample predictions and returns.
    func trial(_ parameters: BoostingParameters, events: LabelledEvents, splits: [CrossValidationSplit],
               trained: () -> Void) throws(StudyError) -> StudyTrial {
        var predictions = [Double](repeating: .nan, count: events.count)
        for split in splits {
            let model = try train(parameters, events, rows: split.train)
            let tested = model.ensemble.predict(events.features(rows: split.test), threads: parameters.threads)
            for (row, p) in zip(split.test, tested) { predictions[row] = p }
            trained()
        }
        let scored = predictions.indices.filter { !predictions[$0].isNaN }
        let returns = predictions.indices.map { netReturn(probability: predictions[$0], eventReturn: events.returns[$0]) }
        let moments = ReturnMoments(returns)
        return StudyTrial(parameters: parameters, predictions: predictions, returns: returns,
                          auc: BinaryMetrics.auc(labels: scored.map { events.labels[$0] }, scores: scored.map { predictions[$0] }),
                          logLoss: BinaryMetrics.logLoss(labels: scored.map { events.labels[$0] }, probabilities: scored.map { predictions[$0] }),
                          sharpe: moments.sharpeRatio, netReturn: returns.reduce(0, +))
    }

    /// The trading rule: long above the entry, short below its negative, flat between (and for
    /// a sample no fold tested); each position pays the cost.
    func netReturn(probability: Double, eventReturn: Double) -> Double {
        guard !probability.isNaN else { return 0 }
        let score = 2 * probability - 1
        let side: Double = score >= settings.entry && score > 0 ? 1 : score <= -settings.entry && score < 0 ? -1 : 0
        return side * eventReturn - abs(side) * settings.costPerTrade
    }

    /// The chosen configuration through CPCV: the Sharpe ratio of each backtest path.
    func combinatorial(_ cpcv: CombinatorialPurgedCV, parameters: BoostingParameters, events: LabelledEvents,
                       trained: () -> Void) throws(StudyError) -> PathSharpeDistribution {
        do {
            var outputs: [[Double]] = []
            for split in try cpcv.splits(spans: events.spans) {
                let model = try train(parameters, events, rows: split.train)
                let tested = model.ensemble.predict(events.features(rows: split.test), threads: parameters.threads)
                outputs.append(zip(split.test, tested).map { netReturn(probability: $1, eventReturn: events.returns[$0]) })
                trained()
            }
            return try cpcv.pathSharpeRatios(testReturns: outputs, sampleCount: events.count)
        } catch let error as StudyError {
            throw error
        } catch {
            throw .validation("\(error)")
        }
    }

    /// A model of `events` at `rows` (every event when nil, without copying the matrix), weighted
    /// by uniqueness when the settings say so.
    func train(_ parameters: BoostingParameters, _ events: LabelledEvents, rows: [Int]? = nil) throws(StudyError) -> BoostedModel {
        let features = rows.map(events.features(rows:)) ?? events.features
        let labels = rows.map { $0.map { events.labels[$0] } } ?? events.labels
        let weights = !settings.weighsByUniqueness ? nil : rows.map { $0.map { events.weights[$0] } } ?? events.weights
        do {
            return try GradientBoostingTrainer(parameters: parameters).train(features, labels: labels, weights: weights)
        } catch {
            throw .training(error.description)
        }
    }
}
