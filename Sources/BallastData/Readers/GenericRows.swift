import BallastCore

/// The row loop of `GenericCSVReader`: one pass, each field parsed by its column's role.
struct GenericRows {
    var bars = BarColumns()
    var ticks = TickColumns()
    var values = ValueColumns()
    /// Data rows read, including skipped ones.
    var count = 0
    /// Rows dropped because a price was missing.
    var skipped = 0
    /// Rows whose time had no stated offset (read in the fallback zone).
    var unzoned = 0
    var converter: LocalTimeConverter

    init(zone: TimeZoneRule) { converter = LocalTimeConverter(zone) }

    /// One row's fields, by role.
    struct Row {
        var time = ByteScanner.WrittenTime(seconds: 0, nanos: 0, offset: nil)
        var clock: Int64 = 0
        var open = TickColumns.missing, high = TickColumns.missing, low = TickColumns.missing, close = TickColumns.missing
        var bid = TickColumns.missing, ask = TickColumns.missing, last = TickColumns.missing
        var volume = 0.0, tickVolume: Int64 = 0, spread: Int64 = 0, value = Double.nan
    }

    mutating func read(_ s: inout ByteScanner, layout: GenericLayout, limit: Int) throws(DataReadError) {
        let delimiter = layout.delimiter
        while !s.atEnd {
            var row = Row()
            for (index, role) in layout.roles.enumerated() {
                if index > 0 { try s.expect(delimiter, "\(layout.roles.count) columns separated by \(describe(delimiter))") }
                try field(&s, role: role, delimiter: delimiter, into: &row)
            }
            try s.finishRow(limit: limit)
            count += 1
            append(row, kind: layout.kind)
        }
        guard count > 0 else { throw DataReadError(.headerOnly, file: s.file, "the file has a header but no data rows") }
    }

    private mutating func field(_ s: inout ByteScanner, role: GenericLayout.Role, delimiter: UInt8, into row: inout Row) throws(DataReadError) {
        while s.current == 32 { s.position += 1 }
        let quoted = s.current == 34
        if quoted { s.position += 1 }
        if role == .time || role == .date || role == .clock, s.atMissingValue(delimiter: quoted ? 34 : delimiter) {
            throw s.error("the \(role) column is empty")
        }
        if role == .ignored || s.atMissingValue(delimiter: quoted ? 34 : delimiter) {
            if quoted { while !s.atLineEnd, s.current != 34 { s.position += 1 } } else { s.skipField(delimiter) }
        } else {
            switch role {
            case .time, .date: row.time = try s.anyTimestamp("the time")
            case .clock: row.clock = try s.clockTime("the time of day")
            case .open: row.open = try s.genericPrice("open")
            case .high: row.high = try s.genericPrice("high")
            case .low: row.low = try s.genericPrice("low")
            case .close: row.close = try s.genericPrice("close")
            case .bid: row.bid = try s.genericPrice("bid")
            case .ask: row.ask = try s.genericPrice("ask")
            case .last: row.last = try s.genericPrice("price")
            case .volume, .amount: row.volume = try s.genericDouble("volume")
            case .tickVolume: row.tickVolume = Self.integer(try s.genericDouble("tick volume"))
            case .spread: row.spread = Self.integer(try s.genericDouble("spread"))
            case .value: row.value = try s.genericDouble("value")
            case .ignored: break
            }
        }
        if quoted { try s.expect(34, "a closing '\"'") }
        while s.current == 32 { s.position += 1 }
        guard s.atLineEnd || s.current == delimiter else {
            throw s.error("unexpected '\(Character(UnicodeScalar(s.current)))' in the \(role) column")
        }
    }

    private mutating func append(_ row: Row, kind: GenericLayout.Kind) {
        var seconds = row.time.seconds + row.clock / 1_000_000_000
        if let offset = row.time.offset { seconds -= Int64(offset) } else {
            seconds = converter.utcSeconds(fromLocal: seconds)
            unzoned += 1
        }
        let time = seconds &* 1_000_000_000 &+ row.time.nanos &+ row.clock % 1_000_000_000
        switch kind {
        case .bars:
            guard row.open != TickColumns.missing, row.high != TickColumns.missing, row.low != TickColumns.missing,
                  row.close != TickColumns.missing else { skipped += 1; return }
            bars.append(time: time, open: row.open, high: row.high, low: row.low, close: row.close,
                        tickVolume: row.tickVolume, volume: row.volume, spread: Int32(clamping: row.spread))
        case .ticks:
            guard row.bid != TickColumns.missing || row.ask != TickColumns.missing || row.last != TickColumns.missing else {
                skipped += 1
                return
            }
            ticks.append(time: time, bid: row.bid, ask: row.ask, last: row.last, volume: row.volume, flags: 0)
        case .values:
            values.append(time: time, value: row.value)
        }
    }

    /// A count written as a float (`12.0`), clamped instead of trapping on huge or NaN input.
    static func integer(_ value: Double) -> Int64 {
        guard value.isFinite else { return 0 }
        return value >= 9.2e18 ? Int64.max : value <= -9.2e18 ? Int64.min : Int64(value)
    }

    private func describe(_ delimiter: UInt8) -> String {
        delimiter == 9 ? "tabs" : "'\(Character(UnicodeScalar(delimiter)))'"
    }
}
