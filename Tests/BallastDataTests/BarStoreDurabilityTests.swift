import BallastCore
import Foundation
import Testing
@testable import BallastData

@Suite struct BarStoreDurabilityTests {
    @Test func corruptedPayloadByteIsCaughtByVerify() throws {
        try withTempHome { home in
            let store = BarStore(home: home)
            let key = try SeriesKey.bars("EURUSD", .m1)
            _ = try store.importBars(BarStoreTests.bars(from: Timestamp(year: 2024, month: 5, day: 1), count: 1000, step: 60),
                                     into: key, digits: 5, zone: "UTC")
            let path = store.layout.partitionPath(key, period: "2024")
            var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            bytes[ColumnFile.headerSize + 8 * 1000 + 123] ^= 0x01 // one bit of an open price
            try bytes.write(to: URL(fileURLWithPath: path))
            // Loading checks headers only and still succeeds; verify reads the payload.
            #expect(try store.bars(key).count == 1000)
            let report = try store.verify(key)
            #expect(!report.isHealthy && report.problems.first?.code == .corrupt)
            #expect(report.problems.first?.description.contains("checksum") == true)
            // A damaged header is caught on load.
            bytes[20] ^= 0x01
            try bytes.write(to: URL(fileURLWithPath: path))
            #expect { try store.bars(key) } throws: { ($0 as? StoreError)?.code == .corrupt }
            // So is a truncated file.
            try bytes.prefix(bytes.count - 8).write(to: URL(fileURLWithPath: path))
            #expect { try store.bars(key) } throws: { ($0 as? StoreError)?.code == .corrupt }
        }
    }

    @Test func leftoverTempFileIsIgnoredThenCleaned() throws {
        try withTempHome { home in
            let store = BarStore(home: home)
            let key = try SeriesKey.bars("EURUSD", .h1)
            let bars = BarStoreTests.bars(from: Timestamp(year: 2024, month: 5, day: 1), count: 200)
            _ = try store.importBars(bars, into: key, digits: 5, zone: "UTC")
            // A writer that died after writing half its temp file.
            let partition = store.layout.partitionPath(key, period: "2024")
            let temp = DurableFile.tempPath(for: partition)
            let half = try Data(contentsOf: URL(fileURLWithPath: partition)).prefix(700)
            try half.write(to: URL(fileURLWithPath: temp))
            try Data("{\"torn\":".utf8).write(to: URL(fileURLWithPath: DurableFile.tempPath(for: store.layout.metadataPath(key))))
            #expect(try store.bars(key).columns() == bars)
            #expect(try store.verify(key).isHealthy && store.verify(key).partitionsChecked == 1)
            #expect(try store.list().map(\.rows) == [200])
            // The next write removes the leftovers.
            let more = BarStoreTests.bars(from: Timestamp(year: 2024, month: 6, day: 1), count: 10)
            #expect(try store.importBars(more, into: key, digits: 5, zone: "UTC").added == 10)
            #expect(!FileManager.default.fileExists(atPath: temp))
            let names = try FileManager.default.contentsOfDirectory(atPath: store.layout.directory(key)).sorted()
            #expect(names == [".lock", "2024.bars", "series.json"])
        }
    }

    @Test func seriesSpanningYearsRoundTripsAndRewritesOnlyTouchedYears() throws {
        try withTempHome { home in
            let store = BarStore(home: home)
            let key = try SeriesKey.bars("XAUUSD", .h4)
            // Every 4 hours from mid-2022 to early 2025: four year partitions.
            let bars = BarStoreTests.bars(from: Timestamp(year: 2022, month: 7, day: 1), count: 6 * 365 * 2 + 1200, step: 14_400)
            let report = try store.importBars(bars, into: key, digits: 2, zone: "UTC")
            #expect(report.partitionsWritten == ["2022", "2023", "2024", "2025"])
            let stored = try store.bars(key)
            #expect(stored.partitions.count == 4 && stored.columns() == bars)
            for i in [0, 1103, 1104, 1105, 3000, bars.count - 1] { #expect(stored.bar(at: i) == bars[i]) }
            // Ranges cut partitions without copying and keep year boundaries exact.
            let from = Timestamp(year: 2023, month: 12, day: 31, hour: 20), to = Timestamp(year: 2024, month: 1, day: 1, hour: 8)
            let window = try store.bars(key, from: from, to: to)
            #expect(window.count == 3 && window.partitions.count == 2)
            #expect(window.firstTime == from && window.lastTime == Timestamp(year: 2024, month: 1, day: 1, hour: 4))
            // New bars in 2024 only rewrite 2024.
            let before = try snapshot(home)
            var extra = BarColumns()
            extra.append(BarStoreTests.bars(from: Timestamp(year: 2024, month: 3, day: 3, hour: 1), count: 1)[0])
            #expect(try store.importBars(extra, into: key, digits: 2, zone: "UTC").partitionsWritten == ["2024"])
            let after = try snapshot(home)
            for name in ["2022", "2023", "2025"] {
                let path = "store/bars/XAUUSD/H4/\(name).bars"
                #expect(after[path]?.modified == before[path]?.modified && after[path]?.bytes == before[path]?.bytes)
            }
        }
    }

    @Test func dailyBarsLiveInOnePartition() throws {
        try withTempHome { home in
            let store = BarStore(home: home)
            let key = try SeriesKey.bars("SPX", .d1)
            let bars = BarStoreTests.bars(from: Timestamp(year: 1975, month: 5, day: 1), count: 15_000, step: 86_400)
            #expect(try store.importBars(bars, into: key, digits: 2, zone: "UTC").partitionsWritten == ["all"])
            #expect(try store.bars(key).columns() == bars)
        }
    }

    @Test func catalogListsAndDeletes() throws {
        try withTempHome { home in
            let store = BarStore(home: home)
            let h1 = try SeriesKey.bars("EURUSD", .h1), m5 = try SeriesKey.bars("EURUSD", .m5), values = try SeriesKey.values("UNRATE")
            _ = try store.importBars(BarStoreTests.bars(from: Timestamp(year: 2024, month: 1, day: 1), count: 30), into: h1,
                                     digits: 5, zone: "UTC+2")
            _ = try store.importBars(BarStoreTests.bars(from: Timestamp(year: 2024, month: 1, day: 1), count: 12, step: 300), into: m5,
                                     digits: 5, zone: "UTC+2")
            var v = ValueColumns()
            v.append(time: 0, value: 4.1)
            _ = try store.importValues(v, into: values, digits: 1, zone: "UTC")
            let list = try store.list()
            #expect(list.map(\.key) == [h1, m5, values])
            #expect(list.map(\.rows) == [30, 12, 1])
            #expect(list[0].zone == "UTC+2" && list[0].digits == 5 && list[0].partitions == 1 && list[0].bytesOnDisk > 30 * 60)
            #expect(list[1].lastTime == Timestamp(year: 2024, month: 1, day: 1, minute: 55))
            try store.delete(m5)
            #expect(try store.list().map(\.key) == [h1, values])
            #expect(throws: StoreError.self) { try store.bars(m5) }
            #expect(throws: StoreError.self) { try store.delete(m5) }
        }
    }
}
