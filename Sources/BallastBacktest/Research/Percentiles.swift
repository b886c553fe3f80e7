/// The 5th, 50th and 95th percentiles of a sample (linear interpolation between order statistics).
public struct Percentiles: Sendable, Equatable, Codable {
    public var p5: Double
    public var p50: Double
    public var p95: Double

    public init(p5: Double, p50: Double, p95: Double) {
        self.p5 = p5
        self.p50 = p50
        self.p95 = p95
    }

    /// The percentiles of `values`; all zero for an empty sample.
    public init(_ values: [Double]) {
        let sorted = values.sorted()
        self.init(p5: Self.quantile(sorted, 0.05), p50: Self.quantile(sorted, 0.5), p95: Self.quantile(sorted, 0.95))
    }

    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        guard let first = sorted.first else { return 0 }
        guard sorted.count > 1 else { return first }
        let position = q * Double(sorted.count - 1)
        let below = Int(position.rounded(.down)), above = min(below + 1, sorted.count - 1)
        return sorted[below] + (sorted[above] - sorted[below]) * (position - Double(below))
    }
}
