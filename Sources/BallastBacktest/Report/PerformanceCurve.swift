import BallastCore

/// Account equity over time, one point per bar, in the account currency (as `Double`: analytics
/// are research numbers; the ledger itself stays exact).
public struct PerformanceCurve: Sendable, Equatable {
    /// UTC nanoseconds of each point.
    public var times: [Int64]
    public var values: [Double]

    public init(times: [Int64] = [], values: [Double] = []) {
        precondition(times.count == values.count, "an equity curve needs one value per time")
        self.times = times
        self.values = values
    }

    public var count: Int { times.count }
    public var isEmpty: Bool { times.isEmpty }

    public mutating func append(time: Int64, value: Double) {
        times.append(time)
        values.append(value)
    }

    /// The last value of each UTC day that has points, as (day number, equity).
    public func dailyCloses() -> [(day: Int, value: Double)] {
        var out: [(day: Int, value: Double)] = []
        for (t, v) in zip(times, values) {
            let day = Int(floorDiv(t, Timestamp.nanosPerDay))
            if let last = out.last, last.day == day { out[out.count - 1].value = v } else { out.append((day, v)) }
        }
        return out
    }
}
