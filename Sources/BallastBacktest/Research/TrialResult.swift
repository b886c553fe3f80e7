/// One configuration of a sweep and how it did.
public struct TrialResult: Sendable, Equatable {
    /// The configuration's own parameters (the template's base parameters not repeated).
    public var parameters: [String: String]
    public var stats: PerformanceStats
    /// The objective's value for this run.
    public var score: Double

    public init(parameters: [String: String], stats: PerformanceStats, score: Double) {
        self.parameters = parameters
        self.stats = stats
        self.score = score
    }

    /// Orders by score, best first; ties by the parameters' text, so a ranking never depends on
    /// which core finished first.
    static func ranksBefore(_ a: TrialResult, _ b: TrialResult) -> Bool {
        if a.score != b.score { return a.score > b.score || b.score.isNaN }
        return a.key < b.key
    }

    /// `k=v` pairs sorted by name.
    public var key: String {
        parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    }
}
