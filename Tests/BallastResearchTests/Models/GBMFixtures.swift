import BallastCore
import BallastResearch

/// Seeded synthetic data sets for the boosting tests.
enum GBMFixtures {
    /// `rows` points uniform in [-1, 1]² plus `noise` uninformative columns; the label is 1 when
    /// x0·x1 > 0 (an XOR no single split can learn).
    static func xor(rows: Int, noise: Int = 2, seed: UInt64) -> (FeatureMatrix, [Double]) {
        var random = SplitMix64(seed: seed)
        var values: [Float] = [], labels: [Double] = []
        for _ in 0..<rows {
            let x0 = random.nextUnit() * 2 - 1, x1 = random.nextUnit() * 2 - 1
            values += [Float(x0), Float(x1)] + (0..<noise).map { _ in Float(random.nextGaussian()) }
            labels.append(x0 * x1 > 0 ? 1 : 0)
        }
        let names = ["x0", "x1"] + (0..<noise).map { "noise\($0)" }
        return (FeatureMatrix(columnNames: names, rowCount: rows, values: values), labels)
    }

    /// Gaussian columns with labels that are coin flips: nothing to learn.
    static func noise(rows: Int, columns: Int, seed: UInt64) -> (FeatureMatrix, [Double]) {
        var random = SplitMix64(seed: seed)
        let values = (0..<(rows * columns)).map { _ in Float(random.nextGaussian()) }
        let labels = (0..<rows).map { _ in random.nextUnit() < 0.5 ? 0.0 : 1.0 }
        return (FeatureMatrix(columnNames: (0..<columns).map { "c\($0)" }, rowCount: rows, values: values), labels)
    }
}
