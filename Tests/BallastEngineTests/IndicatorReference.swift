import BallastCore
import BallastData
import BallastTestSupport

/// Real bars for indicator tests, and textbook (array, non-incremental) versions of each
/// indicator to compare the incremental ones with.
enum IndicatorReference {
    /// XAUUSD H1, 4,858 bars of 2025 (two-digit prices).
    static let bars: [Bar] = {
        guard let source = try? ByteSource(path: TestData.path("mt5/XAUUSD_H1_20250102-20251027.csv.gz")),
              let result = try? MT5BarsReader().read(source, options: ReadOptions(zone: .fixed(seconds: 7200))),
              case .bars(let columns) = result.payload else { return [] }
        return (0..<columns.count).map { columns[$0] }
    }()

    static var closes: [Double] { bars.map(\.close.doubleValue) }

    static func mean(_ x: ArraySlice<Double>) -> Double { x.reduce(0, +) / Double(x.count) }

    static func populationDeviation(_ x: ArraySlice<Double>) -> Double {
        let m = mean(x)
        return (x.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(x.count)).squareRoot()
    }

    /// EMA seeded with the mean of the first `n` values; nil before.
    static func ema(_ x: [Double], _ n: Int) -> [Double?] {
        var out: [Double?] = Array(repeating: nil, count: x.count)
        guard x.count >= n else { return out }
        let alpha = 2 / Double(n + 1)
        var value = mean(x[0..<n])
        out[n - 1] = value
        for t in n..<x.count {
            value = alpha * x[t] + (1 - alpha) * value
            out[t] = value
        }
        return out
    }

    /// Wilder's smoothing of `x`: the mean of the first `n`, then (prev·(n−1) + x)/n.
    static func wilder(_ x: [Double], _ n: Int) -> [Double?] {
        var out: [Double?] = Array(repeating: nil, count: x.count)
        guard x.count >= n else { return out }
        var value = mean(x[0..<n])
        out[n - 1] = value
        for t in n..<x.count {
            value = (value * Double(n - 1) + x[t]) / Double(n)
            out[t] = value
        }
        return out
    }

    static func rsi(_ closes: [Double], _ n: Int) -> [Double?] {
        let changes = zip(closes.dropFirst(), closes).map { $0 - $1 }
        let gains = wilder(changes.map { max($0, 0) }, n), losses = wilder(changes.map { max(-$0, 0) }, n)
        return [nil] + zip(gains, losses).map { g, l in
            guard let g, let l else { return nil }
            return l == 0 ? (g == 0 ? 50 : 100) : 100 - 100 / (1 + g / l)
        }
    }

    static func atr(_ bars: [Bar], _ n: Int) -> [Double?] {
        let ranges = bars.indices.map { t -> Double in
            let b = bars[t], h = b.high.doubleValue, l = b.low.doubleValue
            guard t > 0 else { return h - l }
            let c = bars[t - 1].close.doubleValue
            return max(h - l, abs(h - c), abs(l - c))
        }
        return wilder(ranges, n)
    }

    /// Whether `a` and `b` agree to `tolerance` relative to the larger magnitude (and 1).
    static func close(_ a: Double?, _ b: Double?, _ tolerance: Double = 1e-9) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let a?, let b?): return abs(a - b) <= tolerance * max(1, abs(a), abs(b))
        default: return false
        }
    }
}
