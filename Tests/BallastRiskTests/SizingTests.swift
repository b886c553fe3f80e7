import BallastCore
import Testing
@testable import BallastRisk

@Suite struct SizingTests {
    typealias F = RiskFixtures

    @Test func volatilityTarget() throws {
        // 100 000 × 0.10 / 0.08 = 125 000 USD of EURUSD; one lot at 1.1 is 110 000 USD;
        // 125 000 / 110 000 = 1.13636… lots → 1.13 at step 0.01.
        let sizing = try VolatilityTargetSizing(targetVolatility: 0.10)
        #expect(sizing.quantity(equity: F.usd("100000"), instrumentVolatility: 0.08, price: F.price("1.1"), instrument: F.eurusd) == F.lots("1.13"))
        // Capped at 1 lot.
        let capped = try VolatilityTargetSizing(targetVolatility: 0.10, maxLots: F.lots("1"))
        #expect(capped.quantity(equity: F.usd("100000"), instrumentVolatility: 0.08, price: F.price("1.1"), instrument: F.eurusd) == F.lots("1"))
        // No volatility, no size.
        #expect(sizing.quantity(equity: F.usd("100000"), instrumentVolatility: 0, price: F.price("1.1"), instrument: F.eurusd) == .zero)
    }

    @Test func cappedFractionalKelly() throws {
        // kelly = 0.55 − 0.45 / 1.5 = 0.25; half Kelly 0.125; capped at 0.10.
        let kelly = try KellySizing(winProbability: 0.55, payoffRatio: 1.5, fraction: 0.5, cap: 0.10)
        #expect(abs(kelly.fullKelly - 0.25) < 1e-12)
        #expect(kelly.equityFraction == 0.10)
        // 0.10 × 100 000 = 10 000 USD / 110 000 per lot = 0.0909… → 0.09 lots.
        #expect(kelly.quantity(equity: F.usd("100000"), price: F.price("1.1"), instrument: F.eurusd) == F.lots("0.09"))
        // Uncapped: 0.125 × 100 000 = 12 500 / 110 000 = 0.1136… → 0.11.
        let loose = try KellySizing(winProbability: 0.55, payoffRatio: 1.5, fraction: 0.5, cap: 1)
        #expect(loose.quantity(equity: F.usd("100000"), price: F.price("1.1"), instrument: F.eurusd) == F.lots("0.11"))
        // No edge: 0.4 − 0.6 / 1 = −0.2 → nothing.
        let noEdge = try KellySizing(winProbability: 0.4, payoffRatio: 1, fraction: 1, cap: 1)
        #expect(noEdge.equityFraction == 0)
        #expect(noEdge.quantity(equity: F.usd("100000"), price: F.price("1.1"), instrument: F.eurusd) == .zero)
    }

    @Test func fixedFractionalFromStop() throws {
        let sizing = try FixedFractionalSizing(riskFraction: 0.01)
        // Gold: risk 0.01 × 100 000 = 1 000 USD; stop 15 away × 100 oz = 1 500 USD a lot; 1 000 / 1 500 = 0.666… → 0.66.
        #expect(sizing.quantity(equity: F.usd("100000"), entry: F.price("2000"), stop: F.price("1985"), instrument: F.xauusd) == F.lots("0.66"))
        // EURJPY in USD: 0.5 × 100 000 = 50 000 JPY a lot × 0.006666667 = 333.33335 USD;
        // 1 000 / 333.33335 = 2.99999985 → 2.99 (rounded down, never up to 3).
        #expect(sizing.quantity(equity: F.usd("100000"), entry: F.price("160"), stop: F.price("159.5"), instrument: F.eurjpy) == F.lots("2.99"))
        // A stop at the entry measures no risk: zero.
        #expect(sizing.quantity(equity: F.usd("100000"), entry: F.price("2000"), stop: F.price("2000"), instrument: F.xauusd) == .zero)
        // Risk 0.00001 × 100 000 = 1 USD / 1 500 a lot = 0.00066 lots: below the 0.01 minimum → 0.
        let tiny = try FixedFractionalSizing(riskFraction: 0.00001)
        #expect(tiny.quantity(equity: F.usd("100000"), entry: F.price("2000"), stop: F.price("1985"), instrument: F.xauusd) == .zero)
    }

    @Test func badParametersAreRefused() {
        #expect(throws: SizingError("targetVolatility", -0.1, expected: "> 0")) { try VolatilityTargetSizing(targetVolatility: -0.1) }
        #expect(throws: SizingError("winProbability", 1.2, expected: "in [0, 1]")) {
            try KellySizing(winProbability: 1.2, payoffRatio: 1, fraction: 0.5, cap: 0.1)
        }
        #expect(throws: SizingError.self) { try FixedFractionalSizing(riskFraction: .nan) }
    }
}
