import BallastCore

/// The one price per row that spikes are judged on: the close (bars), the mid or last price
/// (ticks), or the value (value series), skipping rows that have none.
///
/// Values are read straight from the payload's columns, block by block, so judging millions of
/// rows allocates no per-row array.
struct SpikeSeries {
    /// The columns the values come from.
    enum Source {
        case closes([Int64])
        case mids(bid: [Int64], ask: [Int64])
        case lasts([Int64])
        case values([Double])
    }

    let source: Source
    /// The payload row of each point, or nil when every row is a point (the usual case).
    let points: [Int]?
    /// How many points there are.
    let count: Int
    let label: String
    let digits: Int
    /// Prices are judged on log returns; plain values on differences.
    var isPrice: Bool {
        if case .values = source { return false }
        return true
    }

    /// `pricesPositive` says every close is known to be positive (no need to look).
    init(_ payload: ReadResult.Payload, digits: Int, pricesPositive: Bool = false) {
        self.digits = digits
        switch payload {
        case .bars(let b):
            (source, label) = (.closes(b.close), "close")
            points = pricesPositive ? nil : Self.rows(b.count) { b.close[$0] > 0 }
        case .ticks(let t):
            // `missing` is Int64.min, so `> 0` also says the price is there.
            let quoted = Self.rows(t.count) { t.bid[$0] > 0 && t.ask[$0] > 0 }
            if (quoted?.count ?? t.count) * 2 >= t.count {
                (source, label, points) = (.mids(bid: t.bid, ask: t.ask), "mid", quoted)
            } else {
                (source, label) = (.lasts(t.last), "last")
                points = Self.rows(t.count) { t.last[$0] > 0 }
            }
        case .values(let v):
            (source, label) = (.values(v.value), "value")
            points = Self.rows(v.count) { v.value[$0].isFinite }
        }
        count = points?.count ?? payload.count
    }

    /// The payload row of point `k`.
    func row(_ k: Int) -> Int { points?[k] ?? k }

    /// The value of point `k`.
    func value(_ k: Int) -> Double { Self.value(source, row(k)) }

    /// The point's value as text: a price with the series' digits, or the plain number.
    func text(_ k: Int) -> String {
        isPrice ? ValidationText.price(Int64(value(k).rounded()), digits: digits) : "\(value(k))"
    }

    /// Writes the values of points `range` to the start of `buffer`.
    func copyValues(_ range: Range<Int>, to buffer: UnsafeMutableBufferPointer<Double>) {
        // Bars with every close positive are the hot case: a plain conversion loop.
        if points == nil, case .closes(let closes) = source {
            closes.withUnsafeBufferPointer { c in
                for k in range { buffer[k - range.lowerBound] = Double(c[k]) }
            }
            return
        }
        for k in range { buffer[k - range.lowerBound] = Self.value(source, row(k)) }
    }

    private static func value(_ source: Source, _ i: Int) -> Double {
        switch source {
        case .closes(let close): Double(close[i])
        case .mids(let bid, let ask): (Double(bid[i]) + Double(ask[i])) / 2
        case .lasts(let last): Double(last[i])
        case .values(let value): value[i]
        }
    }

    /// nil when every one of `count` rows is a point, else the rows that are.
    private static func rows(_ count: Int, where isPoint: (Int) -> Bool) -> [Int]? {
        guard let firstMiss = (0..<count).first(where: { !isPoint($0) }) else { return nil }
        return Array(0..<firstMiss) + (firstMiss + 1..<count).filter(isPoint)
    }
}
