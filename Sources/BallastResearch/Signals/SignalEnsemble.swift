import BallastCore

/// Several model signals on one symbol combined into one position decision: the weighted mean
/// of their scores (each in [-1, 1]) against an entry threshold, unless a rule says to stand
/// aside (conflicting members, a volatility regime outside its range, an hour outside the
/// trading hours, a scheduled event). Runs bar by bar in backtests and live alike.
public struct SignalEnsemble: Sendable {
    /// What the ensemble decided after a bar.
    public struct Decision: Sendable, Equatable {
        /// -1 short, 0 flat, +1 long.
        public var direction: Int
        /// The weighted mean score (NaN while any member is warming up).
        public var score: Double
        /// Why the ensemble stands aside, when a rule made it.
        public var excludedBy: String?
    }

    public let symbol: String
    public private(set) var members: [ModelSignal]
    public let weights: [Double]
    private let weightSum: Double
    public let rules: EnsembleRules
    /// The score a long needs (a short needs its negative).
    public let entry: Double
    private var scores: [Double]
    private var volatility: CloseToCloseVolatilityFeature?

    public init(members: [ModelSignal], weights: [Double]? = nil, rules: EnsembleRules = EnsembleRules(),
                entry: Double = 0.1) throws(SignalError) {
        guard let first = members.first else { throw .noMembers }
        let weights = weights ?? Array(repeating: 1, count: members.count)
        guard weights.count == members.count else { throw .badRule("\(weights.count) weights for \(members.count) signals") }
        if let bad = weights.first(where: { !($0 > 0 && $0.isFinite) }) { throw .badWeight(bad) }
        guard members.allSatisfy({ $0.symbol == first.symbol }) else { throw .badRule("every signal must trade \(first.symbol)") }
        guard entry >= 0 && entry < 1 else { throw .badRule("entry \(entry) must be in [0, 1)") }
        try rules.validate()
        symbol = first.symbol
        self.members = members
        self.weights = weights
        weightSum = weights.reduce(0, +)
        self.rules = rules
        self.entry = entry
        scores = Array(repeating: .nan, count: members.count)
        volatility = rules.volatilityPeriod.map(CloseToCloseVolatilityFeature.init(period:))
    }

    /// Takes a closed bar of any symbol (`closeTime` is when it closed); after a bar of
    /// `symbol` returns the decision, else nil.
    public mutating func update(symbol: String, bar: Bar, closeTime: Timestamp) -> Decision? {
        for i in members.indices {
            if let prediction = members[i].update(symbol: symbol, bar: bar) { scores[i] = members[i].score(prediction) }
        }
        guard symbol == self.symbol else { return nil }
        volatility?.update(bar)
        let score = zip(scores, weights).reduce(0) { $0 + $1.0 * $1.1 } / weightSum
        guard score.isFinite else { return Decision(direction: 0, score: .nan, excludedBy: "warm-up") }
        if let reason = exclusion(at: closeTime) { return Decision(direction: 0, score: score, excludedBy: reason) }
        let direction = score >= entry && score > 0 ? 1 : score <= -entry && score < 0 ? -1 : 0
        return Decision(direction: direction, score: score, excludedBy: nil)
    }

    /// The first rule that keeps the ensemble out of the market at `time`, if any.
    private func exclusion(at time: Timestamp) -> String? {
        if let window = rules.noTradeWindows.first(where: { $0.start <= time && time < $0.end }) {
            return "no-trade window: \(window.reason)"
        }
        if let hours = rules.hours {
            let hour = Int((time.nanoseconds / Timestamp.nanosPerSecond % 86_400 + 86_400) % 86_400 / 3_600)
            if !hours.contains(hour) { return "outside trading hours (\(hour):00 UTC)" }
        }
        if let range = rules.volatilityRange, let volatility {
            let value = volatility.value(0)
            if !volatility.isReady || !range.contains(value) { return "volatility \(value) outside \(range)" }
        }
        if let band = rules.conflictBand, scores.contains(where: { $0 >= band }), scores.contains(where: { $0 <= -band }) {
            return "conflicting signals"
        }
        return nil
    }
}
