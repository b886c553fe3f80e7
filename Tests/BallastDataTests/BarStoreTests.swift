import BallastCore
import Foundation
import Testing
@testable import BallastData

@Suite struct BarStoreTests {
    /// Hourly bars from `start`, `count` of them, with prices derived from the index.
    static func bars(from start: Timestamp, count: Int, step: Int64 = 3600, bump: Int64 = 0) -> BarColumns {
        var bars = BarColumns()
        for i in 0..<count {
            let base = 1_100_000_000 + Int64(i) * 10_000 + bump
            bars.append(time: start.nanoseconds + Int64(i) * step * 1_000_000_000, open: base, high: base + 50_000,
                        low: base - 40_000, close: base + 10_000, tickVolume: Int64(100 + i), volume: Double(i) * 0.5,
                        spread: Int32(i % 7))
        }
        return bars
    }

    let source = SourceFileRecord(name: "EURUSD_H1.csv", contentHash: String(repeating: "ab", count: 32), rows: 100, zone: "UTC+2")

    @Test func barsRoundTrip() throws {
        try withTempHome { home in
            let store = BarStore(home: home)
            let key = try SeriesKey.bars("EURUSD", .h1)
            let bars = Self.bars(from: Timestamp(year: 2024, month: 3, day: 1), count: 500)
            let report = try store.importBars(bars, into: key, digits: 5, zone: "UTC+2", source: source)
            #expect(report.added == 500 && report.unchanged == 0 && report.conflicts == 0)
            #expect(report.partitionsWritten == ["2024"] && report.metadataWritten)
            #expect(FileManager.default.fileExists(atPath: home + "/store/bars/EURUSD/H1/2024.bars"))
            let stored = try store.bars(key)
            #expect(stored.count == 500 && stored.columns() == bars)
            #expect(stored.bar(at: 17) == bars[17])
            #expect(stored.firstTime == Timestamp(nanoseconds: bars.time[0]) && stored.lastTime == Timestamp(nanoseconds: bars.time[499]))
            #expect(stored.metadata.digits == 5 && stored.metadata.zone == "UTC+2" && stored.metadata.sources == [source])
            #expect(try store.verify(key).isHealthy)
        }
    }

    @Test func ticksAndValuesRoundTrip() throws {
        try withTempHome { home in
            let store = BarStore(home: home)
            var ticks = TickColumns()
            for i in 0..<300 {
                let t = Timestamp(year: 2020, month: 1, day: 31, hour: 23).nanoseconds + Int64(i) * 30_000_000_000
                ticks.append(time: t, bid: 1_121_200_000 + Int64(i), ask: i % 5 == 0 ? TickColumns.missing : 1_121_300_000,
                             last: TickColumns.missing, volume: 0, flags: 6)
            }
            let tickKey = try SeriesKey.ticks("EURUSD")
            let report = try store.importTicks(ticks, into: tickKey, digits: 5, zone: "EST")
            #expect(report.partitionsWritten == ["2020-01", "2020-02"])
            #expect(try store.ticks(tickKey).columns() == ticks)
            #expect(try store.ticks(tickKey).tick(at: 5).ask == nil)

            var values = ValueColumns()
            for i in 0..<40 { values.append(time: Int64(i) * 86_400_000_000_000, value: i % 9 == 0 ? .nan : Double(i) / 8) }
            let valueKey = try SeriesKey.values("DGS10")
            _ = try store.importValues(values, into: valueKey, digits: 2, zone: "UTC")
            #expect(try store.values(valueKey).columns() == values)
            #expect(FileManager.default.fileExists(atPath: home + "/store/values/DGS10/all.values"))
            // NaN rows compare equal bitwise, so re-importing them is a no-op.
            #expect(try store.importValues(values, into: valueKey, digits: 2, zone: "UTC").isNoOp)
        }
    }

    @Test func reimportChangesNothing() throws {
        try withTempHome { home in
            let store = BarStore(home: home)
            let key = try SeriesKey.bars("EURUSD", .h1)
            let bars = Self.bars(from: Timestamp(year: 2023, month: 12, day: 20), count: 800)
            _ = try store.importBars(bars, into: key, digits: 5, zone: "UTC+2", source: source)
            let before = try snapshot(home)
            let again = try store.importBars(bars, into: key, digits: 5, zone: "UTC+2", source: source)
            #expect(again.added == 0 && again.unchanged == 800 && again.conflicts == 0 && again.isNoOp)
            let after = try snapshot(home)
            #expect(Set(before.keys) == Set(after.keys))
            for (path, file) in before {
                #expect(after[path]?.bytes == file.bytes && after[path]?.modified == file.modified, "\(path) changed")
            }
        }
    }

    @Test(arguments: ConflictPolicy.allCases)
    func overlappingImportMerges(policy: ConflictPolicy) throws {
        try withTempHome { home in
            let store = BarStore(home: home)
            let key = try SeriesKey.bars("XAUUSD", .h1)
            let start = Timestamp(year: 2025, month: 1, day: 2)
            let first = Self.bars(from: start, count: 100)
            _ = try store.importBars(first, into: key, digits: 2, zone: "UTC")
            // Rows 50..<150: 50..<60 revised, 60..<100 identical, 100..<150 new.
            var second = Self.bars(from: start + 50 * 3600 * 1_000_000_000, count: 100)
            for i in 0..<100 { second.open[i] = first.open[min(i + 50, 99)] }
            for i in 0..<10 { second.close[i] += 1_000_000 }
            for i in 10..<50 { second.close[i] = first.close[i + 50]; second.high[i] = first.high[i + 50]; second.low[i] = first.low[i + 50] }
            for i in 0..<50 { second.tickVolume[i] = first.tickVolume[i + 50]; second.volume[i] = first.volume[i + 50]; second.spread[i] = first.spread[i + 50] }
            let call = { try store.importBars(second, into: key, digits: 2, zone: "UTC", policy: policy) }
            guard policy != .fail else {
                let before = try snapshot(home)
                #expect(throws: StoreError.self) { _ = try call() }
                #expect(try snapshot(home).mapValues(\.bytes) == before.mapValues(\.bytes))
                return
            }
            let report = try call()
            #expect(report.added == 50 && report.unchanged == 40 && report.conflicts == 10)
            #expect(report.replaced == (policy == .replace ? 10 : 0))
            #expect(report.examples.count == MergeReport.exampleLimit)
            #expect(report.examples[0].existing == .bar(first[50]) && report.examples[0].incoming == .bar(second[0]))
            let stored = try store.bars(key)
            #expect(stored.count == 150)
            #expect(stored.bar(at: 50) == (policy == .replace ? second[0] : first[50]))
            #expect(stored.bar(at: 149) == second[99])
        }
    }

    @Test func rejectsUnsortedInputWithAClearError() throws {
        try withTempHome { home in
            let store = BarStore(home: home)
            var bars = Self.bars(from: Timestamp(year: 2025, month: 1, day: 2), count: 5)
            bars.time[3] = bars.time[2]
            #expect {
                try store.importBars(bars, into: try .bars("X", .h1), digits: 2, zone: "UTC")
            } throws: { ($0 as? StoreError)?.code == .unsortedInput }
            #expect(throws: StoreError.self) { try SeriesKey.bars("../etc", .h1) }
            #expect(throws: StoreError.self) { try store.importBars(BarColumns(), into: try .ticks("X"), digits: 2, zone: "UTC") }
        }
    }
}
