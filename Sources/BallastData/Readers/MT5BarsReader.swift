import BallastCore

/// Reads MetaTrader 5 "Export bars" files: a `<DATE>\t<TIME>\t<OPEN>…` header, `YYYY.MM.DD`
/// dates, prices usually BID, `<SPREAD>` in points. D1 and longer exports omit `<TIME>`.
///
/// MT5 writes broker server time, which the file does not state, so a zone is required.
public struct MT5BarsReader: FormatReader {
    public let format = DataFormat.mt5Bars

    public init() {}

    enum Column: Equatable { case date, time, open, high, low, close, tickVolume, volume, spread, ignored }

    public func read(_ source: ByteSource, options: ReadOptions) throws(DataReadError) -> ReadResult {
        var scanner = try ByteScanner.checked(source)
        let (columns, delimiter): ([Column], UInt8)
        do { (columns, delimiter) = try header(&scanner) } catch { throw scanner.classify(error, limit: options.maxLineLength) }
        guard let zone = options.zone else {
            throw DataReadError(.needsTimeZone, file: source.name,
                                "MT5 exports are in the broker's server time, which the file does not state; pass --tz (for example NY+7, UTC+2 or Europe/Athens) or --broker with a profile that sets it")
        }
        let hints = FileNameHints(path: source.name)
        var bars = BarColumns()
        ColumnPrefault.reserve(&bars, rows: source.bytes.count / 56 + 16)
        var converter = LocalTimeConverter(zone)
        scanner.skipBlankLines()
        var rows = 0
        do {
            if columns == Self.standard || columns == Self.standardDaily {
                rows = try readStandard(&scanner, hasTime: columns.count == 9, delimiter: delimiter, into: &bars,
                                    converter: &converter, progress: options.progress)
            } else {
                rows = try readAny(&scanner, columns: columns, delimiter: delimiter, into: &bars, converter: &converter)
            }
        } catch { throw scanner.classify(error, limit: options.maxLineLength) }
        guard rows > 0 else { throw DataReadError(.headerOnly, file: source.name, "the file has a header but no data rows") }
        return ReadResult(format: format, payload: .bars(bars), rowsRead: rows, symbol: options.symbol ?? hints.symbol,
                          timeframe: options.timeframe ?? hints.timeframe ?? (columns.contains(.time) ? nil : .d1),
                          zone: zone, priceDigits: PriceDigits.infer(bars))
    }

    /// How far ahead of the cursor pages are mapped in one call.
    static let prefetchChunk = 16 << 20

    static let standard: [Column] = [.date, .time, .open, .high, .low, .close, .tickVolume, .volume, .spread]
    static let standardDaily: [Column] = [.date, .open, .high, .low, .close, .tickVolume, .volume, .spread]

    private func header(_ scanner: inout ByteScanner) throws(DataReadError) -> ([Column], UInt8) {
        let line = try scanner.restOfLine()
        let text = String(decoding: line, as: UTF8.self)
        let delimiter: UInt8 = text.contains("\t") ? 9 : text.contains(";") ? 59 : 44
        let names = text.split(separator: Character(UnicodeScalar(delimiter)), omittingEmptySubsequences: false)
        let map: [String: Column] = ["<DATE>": .date, "<TIME>": .time, "<OPEN>": .open, "<HIGH>": .high, "<LOW>": .low,
                                     "<CLOSE>": .close, "<TICKVOL>": .tickVolume, "<VOL>": .volume, "<SPREAD>": .spread]
        let columns = names.map { map[$0.trimmingCharacters(in: .whitespaces).uppercased()] ?? .ignored }
        for needed in [Column.date, .open, .high, .low, .close] where !columns.contains(needed) {
            throw DataReadError(.malformed, file: scanner.file, line: 1, column: 1,
                                "not an MT5 bars header: no \(needed) column in '\(text.prefix(120))'")
        }
        scanner.skipLineEnd()
        return (columns, delimiter)
    }

    /// The hot path for the layout every MT5 build writes.
    private func readStandard(_ s: inout ByteScanner, hasTime: Bool, delimiter: UInt8,
                              into bars: inout BarColumns, converter: inout LocalTimeConverter,
                              progress: (@Sendable (Int) -> Void)?) throws(DataReadError) -> Int {
        var rows = 0
        var cachedDateBytes: (UInt64, UInt16) = (0, 0)
        var cachedDay = 0
        var prefetched = 0
        while !s.atEnd {
            if s.position >= prefetched {
                prefetched = s.owner.prefetch(s.position..<(s.position + Self.prefetchChunk))
                progress?(s.position)
            }
            // Consecutive rows nearly always share a date: compare its ten bytes instead of re-parsing.
            var day: Int
            if s.position + 10 <= s.end {
                let raw = UnsafeRawPointer(s.base + s.position)
                let key = (raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self))
                if key == cachedDateBytes {
                    day = cachedDay
                    s.position += 10
                } else {
                    day = try date(&s)
                    cachedDateBytes = key
                    cachedDay = day
                }
            } else {
                day = try date(&s)
            }
            var seconds = 0
            if hasTime {
                try s.expect(delimiter, "a delimiter after the date")
                seconds = try fieldTime(&s)
            }
            try s.expect(delimiter, "a delimiter before <OPEN>")
            let open = try fieldPrice(&s, "<OPEN>")
            try s.expect(delimiter, "a delimiter before <HIGH>")
            let high = try fieldPrice(&s, "<HIGH>")
            try s.expect(delimiter, "a delimiter before <LOW>")
            let low = try fieldPrice(&s, "<LOW>")
            try s.expect(delimiter, "a delimiter before <CLOSE>")
            let close = try fieldPrice(&s, "<CLOSE>")
            try s.expect(delimiter, "a delimiter before <TICKVOL>")
            let tickVolume = try s.unsigned("<TICKVOL>")
            try s.expect(delimiter, "a delimiter before <VOL>")
            let volume = try s.double("<VOL>")
            try s.expect(delimiter, "a delimiter before <SPREAD>")
            let spread = try s.unsigned("<SPREAD>")
            guard s.atLineEnd else { throw s.error("unexpected text after <SPREAD> (more columns than the header)") }
            let utc = converter.utcSeconds(fromLocal: Int64(day) * 86_400 + Int64(seconds))
            bars.append(time: utc &* 1_000_000_000, open: open, high: high, low: low, close: close,
                        tickVolume: tickVolume, volume: volume, spread: Int32(clamping: spread))
            rows += 1
            s.skipLineEnd()
            if s.current == 10 || s.current == 13 { s.skipBlankLines() }
        }
        return rows
    }

    /// Any other column set MT5-like tools write (missing or reordered columns).
    private func readAny(_ s: inout ByteScanner, columns: [Column], delimiter: UInt8,
                         into bars: inout BarColumns, converter: inout LocalTimeConverter) throws(DataReadError) -> Int {
        var rows = 0
        while !s.atEnd {
            var day = 0, seconds = 0, tickVolume: Int64 = 0, spread: Int64 = 0
            var open: Int64 = 0, high: Int64 = 0, low: Int64 = 0, close: Int64 = 0, volume = 0.0
            for (index, column) in columns.enumerated() {
                if index > 0 { try s.expect(delimiter, "\(columns.count) columns as in the header") }
                switch column {
                case .date: day = try date(&s)
                case .time: seconds = try timeOfDay(&s)
                case .open: open = try s.price("<OPEN>")
                case .high: high = try s.price("<HIGH>")
                case .low: low = try s.price("<LOW>")
                case .close: close = try s.price("<CLOSE>")
                case .tickVolume: tickVolume = try s.unsigned("<TICKVOL>")
                case .volume: volume = try s.double("<VOL>")
                case .spread: spread = try s.unsigned("<SPREAD>")
                case .ignored: while !s.atLineEnd && s.current != delimiter { s.position += 1 }
                }
            }
            guard s.atLineEnd else { throw s.error("more columns than the header") }
            let utc = converter.utcSeconds(fromLocal: Int64(day) * 86_400 + Int64(seconds))
            bars.append(time: utc &* 1_000_000_000, open: open, high: high, low: low, close: close,
                        tickVolume: tickVolume, volume: volume, spread: Int32(clamping: spread))
            rows += 1
            s.skipLineEnd()
            s.skipBlankLines()
        }
        return rows
    }

    /// A price by the fast path, or by the general parser (which also explains a bad field).
    @inline(__always) private func fieldPrice(_ s: inout ByteScanner, _ what: StaticString) throws(DataReadError) -> Int64 {
        if let raw = s.quickPrice() { return raw }
        return try s.price("\(what)")
    }

    @inline(__always) private func fieldTime(_ s: inout ByteScanner) throws(DataReadError) -> Int {
        if let seconds = s.quickTimeOfDay() { return seconds }
        return try timeOfDay(&s)
    }

    /// `YYYY.MM.DD` as a day number.
    @inline(__always) private func date(_ s: inout ByteScanner) throws(DataReadError) -> Int {
        let year = try s.fixedDigits(4, "a date YYYY.MM.DD")
        try s.expect(46, "'.' in the date YYYY.MM.DD")
        let month = try s.fixedDigits(2, "the month in YYYY.MM.DD")
        try s.expect(46, "'.' in the date YYYY.MM.DD")
        let day = try s.fixedDigits(2, "the day in YYYY.MM.DD")
        guard CivilCalendar.isValid(year: year, month: month, day: day) else {
            s.position -= 10
            throw s.error("\(year).\(month).\(day) is not a calendar date")
        }
        return CivilCalendar.days(year: year, month: month, day: day)
    }

    /// `HH:MM` or `HH:MM:SS` as seconds of the day.
    @inline(__always) private func timeOfDay(_ s: inout ByteScanner) throws(DataReadError) -> Int {
        let hour = try s.fixedDigits(2, "a time HH:MM:SS")
        try s.expect(58, "':' in the time HH:MM:SS")
        let minute = try s.fixedDigits(2, "the minutes in HH:MM:SS")
        var second = 0
        if s.current == 58 {
            s.position += 1
            second = try s.fixedDigits(2, "the seconds in HH:MM:SS")
        }
        guard hour < 24, minute < 60, second < 60 else {
            s.position -= 8
            throw s.error("\(hour):\(minute):\(second) is not a time of day")
        }
        return hour * 3600 + minute * 60 + second
    }
}
