/// The first four moments of a return series, as the Sharpe-ratio statistics use them.
///
/// `standardDeviation` is the sample estimate (n − 1); `skewness` and `kurtosis` are the population
/// moment ratios m₃/m₂^{3/2} and m₄/m₂² (kurtosis is *not* excess: 3 for a normal distribution), the
/// γ₃ and γ₄ of Bailey and López de Prado.
public struct ReturnMoments: Sendable, Codable, Equatable {
    public let count: Int
    public let mean: Double
    public let standardDeviation: Double
    public let skewness: Double
    public let kurtosis: Double

    public init(_ returns: [Double]) {
        count = returns.count
        let n = Double(count)
        mean = returns.reduce(0, +) / n
        var m2 = 0.0, m3 = 0.0, m4 = 0.0
        for value in returns {
            let d = value - mean, d2 = d * d
            m2 += d2
            m3 += d2 * d
            m4 += d2 * d2
        }
        standardDeviation = count > 1 ? (m2 / (n - 1)).squareRoot() : .nan
        m2 /= n
        m3 /= n
        m4 /= n
        skewness = m3 / (m2 * m2.squareRoot())
        kurtosis = m4 / (m2 * m2)
    }

    /// Mean over sample standard deviation, per period (not annualised); NaN or infinite when the
    /// returns have no dispersion.
    public var sharpeRatio: Double { mean / standardDeviation }
}
