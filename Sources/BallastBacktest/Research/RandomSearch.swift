import BallastCore

/// Random search: `draws` configurations, each parameter drawn uniformly from its range by a
/// seeded SplitMix64, so the same seed gives the same configurations.
public struct RandomSearch: Sendable, Hashable {
    public var ranges: [ParameterRange]
    public var draws: Int
    public var seed: UInt64

    public init(ranges: [ParameterRange], draws: Int, seed: UInt64 = 1) {
        self.ranges = ranges
        self.draws = max(0, draws)
        self.seed = seed
    }

    /// The configurations, in draw order; each is laid over `fixed` (a grid's or the caller's values).
    public func configurations(over fixed: [String: String] = [:]) -> [[String: String]] {
        var random = SplitMix64(seed: seed)
        return (0..<draws).map { _ in
            var parameters = fixed
            for range in ranges { parameters[range.name] = range.draw(&random) }
            return parameters
        }
    }
}
