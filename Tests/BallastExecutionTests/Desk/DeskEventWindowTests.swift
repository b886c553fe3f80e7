import BallastCore
import BallastRisk
import Testing

/// The sliding window gives the same answers as the straightforward O(n) version it replaced.
@Suite struct DeskEventWindowTests {
    /// The former implementation: append, filter out the expired, count by scanning.
    struct NaiveWindow {
        let length: Int64
        var instants: [Timestamp] = []

        mutating func record(at time: Timestamp) {
            instants.append(time)
            let cutoff = time.nanoseconds - length
            instants.removeAll { $0.nanoseconds <= cutoff }
        }

        func count(at time: Timestamp, seconds: Int64?) -> Int {
            let span = seconds.map { min($0 * Timestamp.nanosPerSecond, length) } ?? length
            let cutoff = time.nanoseconds - span
            return instants.reduce(0) { $0 + ($1.nanoseconds > cutoff && $1 <= time ? 1 : 0) }
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func matchesTheNaiveWindowOnRandomInOrderEvents(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var window = EventWindow(seconds: 60)
        var naive = NaiveWindow(length: 60 * Timestamp.nanosPerSecond)
        var time = Timestamp(year: 2024, month: 3, day: 5)
        for _ in 0..<5_000 {
            // Bursts (same instant) and gaps up to two minutes.
            let burst = random.next() % 3 == 0
            let gapMillis: UInt64 = burst ? 0 : random.next() % 120_000
            time = time + Int64(gapMillis) * 1_000_000
            window.record(at: time)
            naive.record(at: time)
            let probeMillis = Int64(random.next() % 90_000) - 30_000
            let probe = time + probeMillis * 1_000_000
            let whole = random.next() % 2 == 0
            let seconds: Int64? = whole ? nil : Int64(random.next() % 90)
            #expect(window.count(at: probe, seconds: seconds) == naive.count(at: probe, seconds: seconds))
            #expect(window.instants == naive.instants)
        }
    }

    @Test func handComputedCountsAndEquality() {
        let t = Timestamp(year: 2024, month: 3, day: 5)
        let s = Timestamp.nanosPerSecond
        var window = EventWindow(seconds: 60)
        for offset: Int64 in [0, 10, 10, 30, 65] { window.record(at: t + offset * s) }
        // At 65 s: 0 fell out (≤ 65 − 60 = 5); 10, 10, 30, 65 remain.
        #expect(window.instants == [10, 10, 30, 65].map { t + $0 * s })
        #expect(window.count(at: t + 65 * s) == 4)
        #expect(window.count(at: t + 65 * s, seconds: 40) == 2)  // (25, 65]: 30 and 65
        #expect(window.count(at: t + 30 * s) == 3)  // (−30, 30]: 10, 10, 30
        // An event out of order is placed in time order.
        window.record(at: t + 20 * s)
        #expect(window.instants == [10, 10, 20, 30, 65].map { t + $0 * s })
        // Equal windows compare equal whatever their dropped prefix.
        var other = EventWindow(seconds: 60)
        for offset: Int64 in [10, 10, 20, 30, 65] { other.record(at: t + offset * s) }
        #expect(window == other && window.hashValue == other.hashValue)
    }

    @Test func aLongRunStaysFast() {
        // 200 000 events a millisecond apart, counted after each: O(n log n) takes a fraction of a
        // second; the former O(n) count would scan up to 60 000 instants each time (~10¹⁰ steps).
        var window = EventWindow(seconds: 60)
        var total = 0
        let t = Timestamp(year: 2024, month: 3, day: 5)
        for i in 0..<200_000 as Range<Int64> {
            window.record(at: t + i * 1_000_000)
            total &+= window.count(at: t + i * 1_000_000, seconds: 60)
        }
        // After the first 60 000 the window holds exactly 60 000 events (60 s at 1 ms).
        #expect(window.count(at: t + 199_999 * 1_000_000) == 60_000)
        #expect(total > 0)
    }
}
