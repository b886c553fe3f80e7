import BallastCore
import BallastData
import Foundation

/// One timed import-and-load of a file into a fresh temporary store.
struct IngestRun {
    var rows = 0
    var stored = 0
    var parseSeconds = 0.0
    var importSeconds = 0.0
    var loadSeconds = 0.0
    var scanSeconds = 0.0
    var checksum = 0.0

    static func measure(file: String, symbol: String, zone: TimeZoneRule, catalog: InstrumentCatalog) throws -> IngestRun {
        var run = IngestRun()
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("ballast-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        defer { try? FileManager.default.removeItem(atPath: home) }

        // The reader alone, for the breakdown.
        var start = Clock.now
        let read = try MT5BarsReader().read(try ByteSource(path: file), options: ReadOptions(symbol: symbol, zone: zone))
        run.parseSeconds = Clock.since(start)
        guard read.rowsRead > 0 else { throw BenchError("no rows in \(file)") }

        // The whole import, as `ballast data import` runs it.
        start = Clock.now
        let outcome = Importer(store: BarStore(home: home), catalog: catalog)
            .importFile(file, settings: ImportSettings(symbol: symbol, zone: zone))
        run.importSeconds = Clock.since(start)
        guard outcome.status == .stored, let timeframe = outcome.timeframe.flatMap(Timeframe.init(parsing:)) else {
            throw BenchError("import failed: \(outcome.error?.message ?? outcome.status.rawValue)")
        }
        run.rows = outcome.rows
        run.stored = outcome.stored

        // Loading maps the partitions; a pass over the closes shows the data is really there.
        start = Clock.now
        let bars = try BarStore(home: home).bars(.bars(outcome.instrument ?? symbol, timeframe))
        run.loadSeconds = Clock.since(start)
        start = Clock.now
        var sum: Int64 = 0
        for partition in bars.partitions { for close in partition.close { sum &+= close } }
        run.scanSeconds = Clock.since(start)
        run.checksum = Double(sum) / Double(Price.scale)
        guard bars.count == run.stored else { throw BenchError("loaded \(bars.count) bars, stored \(run.stored)") }
        return run
    }
}

/// Monotonic time for benchmarks.
enum Clock {
    static var now: UInt64 { DispatchTime.now().uptimeNanoseconds }
    static func since(_ start: UInt64) -> Double { Double(now - start) / 1e9 }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
