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

    /// One feature kind with its parameters; fields a kind does not use are ignored, missing
    /// ones take the kind's defaults, and unknown (misspelt) keys are refused.
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

        enum CodingKeys: String, CodingKey, CaseIterable {
            case kind, periods, fast, slow, signal, width, sessions, overlaps, volume, instrument, timeframe
        }

        public init(from decoder: any Decoder) throws {
            try UnknownKeys.check(decoder, known: CodingKeys.allCases.map(\.rawValue), in: "feature entry")
            let c = try decoder.container(keyedBy: CodingKeys.self)
            kind = try c.decode(FeatureKind.self, forKey: .kind)
            periods = try c.decodeIfPresent([Int].self, forKey: .periods)
            fast = try c.decodeIfPresent(Int.self, forKey: .fast)
            slow = try c.decodeIfPresent(Int.self, forKey: .slow)
            signal = try c.decodeIfPresent(Int.self, forKey: .signal)
            width = try c.decodeIfPresent(Double.self, forKey: .width)
            sessions = try c.decodeIfPresent([SessionHours].self, forKey: .sessions)
            overlaps = try c.decodeIfPresent([[String]].self, forKey: .overlaps)
            volume = try c.decodeIfPresent(VolumeFeature.Source.self, forKey: .volume)
            instrument = try c.decodeIfPresent(String.self, forKey: .instrument)
            timeframe = try c.decodeIfPresent(Timeframe.self, forKey: .timeframe)
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case timeframe, features
    }

    public init(from decoder: any Decoder) throws {
        try UnknownKeys.check(decoder, known: CodingKeys.allCases.map(\.rawValue), in: "feature spec")
        let c = try decoder.container(keyedBy: CodingKeys.self)
        timeframe = try c.decode(Timeframe.self, forKey: .timeframe)
        features = try c.decode([Entry].self, forKey: .features)
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
