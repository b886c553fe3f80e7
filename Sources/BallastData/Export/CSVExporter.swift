import BallastCore

/// Writes bars, ticks and values as CSV bytes, formatting every field at the byte level.
///
/// - `mt5`: MetaTrader 5's "Export bars/ticks" layout: tab-separated, `<DATE>` header, server
///   time in `zone`, prices with `digits` decimals, CRLF; D1 and longer bars omit `<TIME>`.
///   Exporting an imported MT5 file with the zone it was read in gives back the same bytes.
/// - `isoUTC`: `time,open,high,low,close,tick_volume,volume,spread` (ticks
///   `time,bid,ask,last,volume,flags`, values `time,value`) with ISO-8601 UTC times and LF.
///   Missing tick sides and NaN values are empty fields.
public struct CSVExporter: Sendable {
    /// MT5's tab-separated export layout on a server clock, or comma-separated ISO-8601 UTC.
    public enum Layout: String, Sendable, Codable, CaseIterable {
        case mt5
        case isoUTC = "iso"
    }

    public var layout: Layout
    /// Price decimals (the series' `digits`).
    public var digits: Int
    /// The server clock for the MT5 layout (ignored by `isoUTC`).
    public var zone: TimeZoneRule

    public init(layout: Layout, digits: Int, zone: TimeZoneRule = .utc) {
        precondition((0...Price.decimals).contains(digits), "digits \(digits) outside 0...9")
        self.layout = layout
        self.digits = digits
        self.zone = zone
    }

    var separator: UInt8 { layout == .mt5 ? 9 : 44 }

    /// Bars of `timeframe` (which decides whether MT5's `<TIME>` column is written).
    public func export(_ bars: BarColumns, timeframe: Timeframe? = nil) -> [UInt8] {
        var writer = RowWriter(self, capacity: bars.count * 64 + 128, timeframe: timeframe)
        writer.barHeader()
        for i in 0..<bars.count {
            writer.bar(bars.time[i], bars.open[i], bars.high[i], bars.low[i], bars.close[i], bars.tickVolume[i],
                       bars.volume[i], bars.spread[i])
        }
        return writer.out.bytes
    }

    /// Stored bars, read zero-copy.
    public func export(_ bars: StoredBars, timeframe: Timeframe? = nil) -> [UInt8] {
        var writer = RowWriter(self, capacity: bars.count * 64 + 128, timeframe: timeframe)
        writer.barHeader()
        for p in bars.partitions {
            for i in 0..<p.count {
                writer.bar(p.time[i], p.open[i], p.high[i], p.low[i], p.close[i], p.tickVolume[i], p.volume[i], p.spread[i])
            }
        }
        return writer.out.bytes
    }

    public func export(_ ticks: TickColumns) -> [UInt8] {
        var writer = RowWriter(self, capacity: ticks.count * 64 + 128, timeframe: nil)
        writer.tickHeader()
        for i in 0..<ticks.count {
            writer.tick(ticks.time[i], ticks.bid[i], ticks.ask[i], ticks.last[i], ticks.volume[i], ticks.flags[i])
        }
        return writer.out.bytes
    }

    public func export(_ ticks: StoredTicks) -> [UInt8] {
        var writer = RowWriter(self, capacity: ticks.count * 64 + 128, timeframe: nil)
        writer.tickHeader()
        for p in ticks.partitions {
            for i in 0..<p.count { writer.tick(p.time[i], p.bid[i], p.ask[i], p.last[i], p.volume[i], p.flags[i]) }
        }
        return writer.out.bytes
    }

    public func export(_ values: ValueColumns) -> [UInt8] {
        var writer = RowWriter(self, capacity: values.count * 32 + 32, timeframe: nil)
        writer.valueHeader()
        for i in 0..<values.count { writer.value(values.time[i], values.value[i]) }
        return writer.out.bytes
    }

    public func export(_ values: StoredValues) -> [UInt8] {
        var writer = RowWriter(self, capacity: values.count * 32 + 32, timeframe: nil)
        writer.valueHeader()
        for p in values.partitions {
            for i in 0..<p.count { writer.value(p.time[i], p.value[i]) }
        }
        return writer.out.bytes
    }
}
