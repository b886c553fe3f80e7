/// The features a `FeatureSpec` can ask for; the raw value is the spelling in a spec file.
public enum FeatureKind: String, Codable, Sendable, CaseIterable {
    /// `LogReturnFeature`, one column per horizon in `periods`.
    case logReturn
    /// `CloseToCloseVolatilityFeature` per period.
    case closeToCloseVolatility
    /// `RangeVolatilityFeature(.parkinson)` per period.
    case parkinsonVolatility
    /// `RangeVolatilityFeature(.garmanKlass)` per period.
    case garmanKlassVolatility
    /// `ATRFeature` per period.
    case atr
    /// `MovingAverageFeature(.simple)` per period.
    case sma
    /// `MovingAverageFeature(.exponential)` per period.
    case ema
    /// `MACDFeature` from `fast`, `slow`, `signal`.
    case macd
    /// `ADXFeature` per period.
    case adx
    /// `DonchianFeature` per period.
    case donchian
    /// `RSIFeature` per period.
    case rsi
    /// `ZScoreFeature` per period.
    case zScore
    /// `BollingerFeature` per period, with `width`.
    case bollinger
    /// `CalendarFeature`.
    case calendar
    /// `SessionFeature` from `sessions` and `overlaps`.
    case sessions
    /// `SpreadFeature` over `periods`.
    case spread
    /// `VolumeFeature` over `periods`, from `volume`.
    case volume
    /// `CrossReturnFeature` for `instrument` on `timeframe`, one column per horizon in `periods`.
    case crossReturn

    /// The periods (or horizons) used when an entry gives none.
    public var defaultPeriods: [Int] {
        switch self {
        case .logReturn: [1, 5, 20]
        case .closeToCloseVolatility, .parkinsonVolatility, .garmanKlassVolatility, .donchian, .zScore, .bollinger: [20]
        case .atr, .adx, .rsi: [14]
        case .sma, .ema: [20, 50]
        case .spread, .volume: [50]
        case .crossReturn: [1, 5]
        case .macd, .calendar, .sessions: []
        }
    }
}
