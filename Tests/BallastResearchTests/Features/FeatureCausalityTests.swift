import BallastCore
import BallastResearch
import BallastTestSupport
import Testing

/// Every feature is causal: rewriting every field of every bar after t (and every bar of the other
/// instrument closing after t's close) leaves all values at rows ≤ t bit-identical.
@Suite struct FeatureCausalityTests {
    static let nanosPerBar: [Timeframe: Int64] = [.m1: 60, .m5: 300, .h1: 3600].mapValues { $0 * Timestamp.nanosPerSecond }

    /// The standard spec's columns plus the cross-instrument returns.
    static let columns = [
        "logret_1", "logret_5", "logret_20", "vol_cc_20", "vol_parkinson_20", "vol_gk_20", "atr_14",
        "sma_dist_20", "sma_slope_20", "sma_dist_50", "sma_slope_50", "ema_dist_20", "ema_slope_20", "ema_dist_50", "ema_slope_50",
        "macd_12_26_9", "macd_signal_12_26_9", "macd_hist_12_26_9", "adx_14", "di_plus_14", "di_minus_14",
        "donchian_pos_20", "rsi_14", "zscore_20", "bb_pctb_20_2", "hour", "weekday", "month",
        "session_tokyo", "session_london", "session_newyork", "overlap_london_newyork",
        "spread", "spread_ratio_50", "log_volume", "volume_ratio_50", "x_OTHER_logret_1", "x_OTHER_logret_3",
    ]

    @Test(arguments: try ResearchData.cases())
    func futureBarsNeverChangeThePast(_ sample: ResearchData.Case) throws {
        let base = try FeatureFrame.build(sample.spec, bars: sample.bars, others: ["OTHER": sample.other])
        let width = base.matrix.columnCount
        #expect(base.matrix.columnNames == Self.columns)
        #expect(base.warmUpRows < 200)
        var rng = SplitMix64(seed: 0x5EED)
        for _ in 0..<10 {
            let t = base.warmUpRows + Int(rng.next() % UInt64(sample.bars.count - base.warmUpRows - 1))
            let close = sample.bars.time[t] + Self.nanosPerBar[sample.spec.timeframe]!
            let otherBar = Self.nanosPerBar[sample.spec.features.last!.timeframe!]!
            let firstLaterOther = sample.other.time.firstIndex { $0 + otherBar > close } ?? sample.other.count
            let bars = ResearchData.scrambled(sample.bars, from: t + 1, rng: &rng)
            let other = ResearchData.scrambled(sample.other, from: firstLaterOther, rng: &rng)
            let changed = try FeatureFrame.build(sample.spec, bars: bars, others: ["OTHER": other])
            let prefix = 0..<((t + 1) * width)
            #expect(ResearchData.sameBits(base.matrix.values[prefix], changed.matrix.values[prefix]), "row \(t)")
            // The test has teeth: the scrambled future does change the rows after t.
            #expect(!ResearchData.sameBits(base.matrix.values[((t + 1) * width)...], changed.matrix.values[((t + 1) * width)...]))
        }
    }

    @Test(arguments: try ResearchData.cases())
    func everyColumnHasValuesAfterWarmUp(_ sample: ResearchData.Case) throws {
        let frame = try FeatureFrame.build(sample.spec, bars: sample.bars, others: ["OTHER": sample.other]).droppingWarmUp()
        for c in 0..<frame.matrix.columnCount {
            let finite = frame.matrix.column(c).allSatisfy { $0.isFinite }
            #expect(finite, "\(frame.matrix.columnNames[c])")
        }
    }

    @Test(arguments: try ResearchData.cases())
    func aPrefixOfTheBarsGivesAPrefixOfTheRows(_ sample: ResearchData.Case) throws {
        let full = try FeatureFrame.build(sample.spec, bars: sample.bars, others: ["OTHER": sample.other])
        let t = sample.bars.count / 2
        let head = try FeatureFrame.build(sample.spec, bars: sample.bars.selecting(Array(0...t)), others: ["OTHER": sample.other])
        let width = full.matrix.columnCount
        #expect(ResearchData.sameBits(full.matrix.values[0..<((t + 1) * width)], head.matrix.values[...]))
    }
}
