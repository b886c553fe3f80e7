import BallastCore
import Testing
@testable import BallastData

/// A calendar that hides `nextChange(after:)`: validation must then ask `isOpen` at every
/// instant, as it did before it learned session spans. Results must not differ.
struct InstantOnlyCalendar: TradingCalendar {
    let wrapped: any TradingCalendar
    func isOpen(at time: Timestamp) -> Bool { wrapped.isOpen(at: time) }
}

/// Pins validation of larger synthetic series: the shortcuts (session spans, skipped passes,
/// facts learned by earlier checks) must give exactly what the plain checks give.
@Suite struct ValidatorEquivalenceTests {
    static let fx = try! InstrumentCatalog.shipped().calendar(for: InstrumentCatalog.shipped().resolve(symbol: "EURUSD", profile: nil)!)

    /// Three weeks of M1 bars, every minute of every day (so weekends are closed bars), shifted
    /// by `shiftHours`, with holes, a frozen feed, bad prints and broken bars.
    static func bars(shiftHours: Int64, dirty: Bool) -> BarColumns {
        var bars = SyntheticSeries.bars(30_240, seed: 21)
        for i in bars.time.indices { bars.time[i] += shiftHours * 3600 * Timestamp.nanosPerSecond }
        guard dirty else { return bars }
        for i in 7_000..<7_030 { (bars.open[i], bars.high[i], bars.low[i]) = (bars.close[i - 1], bars.close[i - 1], bars.close[i - 1]); bars.close[i] = bars.close[i - 1] }
        bars.high[100] = bars.low[100] - 10_000
        bars.volume[200] = .nan
        bars.time[300] = bars.time[299]
        let holes = Set(Array(9_000..<9_200) + Array(15_000..<15_003))
        return bars.selecting(bars.time.indices.filter { !holes.contains($0) })
    }

    static func validators(_ policy: ValidationPolicy = ValidationPolicy(), timeframe: Timeframe? = .m1) -> (Validator, Validator) {
        (Validator(policy: policy, timeframe: timeframe, calendar: fx, zone: .utc, digits: 5),
         Validator(policy: policy, timeframe: timeframe, calendar: InstantOnlyCalendar(wrapped: fx), zone: .utc, digits: 5))
    }

    @Test(arguments: [(Int64(0), false), (0, true), (3, false), (-5, true)])
    func barsGiveTheSameOutcomeWithAndWithoutSessionSpans(shiftHours: Int64, dirty: Bool) {
        let payload = ReadResult.Payload.bars(Self.bars(shiftHours: shiftHours, dirty: dirty))
        let (fast, plain) = Self.validators()
        let (a, b) = (fast.validate(payload), plain.validate(payload))
        #expect(a.report == b.report)
        #expect(a.cleaned == b.cleaned)
        #expect(!a.report.findings(.closedSessionBars).isEmpty)
        #expect(dirty == !a.report.findings(.staleRun).isEmpty)
    }

    @Test func dropPoliciesGiveTheSameOutcome() {
        var policy = ValidationPolicy()
        for kind in [FindingKind.spike, .staleRun, .closedSessionBars, .conflictingDuplicate] { policy[kind] = .drop }
        let payload = ReadResult.Payload.bars(Self.bars(shiftHours: 2, dirty: true))
        for timeframe in [Timeframe.m1, nil] {
            let (fast, plain) = Self.validators(policy, timeframe: timeframe)
            let (a, b) = (fast.validate(payload), plain.validate(payload))
            #expect(a.report == b.report && a.cleaned == b.cleaned)
            #expect(a.cleaned.count < payload.count)
        }
    }

    @Test func ticksGiveTheSameOutcome() {
        var ticks = TickColumns()
        var t = Timestamp(year: 2024, month: 3, day: 7).nanoseconds
        for (i, c) in SyntheticSeries.closes(20_000, seed: 4).enumerated() {
            // Mostly seconds apart, sometimes an hour, sometimes a weekend.
            t += Int64(i % 1_000 == 999 ? 3_600 : (i % 7_001 == 7_000 ? 200_000 : 7)) * Timestamp.nanosPerSecond
            ticks.append(Tick(time: Timestamp(nanoseconds: t), bid: Price(raw: c), ask: Price(raw: c + 20_000)))
        }
        let (fast, plain) = Self.validators(timeframe: nil)
        let (a, b) = (fast.validate(.ticks(ticks)), plain.validate(.ticks(ticks)))
        #expect(a.report == b.report && a.cleaned == b.cleaned)
        #expect(!a.report.findings(.expectedClosure).isEmpty)
    }

    @Test func cleanBarsSkipPassesButReportTheSame() {
        var work = ValidationWork(.bars(Self.bars(shiftHours: 0, dirty: false)))
        let validator = Self.validators().0
        _ = validator.order(&work)
        _ = validator.checkBars(&work)
        #expect(work.facts.timesIncrease && work.facts.barsClean)
        #expect((work.facts.longestFlatRun ?? .max) < 10)
        // A change to the rows forgets what was learned about them.
        work.remove([0])
        #expect(!work.facts.timesIncrease && work.facts.longestFlatRun == nil)
    }
}
