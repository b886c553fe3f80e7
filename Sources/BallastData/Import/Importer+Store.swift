import BallastCore

extension Importer {
    /// Validates the read rows and merges them into the store.
    func validateAndStore(_ read: ReadResult, source: ByteSource, settings: ImportSettings, outcome start: FileImport) -> FileImport {
        var outcome = start
        outcome.format = read.format.rawValue
        outcome.kind = read.payload.kind
        outcome.rows = read.rowsRead
        outcome.zone = read.zone.name
        outcome.symbol = read.symbol
        outcome.notes += read.notes
        guard let symbol = read.symbol else {
            outcome.error = .init(code: "needsSymbol", message: "\(source.name): the file does not name its symbol and its name does not either; pass --symbol")
            return outcome
        }
        let instrument = catalog.resolve(symbol: symbol, profile: settings.profile)
        let seriesName = instrument?.symbol ?? symbol
        outcome.instrument = instrument?.symbol
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
        let validated = validator.validate(read.payload)
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

    /// `xxh64:<hex>` of the bytes as read.
    static func fingerprint(_ source: ByteSource) -> String {
        let hex = String(Checksum64.hash(source.bytes), radix: 16)
        return "xxh64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
