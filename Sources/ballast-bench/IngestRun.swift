import BallastCore
import BallastData
import Foundation

/// One timed import-and-load of a file into a fresh temporary store.
struct IngestRun {
    var rows = 0
    var stored = 0
    var parseSeconds = 0.0
    var validateSeconds = 0.0
    var storeSeconds = 0.0
    var importSeconds = 0.0
    var loadSeconds = 0.0
    var scanSeconds = 0.0
    var checksum = 0.0

    static func measure(file: String, symbol: String, zone: TimeZoneRule, catalog: InstrumentCatalog) throws -> IngestRun {
        var run = IngestRun()
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("ballast-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        defer { try? FileManager.default.removeItem(atPath: home) }

        try run.measurePhases(file: file, symbol: symbol, zone: zone, catalog: catalog, home: home + "-phases")
        var start = Clock.now

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

    /// The importer's three phases timed one by one (same calls, same order), for the breakdown.
    private mutating func measurePhases(file: String, symbol: String, zone: TimeZoneRule, catalog: InstrumentCatalog,
                                        home: String) throws {
        defer { try? FileManager.default.removeItem(atPath: home) }
        var start = Clock.now
        let read = try MT5BarsReader().read(try ByteSource(path: file), options: ReadOptions(symbol: symbol, zone: zone))
        parseSeconds = Clock.since(start)
        guard case .bars = read.payload, let instrument = catalog.resolve(symbol: symbol, profile: nil) else {
            throw BenchError("\(file) holds no bars of a catalog symbol")
        }
        start = Clock.now
        let validator = Validator(timeframe: .m1, calendar: catalog.calendar(for: instrument), zone: zone, digits: read.priceDigits)
        let outcome = validator.validate(read.payload)
        validateSeconds = Clock.since(start)
        guard case .bars(let bars) = outcome.cleaned else { throw BenchError("validation changed the payload kind") }
        start = Clock.now
        _ = try BarStore(home: home).importBars(bars, into: .bars(instrument.symbol, .m1), digits: read.priceDigits, zone: zone.name)
        storeSeconds = Clock.since(start)
    }
}
