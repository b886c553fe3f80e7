import BallastCore
import Testing
@testable import BallastData

@Suite struct ValidatorRowTests {
    let t0 = Fixture.monday + 9 * 3600 * Timestamp.nanosPerSecond
    func at(_ halfHours: Int64) -> Timestamp { t0 + halfHours * 1800 * Timestamp.nanosPerSecond }

    @Test func identicalDuplicatesAreDroppedKeepingTheFirst() {
        let a = Fixture.bar(at(0), "1.1000", "1.1010", "1.0990", "1.1005")
        let b = Fixture.bar(at(1), "1.1005", "1.1010", "1.1000", "1.1008")
        let outcome = Fixture.validator().validate(.bars(BarColumns([a, b, b])))
        #expect(Fixture.bars(outcome.cleaned) == BarColumns([a, b]))
        let f = outcome.report.findings(.duplicate)
        #expect(f.count == 1 && f[0].action == .drop && f[0].count == 1 && f[0].examples[0].row == 3)
        #expect(!outcome.report.rejected && outcome.report.rowsIn == 3 && outcome.report.rowsOut == 2)
    }

    @Test func conflictingDuplicatesRejectByDefaultAndKeepFirstUnderDrop() {
        let a = Fixture.bar(at(0), "1.1000", "1.1010", "1.0990", "1.1005")
        let c = Fixture.bar(at(0), "1.1000", "1.1010", "1.0990", "1.1003")
        let rejected = Fixture.validator().validate(.bars(BarColumns([a, c])))
        #expect(rejected.report.rejected)
        #expect(rejected.report.findings(.conflictingDuplicate).first?.examples.first?.detail == "close 1.10030 vs 1.10050 in row 1")
        var policy = ValidationPolicy()
        policy[.conflictingDuplicate] = .drop
        let kept = Fixture.validator(policy).validate(.bars(BarColumns([a, c])))
        #expect(!kept.report.rejected && Fixture.bars(kept.cleaned) == BarColumns([a]))
    }

    @Test func outOfOrderRowsAreStablySorted() {
        let bars = [0, 2, 1, 3].map { Fixture.bar(at(Int64($0)), "1.1", "1.1", "1.1", "1.1") }
        let outcome = Fixture.validator().validate(.bars(BarColumns(bars)))
        #expect(Fixture.bars(outcome.cleaned).time == [0, 1, 2, 3].map { at($0).nanoseconds })
        let f = outcome.report.findings(.outOfOrder)
        #expect(f.count == 1 && f[0].count == 1 && f[0].action == .repair && f[0].examples[0].row == 3)
    }

    @Test func newestFirstFileIsReversedAndReportedOnce() {
        let bars = (0..<6).reversed().map { Fixture.bar(at(Int64($0)), "1.1", "1.1", "1.1", "1.1") }
        let outcome = Fixture.validator().validate(.bars(BarColumns(bars)))
        #expect(Fixture.bars(outcome.cleaned).time == (0..<6).map { at(Int64($0)).nanoseconds })
        let f = outcome.report.findings(.outOfOrder)
        #expect(f.count == 1 && f[0].examples.count == 1 && f[0].message.contains("newest first"))
    }

    @Test func outOfOrderUnderRejectRejects() {
        var policy = ValidationPolicy()
        policy[.outOfOrder] = .reject
        let bars = [1, 0].map { Fixture.bar(at(Int64($0)), "1.1", "1.1", "1.1", "1.1") }
        #expect(Fixture.validator(policy).validate(.bars(BarColumns(bars))).report.rejected)
    }

    @Test func inconsistentOHLCIsWidenedAndRecorded() {
        let bad = Fixture.bar(at(0), "1.10030", "1.10000", "1.09900", "1.09950")
        let outcome = Fixture.validator().validate(.bars(BarColumns([bad])))
        let fixed = Fixture.bars(outcome.cleaned)
        #expect(fixed[0].high == Fixture.p("1.1003") && fixed[0].isConsistent)
        let f = outcome.report.findings(.ohlcInconsistent)
        #expect(f.count == 1 && f[0].action == .repair && f[0].examples[0].detail == "high 1.10000 < open 1.10030")
        #expect(f[0].repairs == [Finding.Repair(row: 1, field: "high", old: "1.10000", new: "1.10030")] && f[0].repairCount == 1)
    }

    @Test func egregiousOHLCIsDropped() {
        let swapped = Fixture.bar(at(0), "1.1000", "1.0900", "1.1100", "1.1000")
        let good = Fixture.bar(at(1), "1.1000", "1.1010", "1.0990", "1.1005")
        let outcome = Fixture.validator().validate(.bars(BarColumns([swapped, good])))
        #expect(Fixture.bars(outcome.cleaned) == BarColumns([good]))
        #expect(outcome.report.findings(.ohlcInconsistent).map(\.action) == [.drop])
    }

    @Test func repairRecordsAreBoundedButCountedExactly() {
        var policy = ValidationPolicy()
        policy.maxRepairRecords = 2
        let bars = (0..<5).map { Fixture.bar(at(Int64($0)), "1.1003", "1.1000", "1.0990", "1.0995") }
        let f = Fixture.validator(policy).validate(.bars(BarColumns(bars))).report.findings(.ohlcInconsistent)[0]
        #expect(f.count == 5 && f.repairCount == 5 && f.repairs.count == 2 && f.examples.count == 5)
    }

    @Test func nonPositiveAndNonFiniteBarsAreDropped() {
        var zero = Fixture.bar(at(0), "1.1", "1.1", "1.1", "1.1")
        zero.low = .zero
        var nan = Fixture.bar(at(1), "1.1", "1.1", "1.1", "1.1")
        nan.volume = .nan
        let good = Fixture.bar(at(2), "1.1", "1.1", "1.1", "1.1")
        let outcome = Fixture.validator().validate(.bars(BarColumns([zero, nan, good])))
        #expect(Fixture.bars(outcome.cleaned) == BarColumns([good]))
        #expect(outcome.report.findings(.nonPositivePrice).first?.examples.first?.detail == "low 0.00000")
        #expect(outcome.report.findings(.nonFinite).first?.count == 1)
    }

    @Test func crossedAndNonPositiveTicks() {
        var ticks = TickColumns()
        ticks.append(Tick(time: at(0), bid: Fixture.p("1.1000"), ask: Fixture.p("1.1002")))
        ticks.append(Tick(time: at(0) + 1, bid: Fixture.p("1.1003"), ask: Fixture.p("1.1001")))
        ticks.append(Tick(time: at(0) + 2, bid: Fixture.p("-1"), ask: Fixture.p("1.1001")))
        ticks.append(Tick(time: at(0) + 3, bid: Fixture.p("1.1000"), ask: Fixture.p("1.1002")))
        let outcome = Fixture.validator(timeframe: nil).validate(.ticks(ticks))
        #expect(outcome.cleaned.count == 2 && outcome.report.rowsOut == 2)
        #expect(outcome.report.findings(.crossedQuote).first?.examples.first?.detail == "bid 1.10030 > ask 1.10010")
        #expect(outcome.report.findings(.nonPositivePrice).first?.examples.first?.row == 3)
    }

    @Test func ticksSharingATimestampAreNotConflicts() {
        var ticks = TickColumns()
        ticks.append(Tick(time: at(0), bid: Fixture.p("1.1000"), ask: Fixture.p("1.1002")))
        ticks.append(Tick(time: at(0), bid: Fixture.p("1.1001"), ask: Fixture.p("1.1003")))
        ticks.append(Tick(time: at(0), bid: Fixture.p("1.1001"), ask: Fixture.p("1.1003")))
        let outcome = Fixture.validator(timeframe: nil).validate(.ticks(ticks))
        #expect(outcome.cleaned.count == 2 && !outcome.report.rejected)
        #expect(outcome.report.findings.map(\.kind) == [.duplicate])
    }

    @Test func missingValuesAreDroppedAndCounted() {
        var values = ValueColumns()
        for (i, v) in [1.5, .nan, 1.7, .nan, 1.8].enumerated() { values.append(time: at(Int64(i) * 48).nanoseconds, value: v) }
        let outcome = Fixture.validator(timeframe: nil, calendar: nil).validate(.values(values))
        #expect(outcome.cleaned.count == 3)
        let f = outcome.report.findings(.missingValue)
        #expect(f.count == 1 && f[0].count == 2 && f[0].action == .drop && f[0].examples.map(\.row) == [2, 4])
        #expect(outcome.report.notes.isEmpty)
    }

    @Test func reportKeepsRowsAndRejectStoresNothing() {
        var policy = ValidationPolicy()
        policy[.nonPositivePrice] = .report
        var zero = Fixture.bar(at(0), "1.1", "1.1", "1.1", "1.1")
        zero.close = .zero
        zero.low = .zero
        let kept = Fixture.validator(policy).validate(.bars(BarColumns([zero])))
        #expect(kept.cleaned.count == 1 && !kept.report.rejected)
        policy[.nonPositivePrice] = .reject
        #expect(Fixture.validator(policy).validate(.bars(BarColumns([zero]))).report.rejected)
    }

    @Test func emptyAndSingleRowSeriesPassQuietly() {
        for timeframe in [Timeframe.m30, nil] {
            let empty = Fixture.validator(timeframe: timeframe).validate(.bars(BarColumns()))
            #expect(empty.report.findings.isEmpty && empty.report.rowsOut == 0)
            let one = Fixture.validator(timeframe: timeframe).validate(.bars(BarColumns([Fixture.bar(at(0), "1.1", "1.1", "1.1", "1.1")])))
            #expect(one.report.findings.isEmpty && one.report.rowsOut == 1)
        }
        #expect(Fixture.validator(timeframe: nil).validate(.ticks(TickColumns())).report.findings.isEmpty)
    }
}
