import BallastCore

/// One model's view of the market, bar by bar: the feature pipeline that built its training
/// matrix, updated with each closed bar, and the model's prediction on the pipeline's row.
/// The row is rounded to `Float` exactly as the training matrix was, so the model sees in
/// trading what it saw in training.
public struct ModelSignal: Sendable {
    public let symbol: String
    public private(set) var pipeline: FeaturePipeline
    public let model: TreeEnsemble
    private var row: [Double]

    /// A signal on `symbol`'s bars; throws when the model expects another number of features
    /// than the pipeline computes.
    public init(symbol: String, pipeline: FeaturePipeline, model: TreeEnsemble) throws(SignalError) {
        guard model.featureCount == pipeline.columnCount else {
            throw .featureCountMismatch(model: model.featureCount, pipeline: pipeline.columnCount)
        }
        self.symbol = symbol
        self.pipeline = pipeline
        self.model = model
        row = Array(repeating: 0, count: pipeline.columnCount)
    }

    /// Takes a closed bar of any symbol; returns the model's prediction after a bar of `symbol`
    /// once every feature is warm, else nil. Bars of the cross-instrument features' instruments
    /// are observed; others are ignored.
    public mutating func update(symbol: String, bar: Bar) -> Double? {
        guard symbol == self.symbol else {
            if let index = pipeline.instruments.firstIndex(of: symbol) { pipeline.observe(bar, instrument: index) }
            return nil
        }
        pipeline.update(bar)
        guard pipeline.isReady else { return nil }
        pipeline.modelRow(into: &row)
        return row.withUnsafeBufferPointer { model.predict(row: $0) }
    }

    /// The prediction as a score in [-1, 1]: `2p − 1` for a probability, the prediction clipped
    /// for a regression model (a forecast return scaled by the caller's choice of target).
    public func score(_ prediction: Double) -> Double {
        switch model.link {
        case .logistic: 2 * prediction - 1
        case .identity: Swift.max(-1, Swift.min(1, prediction))
        }
    }
}
