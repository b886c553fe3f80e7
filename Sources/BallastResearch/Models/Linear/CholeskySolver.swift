/// Solves `A x = b` for a small symmetric positive-definite `A` by Cholesky factorisation.
enum CholeskySolver {
    /// `A` is given by its upper triangle, row-major (`a[i * size + j]` for `j >= i`).
    /// Returns nil when `A` is not positive definite.
    static func solve(symmetricUpper a: [Double], size n: Int, rightHandSide b: [Double]) -> [Double]? {
        var l = [Double](repeating: 0, count: n * n)  // lower factor, A = L Lᵀ
        for i in 0..<n {
            for j in 0...i {
                var sum = a[j * n + i]
                for k in 0..<j { sum -= l[i * n + k] * l[j * n + k] }
                if i == j {
                    guard sum > 0 else { return nil }
                    l[i * n + i] = sum.squareRoot()
                } else {
                    l[i * n + j] = sum / l[j * n + j]
                }
            }
        }
        var y = b
        for i in 0..<n {
            for k in 0..<i { y[i] -= l[i * n + k] * y[k] }
            y[i] /= l[i * n + i]
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            for k in (i + 1)..<n { y[i] -= l[k * n + i] * y[k] }
            y[i] /= l[i * n + i]
        }
        return y
    }
}
