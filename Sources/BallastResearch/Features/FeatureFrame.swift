import BallastCore

/// A feature matrix over a bar series: row `r` holds the features of bar `firstBar + r`,
/// computed at that bar's close from it and earlier bars only.
public struct FeatureFrame: Sendable, Equatable {
    public var matrix: FeatureMatrix
    /// Open time (UTC nanoseconds) of each row's bar.
    public var times: [Int64]
    /// The bar index of row 0 (0 unless warm-up rows were dropped).
    public var firstBar: Int
    /// Leading rows in which some feature is still warming up (and holds NaN).
    public var warmUpRows: Int

    public init(matrix: FeatureMatrix, times: [Int64], firstBar: Int, warmUpRows: Int) {
        precondition(times.count == matrix.rowCount, "one time per row")
        self.matrix = matrix
        self.times = times
        self.firstBar = firstBar
        self.warmUpRows = warmUpRows
    }

    /// The bar index of row `row`.
    public func barIndex(ofRow row: Int) -> Int { firstBar + row }

    /// The frame without its warm-up rows: every remaining row has every feature past warm-up.
    public func droppingWarmUp() -> FeatureFrame {
        FeatureFrame(matrix: matrix.rows(warmUpRows..<matrix.rowCount), times: Array(times[warmUpRows...]),
                     firstBar: firstBar + warmUpRows, warmUpRows: 0)
    }

    /// Runs a fresh `FeaturePipeline` over `bars` (in time order), one bar at a time, and
    /// stores every row.
    ///
    /// `others` holds the bars of each instrument the spec's cross-instrument features name
    /// (`FeaturePipeline.instruments`), each in time order. Before each primary bar, the other bars that close at or
    /// before its close are observed, which is also what a live run does.
    public static func build(_ spec: FeatureSpec, bars: BarColumns,
                             others: [String: BarColumns] = [:]) throws(FeatureSpecError) -> FeatureFrame {
        var pipeline = try FeaturePipeline(spec)
        var series: [BarColumns] = []
        for name in pipeline.instruments {
            guard let other = others[name] else { throw FeatureSpecError("others", "no bars given for '\(name)'") }
            series.append(other)
        }
        let otherBar = pipeline.instrumentTimeframes.map { $0.seconds * Timestamp.nanosPerSecond }
        let primaryBar = spec.timeframe.seconds * Timestamp.nanosPerSecond
        let width = pipeline.columnCount, n = bars.count
        var cursors = Array(repeating: 0, count: series.count)
        var warmUp = n
        var values = [Float](repeating: .nan, count: n * width)
        values.withUnsafeMutableBufferPointer { out in
            for i in 0..<n {
                let close = bars.time[i] + primaryBar
                for k in series.indices {
                    while cursors[k] < series[k].count, series[k].time[cursors[k]] + otherBar[k] <= close {
                        pipeline.observe(series[k][cursors[k]], instrument: k)
                        cursors[k] += 1
                    }
                }
                pipeline.update(bars[i])
                if warmUp == n, pipeline.isReady { warmUp = i }
                pipeline.write(to: out.baseAddress! + i * width)
            }
        }
        return FeatureFrame(matrix: FeatureMatrix(columnNames: pipeline.columnNames, rowCount: n, values: values),
                            times: bars.time, firstBar: 0, warmUpRows: warmUp)
    }
}
