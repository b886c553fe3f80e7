import BallastCore

/// Mean reversion on an oscillator. With `indicator=rsi`: buy when Wilder's RSI falls below
/// `oversold`, sell short when it rises above `overbought` (if `short`), and leave when it
/// crosses back to `exit-level`. With `indicator=bollinger`: buy below the lower band, short
/// above the upper band, leave at the middle.
public struct MeanReversion: ConfigurableStrategy {
    /// Indicators carry all the state this strategy needs: the context keeps no bars.
    public static let historyLength = 0

    public static let descriptor = StrategyDescriptor(
        name: "mean-reversion",
        summary: "fade extremes of RSI or Bollinger bands, exit at the middle",
        parameters: [
            StrategyParameter("indicator", default: "rsi", "rsi or bollinger"),
            StrategyParameter("rsi-period", default: "14", "RSI period in bars"),
            StrategyParameter("oversold", default: "30", "RSI level to buy below"),
            StrategyParameter("overbought", default: "70", "RSI level to sell short above"),
            StrategyParameter("exit-level", default: "50", "RSI level at which positions close"),
            StrategyParameter("band-period", default: "20", "Bollinger period in bars"),
            StrategyParameter("band-width", default: "2", "Bollinger width in standard deviations"),
            .quantity(), .short, .symbol, .timeframe,
        ])

    /// Which oscillator decides, with its settings.
    public enum Signal: Sendable, Hashable {
        case rsi(period: Int, oversold: Double, overbought: Double, exit: Double)
        case bollinger(period: Int, width: Double)
    }

    public let signal: Signal
    public let quantity: Quantity
    public let allowsShort: Bool
    @usableFromInline var series: SeriesFilter
    // The indicators live in plain optionals, not in enum payloads, so updating one never copies its ring.
    @usableFromInline var rsi: RSI?
    @usableFromInline var bands: Bollinger?
    @usableFromInline var direction = 0

    public init(signal: Signal, quantity: Quantity = Quantity(100_000), allowsShort: Bool = true, symbol: String = "",
                timeframe: Timeframe? = nil) {
        self.signal = signal
        self.quantity = quantity
        self.allowsShort = allowsShort
        series = SeriesFilter(symbol: symbol, timeframe: timeframe)
        switch signal {
        case .rsi(let period, _, _, _): rsi = RSI(period: period)
        case .bollinger(let period, let width): bands = Bollinger(period: period, width: width)
        }
    }

    public init(parameters: [String: String]) throws(StrategyParameterError) {
        let p = try StrategyParameters(parameters, for: Self.descriptor)
        let signal: Signal
        if try p.choice("indicator", from: ["rsi", "bollinger"]) == "rsi" {
            let low = try p.number("oversold", in: 0...100), high = try p.number("overbought", in: 0...100)
            let exit = try p.number("exit-level", in: 0...100)
            guard low <= exit && exit <= high else {
                throw p.inconsistent("need oversold (\(low)) <= exit-level (\(exit)) <= overbought (\(high))")
            }
            signal = .rsi(period: try p.integer("rsi-period", in: 1...100_000), oversold: low, overbought: high, exit: exit)
        } else {
            signal = .bollinger(period: try p.integer("band-period", in: 1...100_000), width: try p.number("band-width", in: 0...100))
        }
        self.init(signal: signal, quantity: try p.quantity("quantity"), allowsShort: try p.flag("short"),
                  symbol: p.text("symbol"), timeframe: try p.timeframe("timeframe"))
    }

    public mutating func onBar(_ event: BarEvent, context: StrategyContext) -> [OrderIntent] {
        guard series.accepts(event), let next = nextDirection(close: event.bar.close) else { return [] }
        let wanted = next < 0 && !allowsShort ? 0 : next
        guard wanted != direction else { return [] }
        direction = wanted
        let target = Quantity(raw: Int64(wanted) * quantity.raw)
        return PositionTarget.intents(toward: target, symbol: event.symbol, context: context, tag: "mean-reversion")
    }

    /// Updates the indicator with `close`; the direction it now calls for, nil while warming up.
    mutating func nextDirection(close: Price) -> Int? {
        switch signal {
        case .rsi(_, let low, let high, let exit):
            rsi?.update(close)
            guard let value = rsi?.value else { return nil }
            return Self.direction(after: direction, value: value, low: low, middle: exit, high: high)
        case .bollinger:
            bands?.update(close)
            guard let value = bands?.value else { return nil }
            return Self.direction(after: direction, value: close.doubleValue, low: value.lower, middle: value.middle, high: value.upper)
        }
    }

    static func direction(after current: Int, value: Double, low: Double, middle: Double, high: Double) -> Int {
        if value < low { return 1 }
        if value > high { return -1 }
        if current > 0 && value >= middle { return 0 }
        if current < 0 && value <= middle { return 0 }
        return current
    }
}
