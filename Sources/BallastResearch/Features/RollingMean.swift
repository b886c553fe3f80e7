/// The mean of the last `period` values of a `Double` stream, O(1) per update.
///
/// The running sum is recomputed from the ring once per `period` updates, so rounding error
/// cannot accumulate over a long run; the result depends only on the values pushed, so a batch
/// and a live run agree bit for bit.
struct RollingMean: Sendable {
    let period: Int
    private var ring: [Double]
    private var index = 0
    private var seen = 0
    private var sum = 0.0

    init(period: Int) {
        precondition(period > 0, "a window must hold at least one value")
        self.period = period
        ring = Array(repeating: 0, count: period)
    }

    var isReady: Bool { seen >= period }

    /// The mean of the window; NaN until `period` values have been pushed.
    var mean: Double { isReady ? sum / Double(period) : .nan }

    mutating func push(_ x: Double) {
        sum += x - ring[index]
        ring[index] = x
        index += 1
        if index == period {
            index = 0
            sum = ring.reduce(0, +)
        }
        if seen < period { seen += 1 }
    }
}
