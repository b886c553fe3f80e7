import BallastCore
import Foundation
@testable import BallastData

/// The spike check as first written: every return and its z-score in arrays, median and MAD by
/// sorting each block. Slow and obviously right; the optimised `SpikeScorer` must agree with it
/// bit for bit.
struct ReferenceSpikes {
    var points: [Int] = []
    var values: [Double] = []
    var returns: [Double] = []
    var floors: [Double] = []
    var z: [Double] = []

    init(_ payload: ReadResult.Payload, digits: Int, window: Int) {
        var isPrice = true
        switch payload {
        case .bars(let b):
            for i in 0..<b.count where b.close[i] > 0 { points.append(i); values.append(Double(b.close[i])) }
        case .ticks(let t):
            let missing = TickColumns.missing
            let quoted = t.bid.indices.filter { t.bid[$0] > 0 && t.ask[$0] > 0 && t.bid[$0] != missing && t.ask[$0] != missing }
            if quoted.count * 2 >= t.count {
                for i in quoted { points.append(i); values.append((Double(t.bid[i]) + Double(t.ask[i])) / 2) }
            } else {
                for i in 0..<t.count where t.last[i] > 0 && t.last[i] != missing { points.append(i); values.append(Double(t.last[i])) }
            }
        case .values(let v):
            isPrice = false
            for i in 0..<v.count where v.value[i].isFinite { points.append(i); values.append(v.value[i]) }
        }
        let tick = Double(FixedDecimal.power10[Price.decimals - digits])
        for k in values.indices.dropLast() {
            if isPrice {
                returns.append(log(values[k + 1] / values[k]))
                floors.append(tick / values[k])
            } else {
                returns.append(values[k + 1] - values[k])
                floors.append(1e-12 * max(1, abs(values[k])))
            }
        }
        z = Self.robustScores(returns, floors, window: window)
    }

    /// The extreme returns: (index, return, z).
    func extremes(threshold: Double) -> [SpikeScorer.Extreme] {
        z.indices.filter { abs(z[$0]) > threshold }.map { SpikeScorer.Extreme(index: $0, value: returns[$0], z: z[$0]) }
    }

    /// The payload rows flagged as spikes, by the original loop.
    func flaggedRows(threshold: Double) -> [Int] {
        let m = points.count
        guard m >= 3 else { return [] }
        var rows: [Int] = []
        var k = 1
        while k < m - 1 {
            let out = z[k - 1], back = z[k]
            let r1 = returns[k - 1], r2 = returns[k]
            if abs(out) > threshold, abs(back) > threshold, (r1 > 0) != (r2 > 0), abs(r2) >= 0.5 * abs(r1) {
                rows.append(points[k])
                k += 2
            } else {
                k += 1
            }
        }
        return rows
    }

    static func robustScores(_ returns: [Double], _ floors: [Double], window: Int) -> [Double] {
        var z = [Double](repeating: 0, count: returns.count)
        var start = 0
        while start < returns.count {
            var end = min(start + window, returns.count)
            if returns.count - end < window / 2 { end = returns.count }
            let block = Array(returns[start..<end])
            let center = median(block)
            var scale = 1.4826 * median(block.map { abs($0 - center) })
            if scale == 0 { scale = 1.2533 * block.reduce(0) { $0 + abs($1 - center) } / Double(block.count) }
            for k in start..<end { z[k] = (returns[k] - center) / max(scale, floors[k]) }
            start = end
        }
        return z
    }

    static func median(_ xs: [Double]) -> Double {
        guard !xs.isEmpty else { return 0 }
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}

/// Deterministic synthetic series with the features that stress the spike scorer.
enum SyntheticSeries {
    /// A tiny LCG: reproducible and free of any randomness source.
    struct Generator {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        /// Roughly normal (sum of four uniforms), mean 0, sd 1.
        mutating func normal() -> Double { (next() + next() + next() + next() - 2) * 1.7320508 }
    }

    /// `count` M1-like closes on a 5-digit grid: volatility regimes that change threefold, quiet
    /// minutes with no change, a flat stretch (MAD zero), bad prints of many sizes, a step.
    static func closes(_ count: Int, seed: UInt64) -> [Int64] {
        var g = Generator(state: seed)
        var price = 1.1
        var closes: [Int64] = []
        for i in 0..<count {
            let regime = [1.0, 3.0, 0.5, 2.0][(i / 1700) % 4]
            if g.next() > 0.12 { price *= 1 + g.normal() * 0.00007 * regime }
            if (20_000..<22_500).contains(i) { price = 1.2 }  // flat: every return in a block is 0
            if i == 30_000 { price *= 1.04 }  // a genuine step
            closes.append(Int64((price * 1e5).rounded()) * 10_000)
        }
        for (offset, factor) in [(101, 1.002), (2_203, 0.995), (5_555, 1.05), (9_000, 0.7), (12_345, 1.3), (40_001, 1.0008)]
        where offset < count {
            closes[offset] = Int64((Double(closes[offset]) * factor / 10_000).rounded()) * 10_000
        }
        return closes
    }

    static func bars(_ count: Int, seed: UInt64) -> BarColumns {
        var bars = BarColumns()
        let start = Timestamp(year: 2024, month: 1, day: 8).nanoseconds
        for (i, close) in closes(count, seed: seed).enumerated() {
            bars.append(time: start + Int64(i) * 60 * Timestamp.nanosPerSecond, open: close, high: close + 20_000,
                        low: close - 20_000, close: close, tickVolume: 10, volume: 0, spread: 10)
        }
        return bars
    }

    /// A macro-like value series: crosses zero, repeats values, has NaN gaps.
    static func values(_ count: Int, seed: UInt64, scale: Double = 1) -> ValueColumns {
        var g = Generator(state: seed)
        var v = ValueColumns()
        var x = 0.5
        for i in 0..<count {
            if g.next() > 0.3 { x += g.normal() * 0.01 }
            if i % 97 == 13 { x = 0 }
            v.time.append(Int64(i) * Timestamp.nanosPerDay)
            v.value.append(i % 211 == 5 ? .nan : (i % 503 == 7 ? x + 3 : x) * scale)
        }
        return v
    }
}
