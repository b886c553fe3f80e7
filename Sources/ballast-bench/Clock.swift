import BallastCore
import BallastData
import Foundation

/// Monotonic time for benchmarks.
enum Clock {
    static var now: UInt64 { DispatchTime.now().uptimeNanoseconds }
    static func since(_ start: UInt64) -> Double { Double(now - start) / 1e9 }

    /// CPU time (user and system) this process has used, in seconds: on a shared machine,
    /// CPU per order is steadier than wall-clock throughput.
    static var processCPU: Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
