import BallastCore

extension FeatureSpec {
    /// Longest period accepted, so a typo cannot allocate gigabytes of ring buffers.
    static let maximumPeriod = 1_000_000

    /// The calculators the spec asks for, in column order, and the other instruments that
    /// cross-instrument entries name (index = `CrossReturnFeature.instrument`).
    func makeCalculators() throws(FeatureSpecError) -> (calculators: [any FeatureCalculator], instruments: [String], timeframes: [Timeframe]) {
        var calculators: [any FeatureCalculator] = []
        var instruments: [String] = [], timeframes: [Timeframe] = []
        for (i, entry) in features.enumerated() {
            let at = "features[\(i)]"
            let periods = try entry.checkedPeriods(at: at)
            switch entry.kind {
            case .logReturn: calculators.append(LogReturnFeature(horizons: periods))
            case .closeToCloseVolatility: calculators += periods.map { CloseToCloseVolatilityFeature(period: $0) }
            case .parkinsonVolatility: calculators += periods.map { RangeVolatilityFeature(.parkinson, period: $0) }
            case .garmanKlassVolatility: calculators += periods.map { RangeVolatilityFeature(.garmanKlass, period: $0) }
            case .atr: calculators += periods.map { ATRFeature(period: $0) }
            case .sma: calculators += periods.map { MovingAverageFeature(.simple, period: $0) }
            case .ema: calculators += periods.map { MovingAverageFeature(.exponential, period: $0) }
            case .macd: calculators.append(try entry.macd(at: at))
            case .adx: calculators += periods.map { ADXFeature(period: $0) }
            case .donchian: calculators += periods.map { DonchianFeature(period: $0) }
            case .rsi: calculators += periods.map { RSIFeature(period: $0) }
            case .zScore: calculators += periods.map { ZScoreFeature(period: $0) }
            case .bollinger:
                let width = entry.width ?? 2
                guard width.isFinite, width > 0 else { throw FeatureSpecError(at + ".width", "must be a positive number") }
                calculators += periods.map { BollingerFeature(period: $0, width: width) }
            case .calendar: calculators.append(CalendarFeature())
            case .sessions: calculators.append(try entry.sessionFeature(at: at))
            case .spread: calculators.append(SpreadFeature(periods: periods))
            case .volume: calculators.append(VolumeFeature(periods: periods, source: entry.volume ?? .tick))
            case .crossReturn:
                calculators.append(try entry.crossFeature(at: at, periods: periods, primary: timeframe,
                                                          instruments: &instruments, timeframes: &timeframes))
            }
        }
        let names = calculators.flatMap(\.columnNames)
        if let duplicate = Self.firstDuplicate(names) { throw FeatureSpecError("features", "column '\(duplicate)' appears twice") }
        return (calculators, instruments, timeframes)
    }

    private static func firstDuplicate(_ names: [String]) -> String? {
        var seen = Set<String>()
        return names.first { !seen.insert($0).inserted }
    }
}

extension FeatureSpec.Entry {
    func checkedPeriods(at location: String) throws(FeatureSpecError) -> [Int] {
        let periods = self.periods ?? kind.defaultPeriods
        if kind.defaultPeriods.isEmpty { return periods }
        guard !periods.isEmpty else { throw FeatureSpecError(location + ".periods", "must not be empty") }
        for (i, p) in periods.enumerated() where p < 1 || p > FeatureSpec.maximumPeriod {
            throw FeatureSpecError(location + ".periods[\(i)]", "\(p) is not in 1...\(FeatureSpec.maximumPeriod)")
        }
        return periods
    }

    func sessionFeature(at location: String) throws(FeatureSpecError) -> SessionFeature {
        do {
            return try SessionFeature(sessions: sessions ?? [.tokyo, .london, .newYork], overlaps: overlaps ?? [["london", "newyork"]])
        } catch { throw FeatureSpecError(location + "." + error.location, error.message) }
    }

    /// A cross-instrument feature; registers its instrument (one timeframe per instrument).
    func crossFeature(at location: String, periods: [Int], primary: Timeframe,
                      instruments: inout [String], timeframes: inout [Timeframe]) throws(FeatureSpecError) -> CrossReturnFeature {
        guard let name = instrument, !name.isEmpty else { throw FeatureSpecError(location + ".instrument", "is required") }
        let frame = timeframe ?? primary
        let index = instruments.firstIndex(of: name) ?? instruments.count
        if index == instruments.count {
            instruments.append(name)
            timeframes.append(frame)
        } else if timeframes[index] != frame {
            throw FeatureSpecError(location + ".timeframe", "\(name) already appears with timeframe \(timeframes[index].rawValue)")
        }
        return CrossReturnFeature(name: name, instrument: index, horizons: periods, primaryTimeframe: primary, otherTimeframe: frame)
    }

    func macd(at location: String) throws(FeatureSpecError) -> MACDFeature {
        let fast = self.fast ?? 12, slow = self.slow ?? 26, signal = self.signal ?? 9
        let range = 1...FeatureSpec.maximumPeriod
        guard range.contains(fast), range.contains(slow), range.contains(signal), fast < slow else {
            throw FeatureSpecError(location, "MACD needs 0 < fast < slow and a positive signal period")
        }
        return MACDFeature(fast: fast, slow: slow, signal: signal)
    }
}
