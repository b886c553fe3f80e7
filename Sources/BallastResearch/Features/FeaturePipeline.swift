import BallastCore

/// The features of a `FeatureSpec`, computed incrementally: update with each bar as it closes,
/// then read the row. `FeatureFrame.build` runs exactly this, bar by bar, to make a training
/// matrix, and a live model-signal strategy runs it on the bars it receives, so training and
/// trading see the same numbers (no train/serve skew).
///
/// Cross-instrument bars go to `observe(_:instrument:)`. To reproduce the batch exactly, observe
/// every other-instrument bar that closes at or before a primary bar's close before updating
/// with that primary bar (observing earlier is harmless: later bars wait until they are due).
public struct FeaturePipeline: Sendable {
    public let spec: FeatureSpec
    /// One name per column, in row order.
    public let columnNames: [String]
    /// The other instruments that cross-instrument features need, in index order.
    public let instruments: [String]
    /// Each other instrument's bar length, parallel to `instruments`.
    public let instrumentTimeframes: [Timeframe]
    private var calculators: [any FeatureCalculator]
    /// For each column, its calculator and that calculator's column.
    private let columnSource: [(calculator: Int, column: Int)]
    /// Each calculator's column count.
    private let widths: [Int]
    private var ready = false
    /// Bars seen so far.
    public private(set) var barCount = 0

    /// Builds the calculators; throws for an invalid spec (a bad period, an unknown zone...).
    public init(_ spec: FeatureSpec) throws(FeatureSpecError) {
        let made = try spec.makeCalculators()
        self.spec = spec
        calculators = made.calculators
        instruments = made.instruments
        instrumentTimeframes = made.timeframes
        columnNames = calculators.flatMap(\.columnNames)
        columnSource = calculators.enumerated().flatMap { i, c in c.columnNames.indices.map { (i, $0) } }
        widths = calculators.map(\.columnNames.count)
    }

    public var columnCount: Int { columnNames.count }

    /// Whether every feature is past its warm-up, so the current row has no warm-up NaN.
    public var isReady: Bool { ready }

    /// Takes the next primary bar at its close.
    public mutating func update(_ bar: Bar) {
        for i in calculators.indices { calculators[i].update(bar) }
        barCount += 1
        if !ready { ready = calculators.allSatisfy(\.isReady) }
    }

    /// Takes a bar of `instruments[instrument]`; bars of one instrument must come in time order.
    public mutating func observe(_ bar: Bar, instrument: Int) {
        for i in calculators.indices { calculators[i].observe(bar, instrument: instrument) }
    }

    /// Column `column` of the current row, as a `Double` before the matrix rounds it to `Float`.
    public func value(_ column: Int) -> Double {
        let source = columnSource[column]
        return calculators[source.calculator].value(source.column)
    }

    /// The current row exactly as `FeatureFrame` stores it (each value rounded to `Float`),
    /// widened to `Double` for `TreeEnsemble.predict(row:)`. `row` must hold `columnCount` values.
    public func modelRow(into row: inout [Double]) {
        precondition(row.count == columnCount, "a model row needs \(columnCount) values")
        var k = 0
        for i in calculators.indices {
            for c in 0..<widths[i] {
                row[k] = Double(Float(calculators[i].value(c)))
                k += 1
            }
        }
    }

    /// Writes the current row as `Float`s at `row` (`columnCount` of them).
    func write(to row: UnsafeMutablePointer<Float>) {
        var k = 0
        for i in calculators.indices {
            for c in 0..<widths[i] {
                row[k] = Float(calculators[i].value(c))
                k += 1
            }
        }
    }
}
