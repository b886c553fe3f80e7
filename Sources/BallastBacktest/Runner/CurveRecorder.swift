import BallastCore
import BallastEngine

/// Writes the curve into the arrays being built during a run (valid only inside `run`).
@usableFromInline
struct CurveRecorder {
    @usableFromInline var time: UnsafeMutableBufferPointer<Int64>
    @usableFromInline var equity: UnsafeMutableBufferPointer<Double>
    @usableFromInline var count = 0
    /// Whether times are recorded (merged runs only).
    @usableFromInline var keepsTimes: Bool { time.count > 0 }

    @usableFromInline
    init(time: UnsafeMutableBufferPointer<Int64> = .init(start: nil, count: 0),
         equity: UnsafeMutableBufferPointer<Double> = .init(start: nil, count: 0)) {
        self.time = time
        self.equity = equity
        CurveMemory.preferHugePages(time)
        CurveMemory.preferHugePages(equity)
    }

    @inlinable
    mutating func record(time t: Int64, equity e: Double) {
        precondition(count < equity.count, "more bars than the series hold")
        if keepsTimes { (time.baseAddress.unsafelyUnwrapped + count).initialize(to: t) }
        (equity.baseAddress.unsafelyUnwrapped + count).initialize(to: e)
        count &+= 1
    }
}
