import BallastCore
import BallastData

/// Rows of a stored series as ISO-UTC CSV text.
enum SeriesRows {
    static func render(store: BarStore, key: SeriesKey, digits: Int, head: Int?, tail: Int?) throws -> String {
        let exporter = CSVExporter(layout: .isoUTC, digits: digits)
        func window(_ count: Int) -> [Int] {
            if let head { return Array(0..<min(head, count)) }
            let n = min(tail ?? 10, count)
            return Array((count - n)..<count)
        }
        let bytes: [UInt8]
        switch key.kind {
        case .bars:
            let stored = try store.bars(key)
            bytes = exporter.export(BarColumns(window(stored.count).map(stored.bar(at:))), timeframe: key.timeframe)
        case .ticks:
            let stored = try store.ticks(key)
            var columns = TickColumns()
            for i in window(stored.count) { columns.append(stored.tick(at: i)) }
            bytes = exporter.export(columns)
        case .values:
            let stored = try store.values(key)
            var columns = ValueColumns()
            for i in window(stored.count) { let v = stored.value(at: i); columns.append(time: v.time.nanoseconds, value: v.value) }
            bytes = exporter.export(columns)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
