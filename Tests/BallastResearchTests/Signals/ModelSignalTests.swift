import BallastCore
import BallastData
import BallastResearch
import Testing

/// A model signal run bar by bar on real data predicts exactly what the model predicts on the
/// training matrix's rows: the live path has no train/serve skew.
@Suite struct ModelSignalTests {
    /// A two-tree model over columns 0 and `last`: splits at values the data actually takes.
    static func model(features: Int, frame: FeatureFrame) -> TreeEnsemble {
        let rows = frame.matrix.rowCount
        let first = (frame.warmUpRows..<rows).map { Double(frame.matrix[$0, 0]) }.sorted()
        let last = (frame.warmUpRows..<rows).map { Double(frame.matrix[$0, features - 1]) }.sorted()
        return TreeEnsemble(featureCount: features, splitRule: .lessOrEqual, link: .logistic, baseScore: -0.05,
                            roots: [0, 1], feature: [0, Int32(features - 1)],
                            threshold: [first[first.count / 2], last[last.count / 3]], left: [~0, ~2], right: [~1, ~3],
                            defaultLeft: [true, true], missing: [.nanToDefault, .nanToDefault],
                            leafValue: [0.4, -0.3, -0.2, 0.25])
    }

    @Test func predictionsBarByBarEqualTheBatchMatrixPredictions() throws {
        let bars = try ResearchData.read(HistDataM1Reader(), "histdata/DAT_ASCII_EURUSD_M1_201701.csv.gz", first: 3000)
        let spec = FeatureSpec.standard(timeframe: .m1)
        let frame = try FeatureFrame.build(spec, bars: bars)
        let width = frame.matrix.columnCount
        let model = Self.model(features: width, frame: frame)
        var signal = try ModelSignal(symbol: "EURUSD", pipeline: try FeaturePipeline(spec), model: model)
        var compared = 0
        for i in 0..<bars.count {
            let live = signal.update(symbol: "EURUSD", bar: bars[i])
            let row = frame.matrix.rowIndex(forBar: i, firstBar: frame.firstBar)
            guard i >= frame.firstBar + frame.warmUpRows, let row else {
                #expect(live == nil || i >= frame.firstBar + frame.warmUpRows)
                continue
            }
            let batch = (0..<width).map { Double(frame.matrix[row, $0]) }.withUnsafeBufferPointer { model.predict(row: $0) }
            #expect(live == batch, "bar \(i)")
            compared += 1
        }
        #expect(compared > 2000)
        #expect(signal.update(symbol: "GBPUSD", bar: bars[0]) == nil, "other symbols do not move the signal")
    }

    @Test func aModelOfAnotherWidthIsRefused() throws {
        let pipeline = try FeaturePipeline(FeatureSpec.standard(timeframe: .m1))
        let narrow = TreeEnsemble(featureCount: 1, splitRule: .lessOrEqual, link: .logistic, baseScore: 0, roots: [~0], feature: [],
                                  threshold: [], left: [], right: [], defaultLeft: [], missing: [], leafValue: [0])
        #expect(throws: SignalError.featureCountMismatch(model: 1, pipeline: pipeline.columnCount)) {
            try ModelSignal(symbol: "EURUSD", pipeline: pipeline, model: narrow)
        }
    }
}

extension FeatureMatrix {
    /// The matrix row of bar `bar` when rows start at bar `firstBar`.
    fileprivate func rowIndex(forBar bar: Int, firstBar: Int) -> Int? {
        let row = bar - firstBar
        return row >= 0 && row < rowCount ? row : nil
    }
}
