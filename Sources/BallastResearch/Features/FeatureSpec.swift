import BallastCore

/// Which features to compute and with which periods: a plain `Codable` value, so a research
/// run reads it from JSON or YAML and records it with its results.
///
/// ```json
/// {"timeframe": "M1", "features": [
///   {"kind": "logReturn", "periods": [1, 5, 20]}, {"kind": "rsi"}, {"kind": "sessions"},
///   {"kind": "macd", "fast": 12, "slow": 26, "signal": 9},
///   {"kind": "crossReturn", "instrument": "GBPUSD", "timeframe": "M1", "periods": [1, 5]}]}
/// ```
/// Columns come out in entry order, and within an entry in period order.
public struct FeatureSpec: Codable, Sendable, Hashable {
    /// The primary series' bar length: a bar closes at its open time plus this.
    public var timeframe: Timeframe
    public var features: [Entry]

    /// One feature kind with its parameters; fields a kind does not use are ignored, and
    /// missing ones take the kind's defaults.
    public struct Entry: Codable, Sendable, Hashable {
        public var kind: FeatureKind
        /// Periods or horizons in bars (`FeatureKind.defaultPeriods` when absent).
        public var periods: [Int]?
        /// MACD EMA periods (12, 26, 9 when absent).
        public var fast: Int?
        public var slow: Int?
        public var signal: Int?
        /// Bollinger band width in standard deviations (2 when absent).
        public var width: Double?
        /// Sessions for `sessions` (Tokyo, London, New York when absent).
        public var sessions: [SessionHours]?
        /// Pairs of session names to flag when both are open (`[["london", "newyork"]]` when absent).
        public var overlaps: [[String]]?
        /// Volume source for `volume` (`tick` when absent).
        public var volume: VolumeFeature.Source?
        /// The other instrument for `crossReturn` (required there).
        public var instrument: String?
        /// The other instrument's bar length for `crossReturn` (the spec's timeframe when absent).
        public var timeframe: Timeframe?

        public init(_ kind: FeatureKind, periods: [Int]? = nil) {
            self.kind = kind
            self.periods = periods
        }
    }

    public init(timeframe: Timeframe, features: [Entry]) {
        self.timeframe = timeframe
        self.features = features
    }

    /// Every kind with its default parameters (cross-instrument features excepted: they need
    /// another series).
    public static func standard(timeframe: Timeframe) -> FeatureSpec {
        FeatureSpec(timeframe: timeframe, features: FeatureKind.allCases.filter { $0 != .crossReturn }.map { Entry($0) })
    }
}
