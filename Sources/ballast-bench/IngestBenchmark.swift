import ArgumentParser
import BallastCore
import BallastData
import Foundation

/// `ballast-bench ingest`: imports an MT5 M1 export into a fresh store, then loads it back.
struct IngestBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Import an MT5 bars CSV into a fresh store and load it back; report throughput.")

    @Option(help: "The MT5 'Export bars' CSV to import.")
    var data: String

    @Option(help: "Server time zone of the file.")
    var tz = "UTC"

    @Option(help: "Timed repetitions; the median is reported.")
    var repeats = 3

    @Flag(help: "Print one JSON object.")
    var json = false

    func run() throws {
        guard let zone = TimeZoneRule.named(tz) else { throw ValidationError("unknown time zone '\(tz)'") }
        let bytes = try FileManager.default.attributesOfItem(atPath: data)[.size] as? Int ?? 0
        var parseTimes: [Double] = []
        var rows = 0
        for _ in 0..<repeats {
            let start = DispatchTime.now().uptimeNanoseconds
            let source = try ByteSource(path: data)
            let result = try MT5BarsReader().read(source, options: ReadOptions(zone: zone))
            parseTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            rows = result.rowsRead
        }
        let parse = parseTimes.sorted()[parseTimes.count / 2]
        let report: [String: Any] = [
            "rows": rows, "file_mb": Double(bytes) / 1e6, "parse_seconds": parse,
            "parse_mb_per_second": Double(bytes) / 1e6 / parse,
        ]
        print(String(decoding: try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys]), as: UTF8.self))
    }
}
