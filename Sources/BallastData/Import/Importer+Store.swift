import BallastCore

extension Importer {
    /// Validates the read rows and merges them into the store.
    func validateAndStore(_ read: ReadResult, source: ByteSource, settings: ImportSettings, outcome start: FileImport) -> FileImport {
        var outcome = start
        outcome.format = read.format.rawValue
        outcome.kind = read.payload.kind
        outcome.rows = read.rowsRead
        outcome.zone = read.zone.name
        outcome.notes += read.notes
        guard let symbol = read.symbol ?? catalogSymbol(inFileName: source.name) else {
            outcome.error = .init(code: "needsSymbol", message: "\(source.name): neither the file nor its name names the symbol; pass --symbol")
            return outcome
        }
        outcome.symbol = symbol
        // Value series (FRED's SP500, say) keep their own names; only market symbols map to instruments.
        let instrument = read.payload.kind == "values" ? nil : catalog.resolve(symbol: symbol, profile: settings.profile)
        var seriesName = instrument?.symbol ?? symbol
        if FileNameHints.isAskSide(source.name), read.payload.kind == "bars" {
            seriesName += ".ask"
            outcome.notes.append("the file name says these are ask prices: stored as \(seriesName), beside the bid series")
        }
        outcome.instrument = seriesName
        if instrument == nil, read.payload.kind != "values" {
            outcome.notes.append("\(symbol) is not in the instrument catalog: stored under its own name, without a session calendar")
        }
        var timeframe: Timeframe?
        if case .bars(let bars) = read.payload {
            timeframe = read.timeframe ?? TimeframeInference.infer(bars.time)
            guard timeframe != nil else {
                outcome.error = .init(code: "needsTimeframe", message: "\(source.name): the bar spacing does not match an MT5 timeframe; pass --timeframe")
                return outcome
            }
            outcome.timeframe = timeframe?.rawValue
        }
        let calendar: (any TradingCalendar)? = instrument.map { catalog.calendar(for: $0) }
        let validator = Validator(policy: settings.validation, timeframe: timeframe, calendar: calendar,
                                  zone: read.zone, digits: read.priceDigits)
        var payload = read.payload
        if case .ticks(var ticks) = payload {
            let moved = TickTimeSpacing.apply(&ticks)
            if moved > 0 {
                outcome.notes.append("\(moved) ticks shared a timestamp with the tick before them; they were spaced 1 ns apart to keep each one, in file order")
            }
            payload = .ticks(ticks)
        }
        let validated = validator.validate(payload)
        outcome.findings = validated.report.findings
        outcome.notes += validated.report.notes
        outcome.validation = validated.report.summary
        outcome.valid = validated.report.rowsOut
        let times = validated.cleaned.times
        outcome.first = times.first.map { Timestamp(nanoseconds: $0).iso8601 }
        outcome.last = times.last.map { Timestamp(nanoseconds: $0).iso8601 }
        if validated.report.rejected {
            outcome.status = .rejected
            return outcome
        }
        guard let store, !settings.dryRun else {
            outcome.status = .validated
            return outcome
        }
        let record = SourceFileRecord(name: source.name, contentHash: Self.fingerprint(source), rows: read.rowsRead, zone: read.zone.name)
        do {
            let report = try merge(validated.cleaned, into: store, name: seriesName, timeframe: timeframe,
                                   digits: read.priceDigits, zone: read.zone.name, record: record, policy: settings.conflicts)
            outcome.stored = report.added + report.replaced
            outcome.unchanged = report.unchanged
            outcome.conflicts = report.conflicts
            outcome.status = outcome.stored > 0 ? .stored : .unchanged
            if report.conflicts > 0 {
                outcome.notes.append("\(report.conflicts) rows differ from the stored rows at the same time; policy \(settings.conflicts.rawValue)")
            }
        } catch {
            outcome.status = .failed
            outcome.error = .init(code: "store", message: error.description)
        }
        return outcome
    }

    private func merge(_ payload: ReadResult.Payload, into store: BarStore, name: String, timeframe: Timeframe?, digits: Int,
                       zone: String, record: SourceFileRecord, policy: ConflictPolicy) throws(StoreError) -> MergeReport {
        switch payload {
        case .bars(let bars):
            return try store.importBars(bars, into: .bars(name, timeframe ?? .m1), digits: digits, zone: zone, source: record, policy: policy)
        case .ticks(let ticks):
            return try store.importTicks(ticks, into: .ticks(name), digits: digits, zone: zone, source: record, policy: policy)
        case .values(let values):
            return try store.importValues(values, into: .values(name), digits: digits, zone: zone, source: record, policy: policy)
        }
    }

    /// The first word of a file name that the catalog knows (`bitstamp_BTCUSD_trades` → BTCUSD).
    func catalogSymbol(inFileName path: String) -> String? {
        FileNameHints.words(path).first { catalog.resolve(symbol: $0, profile: nil) != nil }
    }

    /// `xxh64:<hex>` of the bytes as read.
    static func fingerprint(_ source: ByteSource) -> String {
        let hex = String(Checksum64.hash(source.bytes), radix: 16)
        return "xxh64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
