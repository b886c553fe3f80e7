import BallastCore
import BallastEngine
import Testing

@Suite struct IndicatorTests {
    typealias R = IndicatorReference
    let bars = IndicatorReference.bars

    @Test func realDataIsThere() { #expect(bars.count == 4858) }

    @Test(arguments: [1, 20, 100])
    func smaIsTheExactWindowSum(period: Int) {
        var sma = SMA(period: period)
        for t in bars.indices {
            sma.update(bars[t].close)
            guard t >= period - 1 else { #expect(sma.value == nil); continue }
            let sum = bars[(t - period + 1)...t].reduce(Int64(0)) { $0 + $1.close.raw }
            #expect(sma.sum == sum)
            #expect(sma.value == Price(raw: (sum + Int64(period) / 2) / Int64(period)))
        }
    }

    @Test func smaComparisonIsExactAtTies() {
        var fast = SMA(period: 2), slow = SMA(period: 4)
        for price in ["1.1", "1.3", "1.2", "1.2"] {  // slow mean 1.2, fast mean 1.2
            fast.update(Price(price)!)
            slow.update(Price(price)!)
        }
        #expect(SMA.compare(fast, slow) == 0)
        fast.update(Price("1.4")!)  // fast (1.2, 1.4) = 1.3, slow (1.3, 1.2, 1.2, 1.4) = 1.275
        slow.update(Price("1.4")!)
        #expect(SMA.compare(fast, slow) == 1)
        #expect(SMA.compare(slow, fast) == -1)
    }

    @Test func emaMatchesTheTextbookRecursion() {
        let reference = R.ema(R.closes, 20)
        var ema = EMA(period: 20)
        for t in bars.indices {
            ema.update(bars[t].close)
            #expect(R.close(ema.value, reference[t]), "bar \(t)")
        }
    }

    @Test func rsiMatchesWilder() {
        let reference = R.rsi(R.closes, 14)
        var rsi = RSI(period: 14)
        for t in bars.indices {
            rsi.update(bars[t].close)
            #expect(R.close(rsi.value, reference[t], 1e-8), "bar \(t)")
        }
    }

    @Test func rsiByHand() {
        // Changes +1, +1, −1: average gain 2/3, loss 1/3, RS 2, RSI 66.67. Then +2: gain (2/3·2+2)/3.
        var rsi = RSI(period: 3)
        for p in ["10", "11", "12", "11"] { rsi.update(Price(p)!) }
        #expect(R.close(rsi.value, 100 - 100 / 3))
        rsi.update(Price("13")!)
        let gain = (2.0 / 3 * 2 + 2) / 3, loss = 1.0 / 3 * 2 / 3
        #expect(R.close(rsi.value, 100 - 100 / (1 + gain / loss)))
    }

    @Test func atrMatchesWilder() {
        let reference = R.atr(bars, 14)
        var atr = ATR(period: 14)
        for t in bars.indices {
            atr.update(bars[t])
            #expect(R.close(atr.value, reference[t]), "bar \(t)")
        }
    }

    @Test func bollingerAndZScoreMatchTwoPassStatistics() {
        let closes = R.closes
        var bands = Bollinger(period: 20, width: 2), z = RollingZScore(period: 50)
        for t in bars.indices {
            bands.update(bars[t].close)
            z.update(bars[t].close)
            if t >= 19 {
                let window = closes[(t - 19)...t], m = R.mean(window), sd = R.populationDeviation(window)
                #expect(R.close(bands.value?.middle, m) && R.close(bands.value?.upper, m + 2 * sd, 1e-8)
                        && R.close(bands.value?.lower, m - 2 * sd, 1e-8), "bar \(t)")
            } else {
                #expect(bands.value == nil)
            }
            if t >= 49 {
                let window = closes[(t - 49)...t]
                #expect(R.close(z.value, (closes[t] - R.mean(window)) / R.populationDeviation(window), 1e-7), "bar \(t)")
            }
        }
    }

    @Test func flatWindowsHaveNoZScore() {
        var z = RollingZScore(period: 3)
        for _ in 0..<3 { z.update(Price("2")!) }
        #expect(z.isReady && z.value == nil)
    }

    @Test func macdMatchesItsEMAs() {
        let closes = R.closes
        let fast = R.ema(closes, 12), slow = R.ema(closes, 26)
        let line = zip(fast, slow).map { f, s in f.flatMap { f in s.map { f - $0 } } }
        let firstLine = line.firstIndex { $0 != nil }!
        let signal = R.ema(line[firstLine...].map { $0! }, 9)
        var macd = MACD()
        for t in bars.indices {
            macd.update(bars[t].close)
            let expectedSignal = t >= firstLine ? signal[t - firstLine] : nil
            if let expectedSignal, let l = line[t] {
                #expect(R.close(macd.value?.macd, l) && R.close(macd.value?.signal, expectedSignal)
                        && R.close(macd.value?.histogram, l - expectedSignal, 1e-8), "bar \(t)")
            } else {
                #expect(macd.value == nil, "bar \(t)")
            }
        }
        #expect(firstLine == 25)
    }

    @Test(arguments: [1, 5, 20, 55])
    func donchianIsTheExactWindowExtreme(period: Int) {
        var channel = Donchian(period: period)
        for t in bars.indices {
            channel.update(bars[t])
            guard t >= period - 1 else { #expect(channel.value == nil); continue }
            let window = bars[(t - period + 1)...t]
            #expect(channel.value?.upper == window.map(\.high).max())
            #expect(channel.value?.lower == window.map(\.low).min())
        }
    }
}
