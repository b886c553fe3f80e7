import BallastCore

/// How walk-forward cuts a series: a training window, then the test window right after it,
/// stepping forward by the test length. Rolling windows keep the training length; anchored
/// ones keep the first bar and grow.
public struct WalkForwardPlan: Sendable, Hashable {
    /// A window length: a number of bars, or of calendar days (UTC) of bar open times.
    public enum Length: Sendable, Hashable {
        case bars(Int)
        case days(Int)
    }

    public var train: Length
    public var test: Length
    public var anchored: Bool

    public init(train: Length, test: Length, anchored: Bool = false) {
        self.train = train
        self.test = test
        self.anchored = anchored
    }

    /// The folds over bars opening at `times` (ascending); a last test window shorter than
    /// `test` is dropped so every fold is tested on a full window.
    public func windows(times: [Int64]) -> [WalkForwardWindow] {
        var out: [WalkForwardWindow] = []
        var trainStart = 0
        var testStart = advance(times, from: 0, by: train)
        while let start = testStart, start < times.count, let end = advance(times, from: start, by: test) {
            out.append(WalkForwardWindow(train: (anchored ? 0 : trainStart)..<start, test: start..<end))
            testStart = end
            if !anchored { trainStart = advance(times, from: trainStart, by: test) ?? times.count }
        }
        return out
    }

    /// The index `length` after `index`, or nil past the end of the series.
    func advance(_ times: [Int64], from index: Int, by length: Length) -> Int? {
        switch length {
        case .bars(let n):
            return n > 0 && index + n <= times.count ? index + n : nil
        case .days(let n):
            guard n > 0, index < times.count else { return nil }
            let limit = times[index] + Int64(n) * Timestamp.nanosPerDay
            guard let last = times.last, last >= limit else { return nil }
            var lo = index, hi = times.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if times[mid] < limit { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
    }
}
