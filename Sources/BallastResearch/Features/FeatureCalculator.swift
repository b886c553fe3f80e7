import BallastCore

/// One incremental feature: updated with one bar at its close, then read.
///
/// A calculator sees bars strictly in time order and never anything later than the bar it was
/// last updated with, so every value it reports is causal by construction. The batch builder
/// (`FeatureBuilder`) and a live strategy (`FeaturePipeline`) run the same calculators, so a
/// model sees the same numbers in training and in trading.
public protocol FeatureCalculator: Sendable {
    /// The names of the columns this calculator fills, in order (`rsi_14`).
    var columnNames: [String] { get }
    /// Whether every column has a value (the warm-up is over). Once true it stays true.
    var isReady: Bool { get }
    /// Takes the next bar of the primary series, at its close.
    mutating func update(_ bar: Bar)
    /// Takes a bar of another instrument (the `instrument`-th of the pipeline's `instruments`).
    /// Only cross-instrument calculators use it; the default ignores it.
    mutating func observe(_ bar: Bar, instrument: Int)
    /// The value of column `column` as of the last update; NaN during the warm-up.
    func value(_ column: Int) -> Double
}

extension FeatureCalculator {
    public mutating func observe(_ bar: Bar, instrument: Int) {}
}
