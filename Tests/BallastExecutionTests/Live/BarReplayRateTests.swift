import BallastCore
import BallastExecution
import Testing

/// A replay prices a pair in its own base currency: USDJPY quotes give JPY→USD rates.
@Suite struct BarReplayRateTests {
    static func bar(minute: Int64, open: String, close: String) -> Bar {
        Bar(time: Timestamp(nanoseconds: minute * 60 * Timestamp.nanosPerSecond), open: Price(open)!, high: Price(open)!,
            low: Price(close)!, close: Price(close)!)
    }

    @Test func theRateIsOneOverTheLatestMidAndOnlyForThePairsOwnCurrencies() {
        let bars = [Self.bar(minute: 0, open: "150.000", close: "150.100"), Self.bar(minute: 1, open: "160.000", close: "160.100"),
                    Self.bar(minute: 2, open: "125.000", close: "125.100")]
        // A spread of 20 points of 0.001: the quotes' mids are the next opens.
        let replay = BarReplay(symbol: "USDJPY", timeframe: .m1, bars: bars, point: Price("0.001")!) { _ in 20 }
        let rate = replay.ownPairRate(base: "USD", quote: "JPY")
        let minute = 60 * Timestamp.nanosPerSecond
        #expect(rate("JPY", "USD", Timestamp(nanoseconds: minute - 1)) == nil, "no quote yet")
        #expect(rate("JPY", "USD", Timestamp(nanoseconds: minute)) == Price("0.00625"), "1 / 160")
        #expect(rate("JPY", "USD", Timestamp(nanoseconds: 2 * minute + 30)) == Price("0.008"), "1 / 125")
        #expect(rate("JPY", "USD", Timestamp(nanoseconds: 3 * minute)) == Price("0.007993605"), "the last bar's close: 1 / 125.1")
        #expect(rate("USD", "JPY", Timestamp(nanoseconds: minute)) == nil)
        #expect(rate("JPY", "EUR", Timestamp(nanoseconds: minute)) == nil)
        #expect(replay.mid(at: Timestamp(nanoseconds: minute)) == Price("160.000"))
    }
}
