import BallastCore
import BallastData
import Foundation

/// Monotonic time for benchmarks.
enum Clock {
    static var now: UInt64 { DispatchTime.now().uptimeNanoseconds }
    static func since(_ start: UInt64) -> Double { Double(now - start) / 1e9 }
}
