/// Per-column mean and standard deviation of a matrix's non-NaN values (a zero or undefined
/// deviation counts as 1), for standardising model inputs.
struct FeatureScaling {
    let mean: [Double]
    let scale: [Double]

    init(_ matrix: FeatureMatrix) {
        let width = matrix.columnCount
        var sum = [Double](repeating: 0, count: width), squares = sum, count = sum
        for row in 0..<matrix.rowCount {
            for column in 0..<width {
                let value = Double(matrix.values[row * width + column])
                guard !value.isNaN else { continue }
                sum[column] += value
                squares[column] += value * value
                count[column] += 1
            }
        }
        let means = (0..<width).map { count[$0] > 0 ? sum[$0] / count[$0] : 0 }
        mean = means
        scale = (0..<width).map { column in
            guard count[column] > 1 else { return 1 }
            let variance = max(squares[column] / count[column] - means[column] * means[column], 0)
            let deviation = variance.squareRoot()
            return deviation > 1e-12 * max(1, abs(means[column])) ? deviation : 1
        }
    }

    /// `[1, z₁, …, z_d]` for `row`: a leading 1 for the intercept, then standardised values
    /// (NaN becomes 0, the mean).
    func standardised(row: Int, of matrix: FeatureMatrix, into out: inout [Double]) {
        let width = matrix.columnCount
        out[0] = 1
        for column in 0..<width {
            let value = Double(matrix.values[row * width + column])
            out[column + 1] = value.isNaN ? 0 : (value - mean[column]) / scale[column]
        }
    }
}
