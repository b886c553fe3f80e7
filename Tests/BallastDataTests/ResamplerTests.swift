import BallastTestSupport
import BallastCore
import Foundation
import Testing
@testable import BallastData

@Suite struct ResamplerTests {
    static func mt5(_ timeframe: String) throws -> BarColumns {
        let source = try ByteSource(path: TestData.path("mt5/XAUUSD_\(timeframe)_20250102-20251027.csv.gz"))
        let result = try MT5BarsReader().read(source, options: ReadOptions(zone: .utc))
        guard case .bars(let bars) = result.payload else { throw StoreError(.notFound, "not bars") }
        return bars
    }

    /// The broker's M15...H4 files, bar for bar and field for field, from its M5 file.
    ///
    /// All four files cover exactly the span M5 covers: the first H4 bar (00:00) is built from
    /// 01:00-03:55 in the broker's file too (its tick volume is the sum of the 01:00-03:00 H1
    /// bars), so no bar is excluded. The broker's zone is unknown but the same for every file,
    /// so reading all of them as UTC buckets in the broker's own clock.
    @Test(arguments: [Timeframe.m15, .m30, .h1, .h4])
    func xauusdM5MatchesBrokerBars(target: Timeframe) throws {
        let m5 = try Self.mt5("M5")
        let broker = try Self.mt5(target.rawValue)
        let ours = try Resampler(zone: .utc).resample(m5, from: .m5, to: target)
        #expect(ours.count == broker.count)
        var mismatches = 0
        for i in 0..<min(ours.count, broker.count) where ours[i] != broker[i] {
            if mismatches < 3 { Issue.record("bar \(i): ours \(ours[i]) broker \(broker[i])") }
            mismatches += 1
        }
        #expect(mismatches == 0)
        #expect(ours == broker)
    }

    @Test func refusesImpossibleRequests() throws {
        let resampler = Resampler(zone: .utc)
        #expect { try resampler.resample(BarColumns(), from: .h1, to: .m5) } throws: { ($0 as? ResampleError)?.code == .finerTarget }
        #expect { try resampler.resample(BarColumns(), from: .w1, to: .mn1) } throws: { ($0 as? ResampleError)?.code == .notAMultiple }
        #expect(try resampler.resample(BarColumns(), from: .m5, to: .h4).isEmpty)
    }

    /// A server clock of UTC+2 puts the H4 and D1 boundaries two hours before UTC's, so buckets
    /// span the UTC year boundary between two stored partitions.
    @Test func bucketsOnServerClockAcrossPartitions() throws {
        try withTempHome { home in
            let store = BarStore(home: home)
            let key = try SeriesKey.bars("EURUSD", .h1)
            let bars = BarStoreTests.bars(from: Timestamp(year: 2024, month: 12, day: 31, hour: 18), count: 12)
            _ = try store.importBars(bars, into: key, digits: 5, zone: "UTC+2")
            let stored = try store.bars(key)
            #expect(stored.partitions.count == 2)
            let zone = TimeZoneRule.fixed(seconds: 7200)
            let h4 = try Resampler(zone: zone).resample(stored, from: .h1, to: .h4)
            // Server 20:00 = UTC 18:00; server 00:00 = UTC 22:00 (Dec 31) spans the year boundary.
            #expect(h4.time == [18, 22, 26].map { Timestamp(year: 2024, month: 12, day: 31, hour: $0).nanoseconds })
            #expect(h4[1].open.raw == bars.open[4] && h4[1].close.raw == bars.close[7])
            #expect(h4[1].high.raw == bars.high[4...7].max() && h4[1].low.raw == bars.low[4...7].min())
            #expect(h4[1].tickVolume == bars.tickVolume[4...7].reduce(0, +) && h4[1].spread == bars.spread[4...7].min())
            #expect(try Resampler(zone: zone).resample(bars, from: .h1, to: .h4) == h4)
        }
    }

    /// HistData ticks (EST without DST) into M1 bars, checked against a naive grouping.
    @Test func histdataTicksToM1() throws {
        let source = try ByteSource(path: TestData.path("histdata/DAT_ASCII_EURUSD_T_202001_head9500.csv.gz"))
        let ticks = Self.parseHistDataTicks(source.bytes)
        #expect(ticks.count == 9500)
        let est = TimeZoneRule.fixed(seconds: -5 * 3600)
        let bars = try Resampler(zone: est).bars(fromTicks: ticks, timeframe: .m1, digits: 5)
        // Oracle: group by whole UTC minute (EST is a whole-hour offset, so minutes agree).
        var groups: [Int64: [Int]] = [:]
        for i in 0..<ticks.count { groups[floorDiv(ticks.time[i], 60_000_000_000), default: []].append(i) }
        let minutes = groups.keys.sorted()
        #expect(bars.count == minutes.count)
        for (n, minute) in minutes.enumerated() {
            let rows = groups[minute]!
            let bids = rows.map { ticks.bid[$0] }
            let spreads = rows.map { Int32((ticks.ask[$0] - ticks.bid[$0] + 5_000) / 10_000) }
            let expected = Bar(time: Timestamp(seconds: minute * 60), open: Price(raw: bids[0]), high: Price(raw: bids.max()!),
                               low: Price(raw: bids.min()!), close: Price(raw: bids[bids.count - 1]),
                               tickVolume: Int64(rows.count), volume: 0, spread: spreads.min()!)
            #expect(bars[n] == expected)
        }
        // The first tick, 2020-01-01 17:00:00.065 EST, is 22:00 UTC; bid 1.12120, ask 1.12172.
        #expect(bars[0].time == Timestamp(year: 2020, month: 1, day: 1, hour: 22) && bars[0].open == Price("1.1212")!)
        let mid = try Resampler(zone: est).bars(fromTicks: ticks, timeframe: .m1, digits: 5, price: .mid)
        #expect(mid[0].open == Price("1.12146")!)
    }

    /// `YYYYMMDD HHMMSSmmm,bid,ask,volume`, EST (UTC-5), no header: a few lines of test code.
    static func parseHistDataTicks(_ bytes: UnsafeRawBufferPointer) -> TickColumns {
        var ticks = TickColumns()
        for line in bytes.split(separator: 10) where line.count > 18 {
            let fields = line.split(separator: 44)
            func digits(_ s: Slice<UnsafeRawBufferPointer>, _ from: Int, _ count: Int) -> Int {
                var v = 0
                for b in s.dropFirst(from).prefix(count) { v = v * 10 + Int(b - 48) }
                return v
            }
            let stamp = fields[0]
            let days = CivilCalendar.days(year: digits(stamp, 0, 4), month: digits(stamp, 4, 2), day: digits(stamp, 6, 2))
            let seconds = Int64(days) * 86_400 + Int64(digits(stamp, 9, 2) * 3600 + digits(stamp, 11, 2) * 60 + digits(stamp, 13, 2))
            let nanos = (seconds + 5 * 3600) * 1_000_000_000 + Int64(digits(stamp, 15, 3)) * 1_000_000
            let bid = Price(String(decoding: fields[1], as: UTF8.self))!.raw
            let ask = Price(String(decoding: fields[2], as: UTF8.self))!.raw
            ticks.append(time: nanos, bid: bid, ask: ask, last: TickColumns.missing, volume: 0, flags: 6)
        }
        return ticks
    }
}
