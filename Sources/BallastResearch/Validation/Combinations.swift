/// The `k`-element subsets of `0..<n` in lexicographic order: the split order of combinatorial
/// purged cross-validation and the partition order of CSCV.
enum Combinations {
    static func all(of n: Int, choose k: Int) -> [[Int]] {
        guard k >= 0, k <= n else { return [] }
        var result: [[Int]] = []
        var current = Array(0..<k)
        while true {
            result.append(current)
            // Advance the rightmost position that can still move right.
            var position = k - 1
            while position >= 0 && current[position] == n - k + position { position -= 1 }
            if position < 0 { return result }
            current[position] += 1
            for next in (position + 1)..<k { current[next] = current[next - 1] + 1 }
        }
    }

    /// C(n, k) as a `Double` (exact for the sizes used here).
    static func count(_ n: Int, _ k: Int) -> Double {
        guard k >= 0, k <= n else { return 0 }
        var value = 1.0
        for i in 0..<min(k, n - k) { value = value * Double(n - i) / Double(i + 1) }
        return value.rounded()
    }
}
