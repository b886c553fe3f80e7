import BallastCore

/// Time-of-day and day-of-week positioning, in UTC: long during the `long` windows, short
/// during the `short` windows, flat otherwise (see `WeeklySchedule` for the syntax). Decided at
/// each bar's close for the bar that opens then, so with next-open fills the position is held
/// exactly through the bars that open inside a window.
public struct Seasonality: ConfigurableStrategy {
    /// Indicators carry all the state this strategy needs: the context keeps no bars.
    public static let historyLength = 0

    public static let descriptor = StrategyDescriptor(
        name: "seasonality",
        summary: "long/short/flat by a weekly UTC schedule",
        parameters: [
            StrategyParameter("long", default: "mon-fri@13:00-16:00", "windows to be long in, days@HH:MM-HH:MM;..."),
            StrategyParameter("short", default: "", "windows to be short in (empty: none)"),
            .quantity(), .symbol, .timeframe,
        ])

    public let quantity: Quantity
    public let long: WeeklySchedule
    public let short: WeeklySchedule
    @usableFromInline var series: SeriesFilter
    @usableFromInline var direction = 0

    public init(long: WeeklySchedule, short: WeeklySchedule, quantity: Quantity = Quantity(100_000), symbol: String = "",
                timeframe: Timeframe? = nil) {
        self.long = long
        self.short = short
        self.quantity = quantity
        series = SeriesFilter(symbol: symbol, timeframe: timeframe)
    }

    public init(parameters: [String: String]) throws(StrategyParameterError) {
        let p = try StrategyParameters(parameters, for: Self.descriptor)
        let long = try Self.schedule("long", p), short = try Self.schedule("short", p)
        guard !long.overlaps(short) else { throw p.inconsistent("the long and short windows overlap") }
        self.init(long: long, short: short, quantity: try p.quantity("quantity"), symbol: p.text("symbol"),
                  timeframe: try p.timeframe("timeframe"))
    }

    private static func schedule(_ name: String, _ p: StrategyParameters) throws(StrategyParameterError) -> WeeklySchedule {
        do {
            return try WeeklySchedule(p.text(name))
        } catch {
            throw p.invalid(name, p.text(name), error.description)
        }
    }

    @inlinable
    public mutating func onBar(_ event: BarEvent, context: StrategyContext) -> [OrderIntent] {
        guard series.accepts(event) else { return [] }
        let wanted = long.contains(event.closeTime) ? 1 : (short.contains(event.closeTime) ? -1 : 0)
        guard wanted != direction else { return [] }
        direction = wanted
        let target = Quantity(raw: Int64(wanted) * quantity.raw)
        return PositionTarget.intents(toward: target, symbol: event.symbol, context: context, tag: "seasonality")
    }
}
