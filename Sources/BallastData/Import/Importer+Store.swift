import BallastCore

extension Importer {
    /// The series a file's rows go to.
    struct SeriesTarget {
        var name: String
        var instrument: Instrument?
        var timeframe: Timeframe?
    }

    /// Validates the read rows and merges them into the store.
    func validateAndStore(_ read: consuming ReadResult, source: ByteSource, settings: ImportSettings, outcome start: FileImport) -> FileImport {
        var outcome = start
        outcome.format = read.format.rawValue
        outcome.kind = read.payload.kind
        outcome.rows = read.rowsRead
        outcome.zone = read.zone.name
        outcome.notes += read.notes
        guard let target = resolveTarget(read, source: source, settings: settings, outcome: &outcome) else { return outcome }
        // Move the rows out of `read` so that in-place changes below do not copy the columns.
        var payload = read.payload
        read.payload = .values(ValueColumns())
        spaceTickTimes(&payload, outcome: &outcome)
        let calendar: (any TradingCalendar)? = target.instrument.map { catalog.calendar(for: $0) }
        let validated = Validator(policy: settings.validation, timeframe: target.timeframe, calendar: calendar,
                                  zone: read.zone, digits: read.priceDigits).validate(payload)
        outcome.findings = validated.report.findings
        outcome.notes += validated.report.notes
        outcome.validation = validated.report.summary
        outcome.valid = validated.report.rowsOut
        let times = validated.cleaned.times
        outcome.first = times.first.map { Timestamp(nanoseconds: $0).iso8601 }
        outcome.last = times.last.map { Timestamp(nanoseconds: $0).iso8601 }
        if validated.report.rejected {
            outcome.status = .rejected
        } else if let store, !settings.dryRun {
            let record = SourceFileRecord(name: source.name, contentHash: Self.fingerprint(source), rows: read.rowsRead, zone: read.zone.name)
            save(validated.cleaned, in: store, target: target, digits: read.priceDigits, zone: read.zone.name, record: record,
                  policy: settings.conflicts, outcome: &outcome)
        } else {
            outcome.status = .validated
        }
        return outcome
    }

    /// The symbol, instrument, series name and timeframe of a file, or nil (with the error set).
    private func resolveTarget(_ read: borrowing ReadResult, source: ByteSource, settings: ImportSettings,
                               outcome: inout FileImport) -> SeriesTarget? {
        guard let symbol = read.symbol ?? catalogSymbol(inFileName: source.name) else {
            outcome.error = .init(code: "needsSymbol", message: "\(source.name): neither the file nor its name names the symbol; pass --symbol")
            return nil
        }
        outcome.symbol = symbol
        // Value series (FRED's SP500, say) keep their own names; only market symbols map to instruments.
        let instrument = read.payload.kind == "values" ? nil : catalog.resolve(symbol: symbol, profile: settings.profile)
        var target = SeriesTarget(name: instrument?.symbol ?? symbol, instrument: instrument, timeframe: nil)
        if FileNameHints.isAskSide(source.name), read.payload.kind == "bars" {
            target.name += ".ask"
            outcome.notes.append("the file name says these are ask prices: stored as \(target.name), beside the bid series")
        }
        outcome.instrument = target.name
        if instrument == nil, read.payload.kind != "values" {
            outcome.notes.append("\(symbol) is not in the instrument catalog: stored under its own name, without a session calendar")
        }
        if case .bars(let bars) = read.payload {
            guard let timeframe = read.timeframe ?? TimeframeInference.infer(bars.time) else {
                outcome.error = .init(code: "needsTimeframe", message: "\(source.name): the bar spacing does not match an MT5 timeframe; pass --timeframe")
                return nil
            }
            target.timeframe = timeframe
            outcome.timeframe = timeframe.rawValue
        }
        return target
    }

    /// Ticks sharing a timestamp get distinct times (see `TickTimeSpacing`), in place.
    private func spaceTickTimes(_ payload: inout ReadResult.Payload, outcome: inout FileImport) {
        guard case .ticks(var ticks) = payload else { return }
        payload = .values(ValueColumns())
        let moved = TickTimeSpacing.apply(&ticks)
        if moved > 0 {
            outcome.notes.append("\(moved) ticks shared a timestamp with the tick before them; they were spaced 1 ns apart to keep each one, in file order")
        }
        payload = .ticks(ticks)
    }

    /// Merges validated rows into the store and records what happened.
    private func save(_ payload: ReadResult.Payload, in store: BarStore, target: SeriesTarget, digits: Int, zone: String,
                       record: SourceFileRecord, policy: ConflictPolicy, outcome: inout FileImport) {
        do {
            let report = try merge(payload, into: store, name: target.name, timeframe: target.timeframe,
                                   digits: digits, zone: zone, record: record, policy: policy)
            outcome.stored = report.added + report.replaced
            outcome.unchanged = report.unchanged
            outcome.conflicts = report.conflicts
            outcome.status = outcome.stored > 0 ? .stored : .unchanged
            if report.conflicts > 0 {
                outcome.notes.append("\(report.conflicts) rows differ from the stored rows at the same time; policy \(policy.rawValue)")
            }
        } catch {
            outcome.status = .failed
            outcome.error = .init(code: "store", message: error.description)
        }
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
