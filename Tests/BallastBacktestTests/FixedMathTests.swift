@testable import BallastBacktest
import Testing

@Suite struct FixedMathTests {
    @Test(arguments: [
        (Int128(7), Int128(2), Int64(4)), (-7, 2, -4), (7, -2, -4), (-7, -2, 4), (5, 10, 1), (-5, 10, -1), (4, 10, 0),
        // Beyond 64 bits: 1.1e23 / 1e12 (the hardware path) and a divisor above 64 bits (the software path).
        (110_000_000_000_000_000_000_000, 1_000_000_000_000, 110_000_000_000), (Int128(1) << 100, Int128(1) << 70, 1 << 30),
    ])
    func roundsHalfAwayFromZero(value: Int128, divisor: Int128, expected: Int64) {
        #expect(FixedMath.divideRounded(value, by: divisor) == expected)
    }

    @Test(arguments: [(Int128(5), Int128(10), Int64(1)), (-5, 10, 0), (-15, 10, -1), (-16, 10, -2), (14, 10, 1), (-1, 3, 0)])
    func roundsHalfUp(value: Int128, divisor: Int128, expected: Int64) {
        #expect(FixedMath.divideRoundedUp(value, by: divisor) == expected)
    }
}
