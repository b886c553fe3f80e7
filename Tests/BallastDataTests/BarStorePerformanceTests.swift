import BallastCore
import Foundation
import Testing
@testable import BallastData

/// Writes 5,000,000 M1 bars (about 300 MB) and times loading them. Opt-in, because it needs
/// the disk space and a minute of a shared machine: `BALLAST_PERF_TESTS=1 swift test --filter BarStorePerformance`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["BALLAST_PERF_TESTS"] != nil))
struct BarStorePerformanceTests {
    @Test func loadingFiveMillionM1BarsIsMmapAndHeadersOnly() throws {
        try withTempHome { home in
            let store = BarStore(home: home)
            let key = try SeriesKey.bars("EURUSD", .m1)
            let n = 5_000_000
            var bars = BarColumns()
            bars.reserve(n)
            let start = Timestamp(year: 2015, month: 1, day: 1).nanoseconds
            for i in 0..<n {
                let p = 1_100_000_000 + Int64(i % 1000) * 10_000
                bars.append(time: start + Int64(i) * 60_000_000_000, open: p, high: p + 1, low: p - 1, close: p,
                            tickVolume: 1, volume: 0, spread: 1)
            }
            _ = try store.importBars(bars, into: key, digits: 5, zone: "UTC")
            var best = Duration.seconds(1)
            for _ in 0..<5 {
                let clock = ContinuousClock()
                let elapsed = try clock.measure {
                    let stored = try store.bars(key)
                    #expect(stored.count == n)
                }
                best = min(best, elapsed)
            }
            print("load of \(n) M1 bars: best of 5 = \(best)")
            #expect(best < .milliseconds(20))
            let clock = ContinuousClock()
            var healthy = false
            let verify = try clock.measure { healthy = try store.verify(key).isHealthy }
            #expect(healthy)
            print("verify of \(n) M1 bars: \(verify)")
        }
    }
}
