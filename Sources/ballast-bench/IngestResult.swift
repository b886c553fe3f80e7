import Foundation

/// The medians of several ingest runs, as `--json` prints them.
struct IngestResult {
    let runs: [IngestRun]
    let fileBytes: Double

    private func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    var importSeconds: Double { median(runs.map(\.importSeconds)) }

    var fields: [String: Any] {
        let rows = runs[0].rows
        return [
            "rows": rows,
            "stored": runs[0].stored,
            "file_mb": fileBytes / 1e6,
            "import_seconds": importSeconds,
            "mb_per_second": fileBytes / 1e6 / importSeconds,
            "rows_per_second": Double(rows) / importSeconds,
            "parse_seconds": median(runs.map(\.parseSeconds)),
            "parse_mb_per_second": fileBytes / 1e6 / median(runs.map(\.parseSeconds)),
            "validate_seconds": median(runs.map(\.validateSeconds)),
            "store_seconds": median(runs.map(\.storeSeconds)),
            "load_seconds": median(runs.map(\.loadSeconds)),
            "scan_seconds": median(runs.map(\.scanSeconds)),
            "close_sum": runs[0].checksum,
            "runs": runs.count,
        ]
    }

    func json() throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
    }

    var summary: String {
        let f = fields
        return """
            rows \(f["rows"]!), \(String(format: "%.1f", fileBytes / 1e6)) MB
            import \(String(format: "%.3f", importSeconds)) s = \(String(format: "%.0f", f["mb_per_second"] as! Double)) MB/s, \
            \(String(format: "%.2f", (f["rows_per_second"] as! Double) / 1e6)) M rows/s 
            phases: parse \(String(format: "%.3f", f["parse_seconds"] as! Double)) s (\(String(format: "%.0f", f["parse_mb_per_second"] as! Double)) MB/s), \
            validate \(String(format: "%.3f", f["validate_seconds"] as! Double)) s, store \(String(format: "%.3f", f["store_seconds"] as! Double)) s
            load \(String(format: "%.3f", (f["load_seconds"] as! Double) * 1000)) ms, scan closes \(String(format: "%.1f", (f["scan_seconds"] as! Double) * 1000)) ms
            """
    }
}
