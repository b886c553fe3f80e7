import BallastCore

/// Supervised samples from one bar series: at every bar past the features' warm-up, a symmetric
/// triple-barrier event. A sample is the feature row at the event's start bar, its label is 1
/// when the event ended in profit for a long (log return > 0) and 0 otherwise, its span is the
/// bars the event covers (what purging and the uniqueness weights need), and its return is
/// the event's log return for a long. Unresolved events (the data ends first) are left out.
public struct LabelledEvents: Sendable {
    public let features: FeatureMatrix
    public let labels: [Double]
    /// The event's log return as a long position (a short earns its negative).
    public let returns: [Double]
    /// Start bar...end bar of each event, as indices into the bars.
    public let spans: [ClosedRange<Int64>]
    /// When each event starts (its start bar's open, UTC ns).
    public let times: [Int64]
    /// Average uniqueness of each event among the overlapping ones (López de Prado ch. 4).
    public let weights: [Double]

    public var count: Int { labels.count }

    /// Builds the events of `bars` with `spec`'s features and `barrier` (σ: close-to-close
    /// volatility over `volatilityPeriod` bars); `others` are cross-instrument series.
    public static func build(bars: BarColumns, spec: FeatureSpec, barrier: TripleBarrier, volatilityPeriod: Int = 20,
                             others: [String: BarColumns] = [:]) throws(FeatureSpecError) -> LabelledEvents {
        let frame = try FeatureFrame.build(spec, bars: bars, others: others)
        let sigma = BarVolatility.closeToClose(bars, period: volatilityPeriod)
        let starts = (frame.warmUpRows..<frame.matrix.rowCount).map(frame.barIndex(ofRow:)).filter { sigma[$0].isFinite && sigma[$0] > 0 }
        let outcomes = barrier.outcomes(bars, starts: starts, volatility: sigma).filter(\.isResolved)
        let width = frame.matrix.columnCount
        var values: [Float] = []
        values.reserveCapacity(outcomes.count * width)
        for outcome in outcomes {
            let row = outcome.start - frame.firstBar
            values += frame.matrix.values[(row * width)..<((row + 1) * width)]
        }
        return LabelledEvents(
            features: FeatureMatrix(columnNames: frame.matrix.columnNames, rowCount: outcomes.count, values: values),
            labels: outcomes.map { $0.logReturn > 0 ? 1 : 0 }, returns: outcomes.map(\.logReturn),
            spans: outcomes.map { Int64($0.start)...Int64($0.end) }, times: outcomes.map(\.startTime),
            weights: SampleWeights.averageUniqueness(spans: outcomes.map(\.span), barCount: bars.count))
    }

    /// The samples at `rows`, in that order.
    public func features(rows: [Int]) -> FeatureMatrix {
        let width = features.columnCount
        var values: [Float] = []
        values.reserveCapacity(rows.count * width)
        for row in rows { values += features.values[(row * width)..<((row + 1) * width)] }
        return FeatureMatrix(columnNames: features.columnNames, rowCount: rows.count, values: values)
    }
}
