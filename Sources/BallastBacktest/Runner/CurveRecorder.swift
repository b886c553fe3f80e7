import BallastCore
import BallastEngine

/// Writes the curve into the arrays being built during a run (valid only inside `run`).
///
/// Equity goes in as raw money (micro-units, the `Int64`'s bits in the `Double` slot) and
/// `finish` turns the whole column into account-currency units at the end: the same values,
/// but one division per bar in a vectorised loop instead of a scalar one on every bar's path.
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
    mutating func record(time t: Int64, equityRaw e: Int64) {
        precondition(count < equity.count, "more bars than the series hold")
        if keepsTimes { (time.baseAddress.unsafelyUnwrapped + count).initialize(to: t) }
        (equity.baseAddress.unsafelyUnwrapped + count).initialize(to: Double(bitPattern: UInt64(bitPattern: e)))
        count &+= 1
    }

    /// Converts the raw amounts recorded so far into account-currency units.
    @usableFromInline
    func finish() {
        guard let base = equity.baseAddress else { return }
        let scale = Double(Money.scale)
        for i in 0..<count { base[i] = Double(Int64(bitPattern: base[i].bitPattern)) / scale }
    }
}
