import BallastCore
import BallastResearch
import Testing

/// No train/serve skew: a pipeline fed one bar at a time, as a live strategy feeds it, gives rows
/// bit-identical to the batch matrix, even when the other instrument's bars arrive all at once
/// before the first primary bar.
@Suite struct FeatureSkewTests {
    @Test(arguments: try ResearchData.cases())
    func barByBarRowsEqualTheBatchMatrix(_ sample: ResearchData.Case) throws {
        let frame = try FeatureFrame.build(sample.spec, bars: sample.bars, others: ["OTHER": sample.other])
        var live = try FeaturePipeline(sample.spec)
        #expect(live.columnNames == frame.matrix.columnNames)
        for j in 0..<sample.other.count { live.observe(sample.other[j], instrument: 0) }
        var row = [Double](repeating: 0, count: live.columnCount)
        var mismatches = 0, readiness = 0
        for i in 0..<sample.bars.count {
            live.update(sample.bars[i])
            live.modelRow(into: &row)
            for c in 0..<row.count where row[c].bitPattern != Double(frame.matrix[i, c]).bitPattern { mismatches += 1 }
            if live.isReady != (i >= frame.warmUpRows) { readiness += 1 }
        }
        #expect(mismatches == 0)
        #expect(readiness == 0)
    }

    @Test func valueIsTheUnroundedCell() throws {
        let sample = try ResearchData.cases()[0]
        var live = try FeaturePipeline(sample.spec)
        for i in 0..<100 { live.update(sample.bars[i]) }
        let frame = try FeatureFrame.build(sample.spec, bars: sample.bars.selecting(Array(0..<100)), others: ["OTHER": BarColumns()])
        #expect(Float(live.value(0)) == frame.matrix[99, 0])
    }

    @Test func aCopiedPipelineIsIndependent() throws {
        let sample = try ResearchData.cases()[1]
        var original = try FeaturePipeline(sample.spec)
        for i in 0..<300 { original.update(sample.bars[i]) }
        var copy = original
        for i in 300..<400 { copy.update(sample.bars[i]) }
        var fresh = try FeaturePipeline(sample.spec)
        for i in 0..<300 { fresh.update(sample.bars[i]) }
        var a = [Double](repeating: 0, count: original.columnCount), b = a
        original.modelRow(into: &a)
        fresh.modelRow(into: &b)
        #expect(a.map(\.bitPattern) == b.map(\.bitPattern) && original.barCount == 300 && copy.barCount == 400)
    }
}
