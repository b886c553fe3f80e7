import BallastCore
import BallastResearch
import Foundation
import Testing

/// Hand-computed values on a five-bar series:
///
///     bar  high  low  close  open  spread
///      0   101    99   100    100    10
///      1   103   100   102    100    20
///      2   103   100   101    102    30
///      3   105   101   104    101    30
///      4   105   102   103    104    30
@Suite struct FeatureValueTests {
    static let rows: [(h: Double, l: Double, c: Double, o: Double, s: Int32)] = [
        (101, 99, 100, 100, 10), (103, 100, 102, 100, 20), (103, 100, 101, 102, 30),
        (105, 101, 104, 101, 30), (105, 102, 103, 104, 30),
    ]
    static let bars: [Bar] = rows.enumerated().map { i, r in
        Bar(time: Timestamp(year: 2024, month: 7, day: 3, hour: 10, minute: i), open: Price(approximating: r.o),
            high: Price(approximating: r.h), low: Price(approximating: r.l), close: Price(approximating: r.c),
            tickVolume: Int64(i * 10), spread: r.s)
    }

    /// The values of `feature` after each bar, column by column.
    func run(_ feature: some FeatureCalculator, bars: [Bar] = Self.bars) -> [[Double]] {
        var f = feature
        return bars.map { bar in
            f.update(bar)
            return f.columnNames.indices.map { f.value($0) }
        }
    }

    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * max(1, abs(b)) }

    @Test func logReturns() {
        let v = run(LogReturnFeature(horizons: [1, 2]))
        #expect(v[1][0] == log(102.0 / 100) && v[1][1].isNaN)
        #expect(v[2][0] == log(101.0 / 102) && v[2][1] == log(101.0 / 100))
    }

    @Test func closeToCloseVolatility() {
        let v = run(CloseToCloseVolatilityFeature(period: 2))
        #expect(v[1][0].isNaN)
        let a = log(102.0 / 100), b = log(101.0 / 102)
        #expect(close(v[2][0], ((a * a + b * b) / 2).squareRoot()))
    }

    @Test func parkinsonAndGarmanKlass() {
        let p = run(RangeVolatilityFeature(.parkinson, period: 2)), g = run(RangeVolatilityFeature(.garmanKlass, period: 2))
        #expect(p[0][0].isNaN && g[0][0].isNaN)
        let hl0 = log(101.0 / 99), hl1 = log(103.0 / 100), co1 = log(102.0 / 100)   // bar 0 has C = O
        #expect(close(p[1][0], ((hl0 * hl0 + hl1 * hl1) / 2 / (4 * log(2.0))).squareRoot()))
        let gk = (0.5 * hl0 * hl0 + 0.5 * hl1 * hl1 - (2 * log(2.0) - 1) * co1 * co1) / 2
        #expect(close(g[1][0], gk.squareRoot()))
    }

    @Test func averageTrueRangeOverTheClose() {
        // True ranges 2 (H−L of bar 0) and 3 (103 − 100); ATR(2) = 2.5 at bar 1, over close 102.
        // Bar 2: TR = max(3, |103−102|, |100−102|) = 3, ATR = (2.5 + 3) / 2 = 2.75, over 101.
        let v = run(ATRFeature(period: 2))
        #expect(v[0][0].isNaN)
        #expect(close(v[1][0], 2.5 / 102) && close(v[2][0], 2.75 / 101))
    }

    @Test func movingAverageDistancesAndSlopes() {
        // SMA(2): 101 at bar 1, 101.5 at bar 2. EMA(2), α = 2/3: seed 101 at bar 1, then
        // 101 + ⅔(101 − 101) = 101, then 101 + ⅔(104 − 101) = 103.
        let s = run(MovingAverageFeature(.simple, period: 2)), e = run(MovingAverageFeature(.exponential, period: 2))
        #expect(s[1][0] == log(102.0 / 101) && s[1][1].isNaN)
        #expect(close(s[2][0], log(101 / 101.5)) && close(s[2][1], log(101.5 / 101)))
        #expect(close(e[2][0], 0) && close(e[2][1], 0))
        #expect(close(e[3][0], log(104.0 / 103)) && close(e[3][1], log(103.0 / 101)))
    }

    @Test func donchianBollingerZScoreAndRSI() {
        // Donchian(3) at bar 3: highest 105, lowest 100, close 104 → 0.8.
        #expect(close(run(DonchianFeature(period: 3))[3][0], 0.8))
        // Closes 102, 101: mean 101.5, σ 0.5; bands at width 1 are 101...102, so %b = 0 and z = −1.
        #expect(close(run(BollingerFeature(period: 2, width: 1))[2][0], 0))
        #expect(close(run(ZScoreFeature(period: 2))[2][0], -1))
        // RSI(2) at bar 2: changes +2, −1 → average gain 1, loss 0.5, RS 2 → 66.67.
        #expect(close(run(RSIFeature(period: 2))[2][0], 100 - 100 / 3.0))
    }

    @Test func macdIsBallastCoreMACDOverTheClose() {
        var core = MACD(fast: 2, slow: 3, signal: 2)
        let v = run(MACDFeature(fast: 2, slow: 3, signal: 2))
        for (i, bar) in Self.bars.enumerated() {
            core.update(bar.close)
            if let out = core.value {
                #expect(v[i] == [out.macd / bar.close.doubleValue, out.signal / bar.close.doubleValue, out.histogram / bar.close.doubleValue])
            } else {
                #expect(v[i].allSatisfy { $0.isNaN })
            }
        }
    }

    @Test func directionalMovement() {
        // (H, L, C): (10, 8, 9) (12, 9, 11) (11, 7, 8) (13, 10, 12) (12, 11, 11.5), period 2.
        // Bar 1: +DM 2, TR 3. Bar 2: −DM 2, TR 4 → sums TR 7, +DM 2, −DM 2: DI± = 28.57, DX 0.
        // Bar 3: +DM 2, TR 5 → TR 7 − 3.5 + 5 = 8.5, +DM 3, −DM 1: DX = 100·2/4 = 50, ADX = (0 + 50)/2 = 25.
        // Bar 4: no moves, TR 1 → TR 5.25, +DM 1.5, −DM 0.5: DX 50, ADX = (25 + 50)/2 = 37.5.
        let hlc: [(Double, Double, Double)] = [(10, 8, 9), (12, 9, 11), (11, 7, 8), (13, 10, 12), (12, 11, 11.5)]
        let bars = hlc.enumerated().map { i, x in
            Bar(time: Timestamp(seconds: Int64(i) * 60), open: Price(approximating: x.2), high: Price(approximating: x.0),
                low: Price(approximating: x.1), close: Price(approximating: x.2))
        }
        let v = run(ADXFeature(period: 2), bars: bars)
        #expect(v[1].allSatisfy { $0.isNaN })
        #expect(v[2][0].isNaN && close(v[2][1], 200 / 7.0) && close(v[2][2], 200 / 7.0))
        #expect(close(v[3][0], 25) && close(v[3][1], 300 / 8.5) && close(v[3][2], 100 / 8.5))
        #expect(close(v[4][0], 37.5) && close(v[4][1], 150 / 5.25) && close(v[4][2], 50 / 5.25))
    }

    @Test func spreadAndVolumeRatios() {
        // Spreads 20, 30 → mean 25, ratio 1.2 at bar 2. Tick volumes 0, 10, 20 → at bar 2, 20 / 15.
        let s = run(SpreadFeature(periods: [2])), v = run(VolumeFeature(periods: [2], source: .tick))
        #expect(s[0][0] == 10 && s[0][1].isNaN && close(s[2][1], 1.2))
        #expect(v[2][0] == log(21.0) && close(v[2][1], 20 / 15.0))
        #expect(run(VolumeFeature(periods: [2], source: .real))[2][1] == 1)   // no real volume: mean 0 → 1
    }
}
