/// The last `capacity` values of a stream, read by lag (0 = the latest).
struct LagRing: Sendable {
    private var ring: [Double]
    private var index = 0
    private(set) var count = 0

    init(capacity: Int) {
        precondition(capacity > 0, "a lag ring must hold at least one value")
        ring = Array(repeating: .nan, count: capacity)
    }

    mutating func push(_ x: Double) {
        ring[index] = x
        index += 1
        if index == ring.count { index = 0 }
        if count < ring.count { count += 1 }
    }

    /// The value pushed `lag` pushes ago; NaN if there is none yet.
    func value(lag: Int) -> Double {
        guard lag < count else { return .nan }
        var i = index - 1 - lag
        if i < 0 { i += ring.count }
        return ring[i]
    }
}
